import type {JsonAnswer} from '../kit/fetch-json.js';
import {malformed} from './shape.js';

/** First pages remembered per adapter; a page holds a few dozen comments at most. */
const REMEMBERED = 20;

/**
 * Conditional reloads: the last ETag and body per URL, sent back as
 * `If-None-Match`, so an unchanged thread costs the server a version check
 * and the network an empty 304. Without a remembered ETag the browser is
 * asked to revalidate its own cached copy (`no-cache`), so a reader never
 * sees a list older than what they just posted.
 */
export function createRevalidator() {
  const entries = new Map<string, {etag: string; body: unknown}>();
  return async function revalidate(
    key: string,
    send: (headers: Record<string, string>, cache?: RequestCache) => Promise<JsonAnswer>,
  ): Promise<unknown> {
    const known = entries.get(key);
    // A request with its own If-None-Match bypasses the browser's cache and gets the 304 itself.
    const answer = await send(
      known ? {'If-None-Match': known.etag} : {},
      known ? undefined : 'no-cache',
    );
    entries.delete(key);
    if (answer.status === 304) {
      if (!known) throw malformed('"not modified" to a request that held nothing');
      entries.set(key, known);
      return known.body;
    }
    const etag = answer.headers.get('ETag');
    if (etag) {
      entries.set(key, {etag, body: answer.body});
      if (entries.size > REMEMBERED) entries.delete(entries.keys().next().value as string);
    }
    return answer.body;
  };
}
