// Shared by the security tests: mounting the section, reading what a
// comment shows, and adapters that hand the widget exactly what a hostile
// backend would (no cleaning on the way).
import {fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import '../../src/define.js';
import type {CommentsAdapter} from '../../src/adapters/types.js';
import type {NatterComments} from '../../src/components/natter-comments/natter-comments.js';
import type {Comment} from '../../src/core/types.js';
import type {CommentEvent} from '../../src/adapters/types.js';
import type {HostileInput} from './corpus.js';

export const THREAD = '/security';

/** A comment whose every field is the payload, as a careless or hostile backend sends it. */
export function hostileComment(input: HostileInput, extra: Partial<Comment> = {}): Comment {
  const author = {
    name: input.payload,
    url: input.payload,
    avatar: input.payload,
    // Never part of a Comment; a backend that leaks it must not get it shown.
    email: `never-shown-${input.id}@example.com`,
  };
  return {
    id: input.id,
    parentId: null,
    author,
    body: input.payload,
    createdAt: new Date(Date.now() - 60_000).toISOString(),
    status: 'published',
    ...extra,
  };
}

/**
 * An adapter that hands back what it is given, unchecked, and lets the test
 * push live events: a third-party adapter with no defences of its own.
 */
export function rawAdapter(comments: Comment[]) {
  let listener: ((event: CommentEvent) => void) | undefined;
  const adapter: CommentsAdapter = {
    list: async () => ({comments: structuredClone(comments), total: comments.length}),
    create: () => Promise.reject(new Error('not used')),
    subscribe(_thread, onEvent) {
      listener = onEvent;
      return () => (listener = undefined);
    },
  };
  return {
    adapter,
    emit(event: CommentEvent) {
      if (!listener) throw new Error('nobody is subscribed');
      listener(event);
    },
  };
}

/** Mounts an eager section on `adapter` and waits until its first page is on screen. */
export async function mountSection(
  adapter: CommentsAdapter,
  thread = THREAD,
): Promise<NatterComments> {
  const loaded = oneEvent(document, 'natter-loaded');
  const el = await fixture<NatterComments>(
    html`<natter-comments
      loading="eager"
      page-size="100"
      thread=${thread}
      .adapter=${adapter}
    ></natter-comments>`,
  );
  await loaded;
  await el.updateComplete;
  return el;
}

export function article(el: Element, id: string): HTMLElement | null {
  return el.shadowRoot!.getElementById(`comment-${id}`);
}

/** Presses "N new comments" once live comments have arrived. */
export async function revealIncoming(el: NatterComments): Promise<void> {
  await waitUntil(() => el.shadowRoot!.querySelector('.new-comments'), 'no new-comments button', {
    timeout: 3000,
  });
  el.shadowRoot!.querySelector<HTMLButtonElement>('.new-comments')!.click();
  await el.updateComplete;
}

/** What a comment shows: the author's name, its link, and the body's text. */
export function shown(comment: HTMLElement) {
  const author = comment.querySelector<HTMLAnchorElement>('a.author');
  return {
    name: comment.querySelector('bdi')?.textContent ?? '',
    website: author?.getAttribute('href') ?? undefined,
    body: comment.querySelector('.body')?.textContent ?? '',
  };
}

/** Every attribute value and text in the section's shadow DOM, for "never shown" checks. */
export function everythingShown(el: Element): string {
  const parts: string[] = [el.shadowRoot!.textContent ?? ''];
  for (const element of el.shadowRoot!.querySelectorAll('*')) {
    for (const attribute of element.attributes) parts.push(attribute.value);
  }
  return parts.join('\n');
}

/** A WordPress comment (`/wp/v2/comments`) carrying the payload in every field it has. */
export function wordPressComment(input: HostileInput, index: number) {
  return {
    id: index + 1,
    post: 7,
    parent: 0,
    author_name: input.payload,
    author_url: input.payload,
    author_avatar_urls: {'48': input.payload},
    date_gmt: '2024-03-01T10:00:00',
    content: {rendered: `<p>before ${input.id}</p>${input.payload}`},
    status: 'approved',
  };
}

/** A `fetch` that answers the WordPress adapter's list requests with `comments`. */
export function wordPressFetch(comments: object[]): typeof fetch {
  return async (input) => {
    const url = new URL(String(input instanceof Request ? input.url : input), location.href);
    const perPage = Number(url.searchParams.get('per_page') ?? 10);
    const page = Number(url.searchParams.get('page') ?? 1);
    const slice = comments.slice((page - 1) * perPage, page * perPage);
    return new Response(JSON.stringify(slice), {
      headers: {
        'Content-Type': 'application/json',
        'X-WP-Total': String(comments.length),
        'X-WP-TotalPages': String(Math.max(1, Math.ceil(comments.length / perPage))),
      },
    });
  };
}
