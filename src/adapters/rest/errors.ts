import type {AdapterError} from '../errors.js';
import {errorForStatus} from '../kit/error-for-status.js';

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
  return errorForStatus(status, {...body, retryAfter});
}
