// Driving <natter-comments adapter="wordpress"> the way a reader does: mount
// it on a post of the real WordPress, type into its form, press its buttons.
import {fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import '../../../src/define.js';
import type {NatterComments} from '../../../src/components/natter-comments/natter-comments.js';
import type {Comment} from '../../../src/core/types.js';
import type {CommentPostedEvent} from '../../../src/events/comment-posted-event.js';
import {endpoint} from './site.js';

/** Mounts the element on post `post` through attributes only, and waits for its first page. */
export async function mountOn(post: string): Promise<NatterComments> {
  const loaded = oneEvent(document, 'natter-loaded');
  const el = await fixture<NatterComments>(
    html`<natter-comments
      adapter="wordpress"
      endpoint=${endpoint}
      thread=${post}
      loading="eager"
    ></natter-comments>`,
  );
  await loaded;
  await el.updateComplete;
  return el;
}

export function text(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The rendered comment whose text contains `words`. */
export function articleWith(el: NatterComments, words: string): HTMLElement {
  const found = [...el.shadowRoot!.querySelectorAll<HTMLElement>('article')].find((a) =>
    text(a).includes(words),
  );
  if (!found) throw new Error(`No comment containing "${words}" is rendered`);
  return found;
}

/** How many reply lists a comment sits in: 0 for a top-level comment. */
export function depthOf(article: HTMLElement): number {
  let depth = 0;
  for (let node = article.parentElement; node; node = node.parentElement) {
    if (node.matches('ol.replies')) depth++;
  }
  return depth;
}

export function replyForm(el: NatterComments): HTMLElement & {updateComplete: Promise<boolean>} {
  const form = el.shadowRoot!.querySelector('natter-reply-form');
  if (!form) throw new Error('The reply form is not rendered');
  return form as HTMLElement & {updateComplete: Promise<boolean>};
}

/** Types into the form's fields (`body`, `name`, `email`, `url`) as a person would. */
export async function fill(el: NatterComments, values: Record<string, string>): Promise<void> {
  const form = replyForm(el);
  await form.updateComplete;
  for (const [id, value] of Object.entries(values)) {
    const field = form.shadowRoot!.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${id}`);
    if (!field) throw new Error(`The form has no #${id} field`);
    field.focus();
    field.value = value;
    field.dispatchEvent(new InputEvent('input', {bubbles: true, composed: true}));
  }
  await form.updateComplete;
}

export function submitButton(el: NatterComments): HTMLButtonElement {
  return replyForm(el).shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!;
}

/** Fills the form, presses the submit button and waits for the posted comment. */
export async function post(el: NatterComments, values: Record<string, string>): Promise<Comment> {
  await fill(el, values);
  const posted = oneEvent(el, 'natter-comment-posted') as unknown as Promise<CommentPostedEvent>;
  submitButton(el).click();
  const event = await posted;
  await waitUntil(
    () => el.shadowRoot!.getElementById(`comment-${event.comment.id}`),
    `comment ${event.comment.id} on screen`,
    {timeout: 10000},
  );
  return event.comment;
}

/** Presses the Reply button of comment `id`. */
export async function openReply(el: NatterComments, id: string): Promise<void> {
  const button = el
    .shadowRoot!.getElementById(`comment-${id}`)
    ?.querySelector<HTMLButtonElement>('.actions button[data-action="reply"]');
  if (!button) throw new Error(`Comment ${id} has no Reply button`);
  button.click();
  await el.updateComplete;
  await waitUntil(
    () =>
      el.shadowRoot!.getElementById(`comment-${id}`)?.parentElement?.querySelector('.reply-slot'),
    'the form under the comment',
  );
}

/** The post's approved comments, straight from WordPress's REST API. */
export async function publicComments(post: string): Promise<Array<Record<string, unknown>>> {
  const response = await fetch(`${endpoint}/wp/v2/comments?post=${post}&per_page=100`);
  return (await response.json()) as Array<Record<string, unknown>>;
}
