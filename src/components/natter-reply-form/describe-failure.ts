/**
 * Turns whatever an adapter threw into what the reply form tells the person:
 * which message, whether it belongs to one field, whether Retry makes sense,
 * and whether the thread no longer takes comments. DOM-free so it is easy to
 * read next to the adapter error codes.
 */
import {isAdapterError} from '../../adapters/errors.js';
import type {FormMessageKey} from '../../core/form-messages.js';
import {draftFields, type DraftField} from '../../core/validate.js';

export interface FailureView {
  /** Set when the message belongs next to a form field. */
  field?: DraftField;
  message: FormMessageKey;
  params?: Record<string, string | number>;
  /** Whether the same post may succeed if tried again. */
  retry: boolean;
  /** Whether the thread refuses new comments, so the form should be disabled. */
  closed?: boolean;
}

const networkLike: FailureView = {message: 'errorNetwork', retry: true};

export function describeFailure(error: unknown, replying: boolean): FailureView {
  // A plain Error or TypeError from a hand-written adapter (a failed fetch is
  // a TypeError) most likely means the request did not get through.
  if (!isAdapterError(error)) return networkLike;
  const reason = error.message.trim();
  switch (error.code) {
    case 'validation': {
      const field = draftFields.find((name) => name === error.field);
      if (field && reason)
        return {field, message: 'errorFieldRejected', params: {reason}, retry: false};
      if (error.field === 'parentId' && replying) return {message: 'errorParentGone', retry: false};
      return {message: 'errorRejected', params: {reason: reason || error.code}, retry: false};
    }
    case 'rate-limited':
      return error.retryAfter && error.retryAfter > 0
        ? {message: 'errorRateLimited', params: {count: Math.ceil(error.retryAfter)}, retry: true}
        : {message: 'errorRateLimitedSoon', retry: true};
    case 'duplicate':
      return {message: 'errorDuplicate', retry: false};
    case 'closed':
      return {message: 'errorClosed', retry: false, closed: true};
    case 'forbidden':
      // The site's sign-in (docs/sso.md) expired or did not verify.
      if (error.field === 'userToken') return {message: 'errorSignIn', retry: false};
      return {message: 'errorForbidden', retry: false};
    case 'not-found':
      if (replying) return {message: 'errorParentGone', retry: false};
      return {message: 'errorRejected', params: {reason: reason || error.code}, retry: false};
    default:
      // network, timeout, server, aborted, and codes added after this was written.
      return networkLike;
  }
}

/**
 * The failure as the form shows it: by its field when the form has that
 * field (a signed-in reader has only the comment box), else as a notice.
 */
export function placeFailure(error: unknown, replying: boolean, signedIn: boolean): FailureView {
  const view = describeFailure(error, replying);
  const field = view.field;
  return field && (field === 'body' || !signedIn) ? view : {...view, field: undefined};
}
