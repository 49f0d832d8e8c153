import {AdapterError, type AdapterErrorCode} from '../errors.js';

export interface StatusErrorOptions {
  /** The backend's own explanation, when it gave one people can read. */
  message?: string;
  /** The draft field at fault, for `validation`. */
  field?: string;
  /** Seconds to wait, for `rate-limited` (see `parseRetryAfter`). */
  retryAfter?: number;
  /** A code the backend named itself, used for statuses with no meaning of their own. */
  code?: string;
}

const CODES: readonly AdapterErrorCode[] = [
  'network',
  'timeout',
  'validation',
  'rate-limited',
  'duplicate',
  'forbidden',
  'closed',
  'not-found',
  'server',
  'aborted',
];

/**
 * The `AdapterError` for an HTTP status a backend answered with: 400 is
 * `validation`, 401 and 403 `forbidden` (403 with the code `closed` is
 * `closed`), 404 `not-found`, 409 `duplicate`,
 * 413 `validation` of the body, 429 `rate-limited`, 5xx `server`; any other
 * status takes `options.code` when it is a code the widget knows.
 */
export function errorForStatus(status: number, options: StatusErrorOptions = {}): AdapterError {
  const {message, retryAfter} = options;
  const make = (code: AdapterErrorCode, fallback: string, field = options.field) =>
    new AdapterError(code, message ?? fallback, {status, field, retryAfter});
  if (status === 400) return make('validation', 'The comments server refused the request.');
  // The one refusal a reader can do nothing about, named as such by the backend.
  if (status === 403 && options.code === 'closed') return make('closed', 'Comments are closed.');
  if (status === 401 || status === 403) {
    return make('forbidden', 'The comments server does not allow this request from this page.');
  }
  if (status === 404) return make('not-found', 'The comments server could not find that.');
  if (status === 409) return make('duplicate', 'This comment was already posted.');
  if (status === 413) {
    return make('validation', 'The comment is too large for the comments server.', 'body');
  }
  if (status === 415) {
    return make('server', 'The comments server refused the request format (415).');
  }
  if (status === 429) {
    return make('rate-limited', 'Too many requests to the comments server. Please wait a moment.');
  }
  if (status >= 500) {
    return make('server', `The comments server had a problem (${status}). Please try again.`);
  }
  const code = CODES.includes(options.code as AdapterErrorCode)
    ? (options.code as AdapterErrorCode)
    : 'server';
  return make(code, `The comments server answered with status ${status}.`);
}
