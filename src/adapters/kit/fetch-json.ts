/**
 * One HTTP request with a JSON answer, shared by the backends that talk HTTP
 * (rest, wordpress): a time limit, the caller's AbortSignal, and every
 * failure turned into an `AdapterError` by the backend's own wording.
 */
import {abortedError, untilAborted} from './abort.js';
import type {AdapterError} from '../errors.js';

/** How a backend words each kind of failure. */
export interface HttpFailures {
  timeout(cause: unknown): AdapterError;
  network(cause: unknown): AdapterError;
  /** A 2xx answer whose body is not JSON. */
  notJson(status: number, cause?: unknown): AdapterError;
  /** A non-2xx answer; `body` is its parsed JSON, `undefined` when it had none. */
  status(status: number, body: unknown, headers: Headers): AdapterError;
}

export interface JsonCall {
  fetch: typeof fetch;
  url: string;
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  headers?: Record<string, string>;
  body?: string;
  signal?: AbortSignal;
  /** The browser cache mode (`fetch`'s `cache`); left to the browser when absent. */
  cache?: RequestCache;
  /** Milliseconds for the whole request, body included. */
  timeout: number;
  failures: HttpFailures;
}

export interface JsonAnswer {
  status: number;
  headers: Headers;
  body: unknown;
}

/**
 * Sends `call` once and resolves with the parsed body of a 2xx answer, or
 * with no body for a 304 (the answer to the caller's own `If-None-Match`).
 */
export async function fetchJson(call: JsonCall): Promise<JsonAnswer> {
  const caller = call.signal;
  if (caller?.aborted) throw abortedError(caller);
  const controller = new AbortController();
  let timedOut = false;
  const onCallerAbort = () => controller.abort(caller?.reason);
  caller?.addEventListener('abort', onCallerAbort, {once: true});
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, call.timeout);

  let response: Response;
  let text: string;
  try {
    // Some fetch stand-ins ignore the signal: the race makes abort and timeout hold anyway.
    response = await untilAborted(
      call.fetch(call.url, {
        method: call.method,
        headers: call.headers,
        body: call.body,
        signal: controller.signal,
        ...(call.cache ? {cache: call.cache} : {}),
      }),
      controller.signal,
    );
    text = await untilAborted(response.text(), controller.signal);
  } catch (cause) {
    if (caller?.aborted) throw abortedError(caller);
    throw timedOut ? call.failures.timeout(cause) : call.failures.network(cause);
  } finally {
    clearTimeout(timer);
    caller?.removeEventListener('abort', onCallerAbort);
  }

  if (response.status === 304) return {status: 304, headers: response.headers, body: undefined};
  let body: unknown;
  let parsed = false;
  let parseError: unknown;
  try {
    body = JSON.parse(text);
    parsed = true;
  } catch (error) {
    // Judged below: fine for an error status, a failure for a success.
    parseError = error;
  }
  if (!response.ok) {
    throw call.failures.status(response.status, parsed ? body : undefined, response.headers);
  }
  if (!parsed) throw call.failures.notJson(response.status, parseError);
  return {status: response.status, headers: response.headers, body};
}
