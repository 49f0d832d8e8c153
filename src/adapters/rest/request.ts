import {abortedError, sleep} from '../kit/abort.js';
import {AdapterError} from '../errors.js';
import {errorFromResponse} from './errors.js';

/** How requests to a backend are made, timed and retried. */
export interface HttpConfig {
  fetch: typeof fetch;
  /** Milliseconds per attempt, body included. */
  timeout: number;
  /** Extra attempts after the first for calls that may be retried. */
  retries: number;
  /** First backoff delay in milliseconds; doubles each attempt, with jitter. */
  retryDelay: number;
  /** Longest `Retry-After` (seconds) worth waiting for inside a call; longer ones are reported. */
  maxRetryAfter: number;
}

export interface JsonRequest {
  method: 'GET' | 'POST';
  url: string;
  headers?: Record<string, string>;
  body?: string;
  signal?: AbortSignal;
  /**
   * `read`: retried on network errors, timeouts, 5xx and a short 429.
   * `write`: retried on network errors, timeouts and 5xx only, and only
   * because the request carries an idempotency key (the caller's duty).
   */
  kind: 'read' | 'write';
}

const MAX_BACKOFF_MS = 8000;

function backoff(config: HttpConfig, attempt: number): number {
  const base = Math.min(MAX_BACKOFF_MS, config.retryDelay * 2 ** attempt);
  // Jitter spreads the retries of many readers after an outage.
  return base / 2 + Math.random() * (base / 2);
}

function shouldRetry(error: AdapterError, request: JsonRequest, config: HttpConfig): boolean {
  if (error.code === 'network' || error.code === 'timeout') return true;
  if (error.retryAfter !== undefined && error.retryAfter > config.maxRetryAfter) return false;
  if (error.code === 'server') return (error.status ?? 0) >= 500;
  if (error.code === 'rate-limited')
    return request.kind === 'read' && error.retryAfter !== undefined;
  return false;
}

/** Settles like `promise`, or rejects as soon as `signal` aborts (whatever `fetch` does). */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) onAbort();
    signal.addEventListener('abort', onAbort, {once: true});
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

async function attempt(request: JsonRequest, config: HttpConfig): Promise<unknown> {
  const caller = request.signal;
  if (caller?.aborted) throw abortedError(caller);
  const controller = new AbortController();
  let timedOut = false;
  const onCallerAbort = () => controller.abort(caller?.reason);
  caller?.addEventListener('abort', onCallerAbort, {once: true});
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, config.timeout);

  const failure = (cause: unknown): AdapterError => {
    if (caller?.aborted) return abortedError(caller);
    if (timedOut) {
      return new AdapterError('timeout', 'The comments server took too long to answer.', {cause});
    }
    return new AdapterError('network', 'Could not reach the comments server.', {cause});
  };

  try {
    let response: Response;
    let text: string;
    try {
      response = await untilAborted(
        config.fetch(request.url, {
          method: request.method,
          headers: request.headers,
          body: request.body,
          signal: controller.signal,
        }),
        controller.signal,
      );
      text = await untilAborted(response.text(), controller.signal);
    } catch (cause) {
      throw failure(cause);
    }
    let data: unknown;
    let parsed = false;
    try {
      data = text === '' ? undefined : JSON.parse(text);
      parsed = text !== '';
    } catch {
      // Judged below: fine for an error status, a failure for a success.
    }
    if (!response.ok)
      throw errorFromResponse(response.status, parsed ? data : undefined, response.headers);
    if (!parsed) {
      throw new AdapterError(
        'server',
        `The comments server sent a reply that is not JSON (status ${response.status}).`,
        {status: response.status},
      );
    }
    return data;
  } finally {
    clearTimeout(timer);
    caller?.removeEventListener('abort', onCallerAbort);
  }
}

/**
 * Sends a JSON request and returns the parsed body of a 2xx answer. Each
 * attempt has its own timeout; the caller's signal ends everything at once
 * (`aborted`, never retried). Failures are `AdapterError`s.
 */
export async function requestJson(request: JsonRequest, config: HttpConfig): Promise<unknown> {
  for (let tries = 0; ; tries++) {
    try {
      return await attempt(request, config);
    } catch (error) {
      if (!(error instanceof AdapterError) || tries >= config.retries) throw error;
      if (!shouldRetry(error, request, config)) throw error;
      const wait =
        error.retryAfter !== undefined ? error.retryAfter * 1000 : backoff(config, tries);
      await sleep(wait, request.signal);
    }
  }
}
