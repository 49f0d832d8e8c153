// Shared by the natter-reply-form tests: a hand-written adapter that records
// every create call, and helpers that type and click like a person would.
import {fixture, html} from '@open-wc/testing';
import type {CommentsAdapter} from '../../src/adapters/types.js';
import {NatterReplyForm} from '../../src/components/natter-reply-form/natter-reply-form.js';
import type {Comment, NewComment} from '../../src/core/types.js';
import type {CreateOptions} from '../../src/adapters/types.js';

NatterReplyForm.define();

export interface CreateCall {
  thread: string;
  draft: NewComment;
  options: CreateOptions;
}

type Responder = (call: CreateCall, index: number) => Promise<Comment>;

/** The comment a backend would return for `draft`. */
export function accepted(call: CreateCall, status: Comment['status'] = 'published'): Comment {
  return {
    id: `c-${call.options.idempotencyKey.slice(0, 8)}`,
    parentId: call.draft.parentId,
    author: {name: call.draft.author.name, url: call.draft.author.url},
    body: call.draft.body,
    createdAt: new Date().toISOString(),
    status,
  };
}

/** An adapter whose `create` answers through `respond` (default: accept). */
export function fakeAdapter(respond: Responder = async (call) => accepted(call)) {
  const calls: CreateCall[] = [];
  const adapter: CommentsAdapter = {
    list: async () => ({comments: [], total: 0}),
    create(thread, draft, options) {
      const call = {thread, draft, options};
      calls.push(call);
      return respond(call, calls.length - 1);
    },
  };
  return {adapter, calls};
}

/** A promise settled from outside, for an adapter that answers when the test says so. */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return {promise, resolve, reject};
}

export async function makeForm(
  adapter: CommentsAdapter | undefined,
  props: Partial<Pick<NatterReplyForm, 'thread' | 'parentId' | 'parentAuthor' | 'user'>> = {},
): Promise<NatterReplyForm> {
  return fixture<NatterReplyForm>(
    html`<natter-reply-form
      .adapter=${adapter}
      .thread=${props.thread ?? '/post'}
      .parentId=${props.parentId ?? null}
      .parentAuthor=${props.parentAuthor ?? ''}
      .user=${props.user ?? null}
    ></natter-reply-form>`,
  );
}

export function part<T extends Element = HTMLElement>(el: NatterReplyForm, selector: string): T {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`${selector} is not in the form`);
  return found;
}

export const field = (el: NatterReplyForm, id: string) =>
  part<HTMLInputElement | HTMLTextAreaElement>(el, `#${id}`);

/** Types into a field the way the browser reports it: a value change and an input event. */
export async function typeInto(el: NatterReplyForm, id: string, value: string) {
  const control = field(el, id);
  control.value = value;
  control.dispatchEvent(new InputEvent('input', {bubbles: true, composed: true}));
  await el.updateComplete;
}

export async function fillValid(el: NatterReplyForm, body = 'Well argued, thank you.') {
  await typeInto(el, 'body', body);
  await typeInto(el, 'name', 'Ada');
  await typeInto(el, 'email', 'ada@example.com');
}

export const submitButton = (el: NatterReplyForm) =>
  part<HTMLButtonElement>(el, 'button[type="submit"]');

/** The polite status line under the form. */
export const notice = (el: NatterReplyForm) => part(el, '[role="status"]').textContent!.trim();

export const errorFor = (el: NatterReplyForm, id: string) =>
  el.shadowRoot!.querySelector(`#${id}-error`)?.textContent?.trim();

/** The element focused inside the form's shadow root. */
export const focused = (el: NatterReplyForm) => el.shadowRoot!.activeElement;

/** Lets pending promise callbacks and a Lit update run. */
export async function settle(el: NatterReplyForm) {
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
  }
}
