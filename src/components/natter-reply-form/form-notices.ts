/** The line under the form's heading, for each way a post can end. */
import type {Comment} from '../../core/types.js';
import {NatterErrorEvent} from '../../events/error-event.js';
import type {Notice} from './form-parts.js';

/** What the form says once the backend has a comment. */
export const postedKey = (comment: Comment) =>
  comment.status === 'pending' ? ('postedPending' as const) : ('posted' as const);

/** A notice that reports how things went, not a failure. */
export const said = (text: string): Notice => ({text, failed: false, retry: false});

/** Posting with no adapter or thread: tells the page (`natter-error`) and gives the notice. */
export function notConfigured(form: HTMLElement, t: (key: 'errorNotConfigured') => string): Notice {
  const error = new Error('natter-reply-form needs an adapter and a thread to post.');
  form.dispatchEvent(new NatterErrorEvent(error, 'config'));
  return {text: t('errorNotConfigured'), failed: true, retry: false};
}
