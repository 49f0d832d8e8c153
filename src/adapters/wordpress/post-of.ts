/**
 * Which post a thread names. A post ID is used as is. A path, which is what
 * the widget passes when the page sets no `thread`, is looked up once by its
 * last segment (the slug) among posts, then pages, and the one whose link has
 * that very path is kept for the adapter's life; lookups of one path at the
 * same time share one request.
 */
import {untilAborted} from '../kit/abort.js';
import {AdapterError} from '../errors.js';
import {wordPressRequest, type WordPressHttp} from './http.js';

const POST_ID = /^[1-9]\d{0,18}$/;

/** A path compared the way WordPress links differ from addresses: decoded, ending in `/`. */
function samePath(path: string): string {
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // Not valid percent-encoding: compared as written.
  }
  return decoded.endsWith('/') ? decoded : `${decoded}/`;
}

function refuse(thread: string, found: boolean): AdapterError {
  const named = found
    ? `No WordPress post or page has the path "${thread}".`
    : `The WordPress adapter takes a post ID or the path of a post as its thread, not "${thread}".`;
  return new AdapterError(
    'not-found',
    `${named} Set the thread attribute to the post ID (thread="123") to name the post directly.`,
    {field: 'thread'},
  );
}

export function createPostFinder(http: WordPressHttp, base: string) {
  const known = new Map<string, Promise<string>>();

  async function lookup(path: string): Promise<string> {
    const slug = samePath(path).split('/').filter(Boolean).pop();
    if (!slug) throw refuse(path, true);
    for (const type of ['posts', 'pages']) {
      const url = `${base}/wp/v2/${type}?slug=${encodeURIComponent(slug)}&_fields=id,link`;
      const answer = await wordPressRequest(http, url);
      const items = Array.isArray(answer.body)
        ? (answer.body as {id?: unknown; link?: unknown}[])
        : [];
      const match = items.find((item) => {
        try {
          return samePath(new URL(String(item.link)).pathname) === samePath(path);
        } catch {
          return false;
        }
      });
      if (match && POST_ID.test(String(match.id))) return String(match.id);
    }
    throw refuse(path, true);
  }

  /** The post ID of `thread`; rejects with `not-found` when there is none. */
  return function postOf(thread: string, signal?: AbortSignal): Promise<string> {
    const key = typeof thread === 'string' ? thread.trim() : '';
    if (POST_ID.test(key)) return Promise.resolve(key);
    // The plain permalink structure: `/?p=12`, `/?page_id=12`.
    const query = /^\/[^?#]*\?([^#]*)/.exec(key)?.[1];
    const plain = query && new URLSearchParams(query);
    const id = plain && (plain.get('p') ?? plain.get('page_id'));
    if (id && POST_ID.test(id)) return Promise.resolve(id);
    if (!key.startsWith('/') || query !== undefined) {
      return Promise.reject(refuse(String(thread), false));
    }
    let found = known.get(key);
    if (!found) {
      // Shared, so it is not tied to one caller's signal; a failure is forgotten.
      found = lookup(key);
      known.set(key, found);
      const mine = found;
      mine.catch(() => {
        if (known.get(key) === mine) known.delete(key);
      });
    }
    return untilAborted(found, signal);
  };
}
