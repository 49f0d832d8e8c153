// Driving the reply form inside a section the way a person does: typing
// into its fields and pressing Post, Retry or Ctrl+Enter.
import {waitUntil} from '@open-wc/testing';
import type {NatterReplyForm} from '../../src/components/natter-reply-form/natter-reply-form.js';
import type {Comment, NewComment} from '../../src/core/types.js';
import type {CreateOptions} from '../../src/adapters/types.js';

type Updating = HTMLElement & {updateComplete: Promise<unknown>};

/** The reply form of a section (or a form on its own), once it has rendered its fields. */
export async function formIn(host: Element): Promise<NatterReplyForm> {
  let form: Element | null = null;
  await waitUntil(
    () => {
      form =
        host.localName === 'natter-reply-form'
          ? host
          : host.shadowRoot!.querySelector('natter-reply-form');
      return form?.shadowRoot?.querySelector('#body');
    },
    'the reply form did not render',
    {timeout: 5000},
  );
  return form! as NatterReplyForm;
}

export function control(form: Element, id: string): HTMLInputElement | HTMLTextAreaElement {
  const found = form.shadowRoot!.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${id}`);
  if (!found) throw new Error(`#${id} is not in the form`);
  return found;
}

/** Types a value the way the browser reports it: the value changes, then `input` fires. */
export async function type(form: Element, id: string, value: string): Promise<void> {
  const field = control(form, id);
  field.value = value;
  field.dispatchEvent(new InputEvent('input', {bubbles: true, composed: true}));
  await (form as Updating).updateComplete;
}

export async function fill(
  form: Element,
  values: {body: string; name?: string; email?: string; url?: string},
): Promise<void> {
  await type(form, 'body', values.body);
  await type(form, 'name', values.name ?? 'Writer');
  await type(form, 'email', values.email ?? 'writer@example.com');
  await type(form, 'url', values.url ?? '');
}

export function submitButton(form: Element): HTMLButtonElement {
  return form.shadowRoot!.querySelector<HTMLButtonElement>('button[type="submit"]')!;
}

/** Ctrl+Enter in the comment box. */
export function ctrlEnter(form: Element): void {
  control(form, 'body').dispatchEvent(
    new KeyboardEvent('keydown', {key: 'Enter', ctrlKey: true, bubbles: true, composed: true}),
  );
}

export function errorFor(form: Element, id: string): string | undefined {
  return form.shadowRoot!.querySelector(`#${id}-error`)?.textContent?.trim() || undefined;
}

/** The form's status line ("Comment posted.", or what went wrong). */
export function notice(form: Element): string {
  return form.shadowRoot!.querySelector('[role="status"]')?.textContent?.trim() ?? '';
}

export function retryButton(form: Element): HTMLButtonElement | null {
  return form.shadowRoot!.querySelector<HTMLButtonElement>('button.retry');
}

/** Lets timers, promise callbacks and a Lit update run. */
export async function settleForm(form: Element, rounds = 3): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    await new Promise((resolve) => setTimeout(resolve));
    await (form as Updating).updateComplete;
  }
}

/** A promise settled from outside. */
export function deferred<T = void>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return {promise, resolve, reject};
}

export interface CreateCall {
  thread: string;
  draft: NewComment;
  options: CreateOptions;
}

/** The comment a backend returns for a draft. */
export function acceptedComment(
  call: CreateCall,
  status: Comment['status'] = 'published',
): Comment {
  return {
    id: `c-${call.options.idempotencyKey.slice(0, 8)}`,
    parentId: call.draft.parentId,
    author: {name: call.draft.author.name, url: call.draft.author.url},
    body: call.draft.body,
    createdAt: new Date().toISOString(),
    status,
  };
}
