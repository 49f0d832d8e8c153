import {AdapterError, type AdapterErrorCode} from '../errors.js';

const KNOWN_CODES: readonly AdapterErrorCode[] = [
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

interface ErrorBody {
  code?: string;
  message?: string;
  field?: string;
}

function readErrorBody(data: unknown): ErrorBody {
  const error =
    typeof data === 'object' && data !== null ? (data as {error?: unknown}).error : undefined;
  if (typeof error !== 'object' || error === null) return {};
  const {code, message, field} = error as Record<string, unknown>;
  return {
    code: typeof code === 'string' ? code : undefined,
    // A server message is shown to people: keep it short and plain.
    message:
      typeof message === 'string' && message.trim() ? message.trim().slice(0, 500) : undefined,
    field: typeof field === 'string' && field ? field : undefined,
  };
}

/**
 * Seconds to wait from a `Retry-After` header: whole seconds or an HTTP
 * date. `undefined` when absent or unreadable.
 */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text);
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / 1000));
}

/**
 * The `AdapterError` for a failed response, from its status, its
 * `{error: {code, message, field}}` body (when it has one) and headers.
 *
 * @param data The parsed body, or `undefined` when it was not JSON.
 */
export function errorFromResponse(status: number, data: unknown, headers: Headers): AdapterError {
  const body = readErrorBody(data);
  const retryAfter = parseRetryAfter(headers.get('Retry-After'));
  const make = (code: AdapterErrorCode, fallback: string, field = body.field) =>
    new AdapterError(code, body.message ?? fallback, {status, field, retryAfter});

  if (status === 400) return make('validation', 'The comments server refused the request.');
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
  // Other statuses: trust the body's code when it is one the widget knows (e.g. `closed`).
  const code = KNOWN_CODES.includes(body.code as AdapterErrorCode)
    ? (body.code as AdapterErrorCode)
    : 'server';
  return make(code, `The comments server answered with status ${status}.`);
}
