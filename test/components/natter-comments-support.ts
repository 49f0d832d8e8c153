// Shared helpers for the <natter-comments> tests: a seeded discussion, a way
// to mount the element and wait for it, and small hand-made adapters for the
// failure paths a real backend cannot easily produce.
import {fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import '../../src/define.js';
import {createMemoryAdapter, type MemoryAdapter} from '../../src/adapters/memory.js';
import type {CommentsAdapter} from '../../src/adapters/types.js';
import type {NatterComments} from '../../src/components/natter-comments/natter-comments.js';
import type {Comment} from '../../src/core/types.js';
import type {CommentPage, ListOptions} from '../../src/adapters/types.js';

export const THREAD = '/test-thread';
const HOUR = 3_600_000;

let made = 0;
/** A published comment, `hoursAgo` before now. */
export function makeComment(
  id: string,
  parentId: string | null,
  name: string,
  hoursAgo: number,
  extra: Partial<Comment> = {},
): Comment {
  made++;
  return {
    id,
    parentId,
    author: {name},
    body: `Text of ${id} (${made})`,
    createdAt: new Date(Date.now() - hoursAgo * HOUR).toISOString(),
    status: 'published',
    ...extra,
  };
}

/** Four comments: a three-deep chain under Ann's, and one from Dee. */
export function discussion(): Comment[] {
  return [
    makeComment('ann', null, 'Ann Arbor', 10, {
      author: {name: 'Ann Arbor', url: 'https://ann.example'},
    }),
    makeComment('jim', 'ann', 'Jim', 9),
    makeComment('kay', 'jim', 'Kay', 8),
    makeComment('dee', null, 'Dee', 3),
  ];
}

export function memory(comments: Comment[] = discussion(), options = {}): MemoryAdapter {
  return createMemoryAdapter({seed: {[THREAD]: comments}, ...options});
}

/** Mounts an eager element on `adapter` and waits for its first `natter-loaded`. */
export async function mount(
  adapter: CommentsAdapter,
  attrs: {sort?: string; maxDepth?: number; pageSize?: number} = {},
): Promise<NatterComments> {
  const loaded = oneEvent(document, 'natter-loaded');
  const el = await fixture<NatterComments>(
    html`<natter-comments
      loading="eager"
      thread=${THREAD}
      sort=${attrs.sort ?? 'oldest'}
      max-depth=${attrs.maxDepth ?? 5}
      page-size=${attrs.pageSize ?? 20}
      .adapter=${adapter}
    ></natter-comments>`,
  );
  await loaded;
  await el.updateComplete;
  return el;
}

export function $(el: NatterComments, selector: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(selector);
}

export function $$(el: NatterComments, selector: string): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
}

/** Ids of the top-level comments, in the order shown. */
export function topLevelIds(el: HTMLElement): string[] {
  return [...el.shadowRoot!.querySelectorAll('.thread > li > article')].map((a) =>
    a.id.slice('comment-'.length),
  );
}

export function article(el: NatterComments, id: string): HTMLElement {
  const found = el.shadowRoot!.getElementById(`comment-${id}`);
  if (!found) throw new Error(`comment-${id} is not rendered`);
  return found;
}

/** Visible text, white space collapsed. */
export function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function heading(el: NatterComments): string {
  return text($(el, 'h2'));
}

export function button(root: Element | NatterComments, label: string | RegExp): HTMLButtonElement {
  const scope = root instanceof HTMLElement && root.shadowRoot ? root.shadowRoot : root;
  const found = [...scope.querySelectorAll('button')].find((b) =>
    typeof label === 'string' ? text(b) === label : label.test(text(b)),
  );
  if (!found) throw new Error(`No button "${label}"`);
  return found;
}

export async function announced(el: NatterComments, pattern: RegExp): Promise<void> {
  await waitUntil(() => pattern.test(text($(el, '[role="status"]'))), `announcement ${pattern}`, {
    timeout: 3000,
  });
}

/**
 * An adapter that hands back exactly what it was given, for fields the
 * memory adapter computes itself (avatars) or never stores (`bodyHtml`).
 */
export function staticAdapter(comments: Comment[]): CommentsAdapter {
  return {
    list: async () => ({comments: structuredClone(comments), total: comments.length}),
    create: () => Promise.reject(new Error('not used')),
  };
}

/** An adapter whose `list` answers only when the test says so. */
export function controlledAdapter() {
  const calls: {
    options: ListOptions;
    resolve: (page: CommentPage) => void;
    reject: (e: unknown) => void;
  }[] = [];
  const adapter: CommentsAdapter = {
    list(_thread, options) {
      return new Promise((resolve, reject) => calls.push({options, resolve, reject}));
    },
    create() {
      return Promise.reject(new Error('not used'));
    },
  };
  return {adapter, calls};
}
