/**
 * One request to a WordPress REST API, with a time limit, the caller's
 * AbortSignal, and every failure turned into an `AdapterError`.
 */
import type {NewComment} from '../../core/types.js';
import {fetchJson, type JsonAnswer} from '../kit/fetch-json.js';
import {AdapterError} from '../errors.js';
import {wordPressError} from './errors.js';

export interface WordPressHttp {
  fetch: typeof fetch;
  /** Milliseconds before a request counts as timed out. */
  timeout: number;
  /** `X-WP-Nonce` for a reader signed in to the same-origin site. */
  nonce?: string;
}

export interface WordPressCall {
  method?: 'GET' | 'POST';
  json?: unknown;
  signal?: AbortSignal;
  /** Context for error messages. */
  draft?: NewComment;
  post?: string;
}

export type WordPressAnswer = JsonAnswer;

function siteOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
}

/** GETs or POSTs `url`, resolving with the parsed JSON of a 2xx answer. */
export function wordPressRequest(
  http: WordPressHttp,
  url: string,
  call: WordPressCall = {},
): Promise<WordPressAnswer> {
  const headers: Record<string, string> = {Accept: 'application/json'};
  if (call.json !== undefined) headers['Content-Type'] = 'application/json';
  if (http.nonce) headers['X-WP-Nonce'] = http.nonce;
  const site = siteOf(url);
  return fetchJson({
    fetch: http.fetch,
    url,
    method: call.method ?? 'GET',
    headers,
    body: call.json === undefined ? undefined : JSON.stringify(call.json),
    signal: call.signal,
    timeout: http.timeout,
    failures: {
      timeout: (cause) =>
        new AdapterError(
          'timeout',
          `The WordPress site at ${site} did not answer within ${Math.round(http.timeout / 1000)} s.`,
          {cause},
        ),
      network: (cause) =>
        new AdapterError(
          'network',
          `Could not reach the WordPress site at ${site}. Check the connection, the endpoint, ` +
            "and that the site's REST API accepts requests from this page (CORS).",
          {cause},
        ),
      notJson: (status, cause) =>
        new AdapterError(
          'server',
          `The WordPress site at ${site} answered with something that is not JSON; ` +
            'the endpoint should be its REST root, such as https://example.com/wp-json.',
          {status, cause},
        ),
      status: (status, body, headers) =>
        wordPressError({status, body: body ?? {}, headers, draft: call.draft, post: call.post}),
    },
  });
}

/** Runs `task` over `items` with at most `limit` running at once, keeping order. */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  task: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  let failed = false;
  const worker = async () => {
    // After one failure the others stop taking new items.
    while (!failed && next < items.length) {
      const index = next++;
      try {
        results[index] = await task(items[index]);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({length: Math.min(limit, items.length)}, worker));
  return results;
}
