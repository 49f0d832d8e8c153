import {createHash} from 'node:crypto';
import {readFileSync} from 'node:fs';
import type {Context} from 'hono';
import type {Services} from '../services.js';
import {holdsComments, threadVersions} from '../store/versions.js';

/** How long shared caches (a CDN, the browser) may keep an anonymous answer. */
export interface CachePolicy {
  /** Seconds an answer is fresh. */
  maxAge: number;
  /** Seconds past that a cache may still serve it while it revalidates. */
  staleWhileRevalidate: number;
}

export const DEFAULT_CACHE_POLICY: CachePolicy = {maxAge: 5, staleWhileRevalidate: 30};

// A new release may shape answers differently: its ETags must not match the old ones.
const BUILD = (() => {
  try {
    const manifest = readFileSync(new URL('../../package.json', import.meta.url), 'utf8');
    return `natter-server@${(JSON.parse(manifest) as {version: string}).version}`;
  } catch {
    return 'natter-server';
  }
})();

/**
 * Answers a read of `threads`: `ETag` and `Cache-Control` from their
 * versions alone, 304 when the client already holds that answer, a shared
 * answer this instance built before for the same ETag, and only otherwise
 * `build()` (the queries that read comments).
 *
 * An answer is shared (`public`) unless the reader's author token wrote or
 * voted in one of the threads: that reader sees their held comment, `own`
 * and `myVote`, so the answer is `private` and its ETag is theirs alone. Every answer names
 * `Vary: X-Natter-Author`, so a shared cache never gives the anonymous
 * answer to a request that carries a token.
 */
export async function cachedRead(
  c: Context,
  services: Services,
  threads: string[],
  tokenHash: string | null,
  build: () => Promise<unknown>,
  /** What makes an answer this reader's own: see `holdsComments`. */
  personalScope: 'held' | 'any' = 'any',
): Promise<Response> {
  const [versions, personal] = await Promise.all([
    threadVersions(services.db, threads),
    holdsComments(services.db, threads, tokenHash, personalScope),
  ]);
  const url = new URL(c.req.url);
  const hash = createHash('sha256')
    .update(`${BUILD}\n${url.pathname}${url.search}\n`)
    .update(threads.map((thread) => `${versions.get(thread) ?? 0}`).join(','))
    .update(personal && tokenHash ? `\n${tokenHash}` : '');
  const etag = `"${hash.digest('base64url').slice(0, 27)}"`;
  const {maxAge, staleWhileRevalidate} = services.options.cache;
  c.header('ETag', etag);
  c.header(
    'Cache-Control',
    personal
      ? 'private, no-cache'
      : `public, max-age=${maxAge}, stale-while-revalidate=${staleWhileRevalidate}`,
  );
  c.header('Vary', 'X-Natter-Author, X-Natter-User', {append: true});
  if (matches(c.req.header('If-None-Match'), etag)) return c.body(null, 304);
  c.header('Content-Type', 'application/json');
  // Only shared answers are kept: what one author alone may see stays out of memory.
  const kept = personal ? undefined : services.answers.get(etag);
  if (kept !== undefined) return c.body(kept, 200);
  const text = JSON.stringify(await build());
  if (!personal) services.answers.set(etag, text);
  return c.body(text, 200);
}

/** `If-None-Match` compares weakly (RFC 9110 §13.1.2): a `W/` prefix does not matter. */
function matches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((part) => {
    const tag = part.trim();
    return tag === '*' || tag === etag || tag === `W/${etag}`;
  });
}
