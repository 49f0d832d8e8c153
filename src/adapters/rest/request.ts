import {sleep} from '../kit/abort.js';
import {fetchJson, type HttpFailures, type JsonAnswer} from '../kit/fetch-json.js';
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
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  url: string;
  headers?: Record<string, string>;
  body?: string;
  signal?: AbortSignal;
  cache?: RequestCache;
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

const failures: HttpFailures = {
  timeout: (cause) =>
    new AdapterError('timeout', 'The comments server took too long to answer.', {cause}),
  network: (cause) => new AdapterError('network', 'Could not reach the comments server.', {cause}),
  notJson: (status) =>
    new AdapterError(
      'server',
      `The comments server sent a reply that is not JSON (status ${status}).`,
      {status},
    ),
  status: errorFromResponse,
};

function attempt(request: JsonRequest, config: HttpConfig): Promise<JsonAnswer> {
  const {method, url, headers, body, signal, cache} = request;
  return fetchJson({
    fetch: config.fetch,
    url,
    method,
    headers,
    body,
    signal,
    cache,
    timeout: config.timeout,
    failures,
  });
}

/**
 * Sends a JSON request and returns the parsed body of a 2xx answer. Each
 * attempt has its own timeout; the caller's signal ends everything at once
 * (`aborted`, never retried). Failures are `AdapterError`s.
 */
export async function requestJson(request: JsonRequest, config: HttpConfig): Promise<unknown> {
  return (await requestAnswer(request, config)).body;
}

/** `requestJson` with the whole answer: its status (304 too) and headers. */
export async function requestAnswer(request: JsonRequest, config: HttpConfig): Promise<JsonAnswer> {
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
