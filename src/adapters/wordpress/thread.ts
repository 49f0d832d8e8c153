/**
 * Reading a whole WordPress thread. WordPress lists a post's comments as a
 * flat list, at most 100 per request, so the first page says how many pages
 * there are (`X-WP-TotalPages`) and the rest are read in parallel. A read is
 * shared by everyone who asks while it is recent.
 */
import type {Comment} from '../../core/types.js';
import {throwIfAborted, untilAborted} from '../kit/abort.js';
import {AdapterError} from '../errors.js';
import {mapLimit, wordPressRequest, type WordPressHttp} from './http.js';
import {toComment, WORDPRESS_FIELDS, type WordPressComment} from './map.js';

/** What WordPress allows per request (`per_page`). */
const PER_PAGE = 100;
/** The most pages read when WordPress does not say how many there are. */
const MAX_PAGES = 200;

function headerNumber(headers: Headers, name: string): number | undefined {
  const value = Number(headers.get(name));
  return headers.has(name) && Number.isInteger(value) && value >= 0 ? value : undefined;
}

export interface ThreadReaderOptions {
  http: WordPressHttp;
  /** The REST root, without a trailing slash. */
  base: string;
  concurrency: number;
  /** How long a read stays usable for `peek` and `total`, in milliseconds. */
  cacheTtl: number;
}

interface Snapshot {
  at: number;
  comments: Promise<Comment[]>;
}

export function createThreadReader({http, base, concurrency, cacheTtl}: ThreadReaderOptions) {
  const snapshots = new Map<string, Snapshot>();

  const url = (post: string, page: number, perPage: number, fields: string) =>
    `${base}/wp/v2/comments?post=${post}&per_page=${perPage}&page=${page}` +
    `&order=asc&orderby=date_gmt&_fields=${fields}`;

  async function fetchThread(post: string): Promise<Comment[]> {
    const readPage = async (page: number) => {
      const answer = await wordPressRequest(http, url(post, page, PER_PAGE, WORDPRESS_FIELDS), {
        post,
      });
      if (!Array.isArray(answer.body)) {
        throw new AdapterError('server', 'WordPress answered a comment list with something else.');
      }
      return {headers: answer.headers, items: answer.body as WordPressComment[]};
    };
    const first = await readPage(1);
    const items = [...first.items];
    const pages = headerNumber(first.headers, 'X-WP-TotalPages');
    if (pages !== undefined) {
      const rest = Array.from({length: Math.min(pages, MAX_PAGES) - 1}, (_, i) => i + 2);
      for (const page of await mapLimit(rest, concurrency, readPage)) items.push(...page.items);
    } else {
      // Some proxies drop WordPress's headers: read on until a short page.
      let last = first;
      for (let page = 2; last.items.length === PER_PAGE && page <= MAX_PAGES; page++) {
        last = await readPage(page);
        items.push(...last.items);
      }
    }
    const byId = new Map<string, Comment>();
    for (const item of items) {
      const comment = toComment(item);
      // A comment posted between two page reads can come twice; only
      // approved comments are public, whatever a plugin lets through.
      if (comment && comment.status === 'published') byId.set(comment.id, comment);
    }
    return [...byId.values()];
  }

  function fresh(post: string, maxAge: number): Snapshot | undefined {
    const snapshot = snapshots.get(post);
    return snapshot && Date.now() - snapshot.at < maxAge ? snapshot : undefined;
  }

  return {
    /** Every approved comment of `post`, from a read younger than `maxAge` if there is one. */
    read(post: string, maxAge: number, signal?: AbortSignal): Promise<Comment[]> {
      throwIfAborted(signal);
      let snapshot = fresh(post, maxAge);
      if (!snapshot) {
        // Not tied to one caller's signal: others may share this read.
        const made: Snapshot = {at: Date.now(), comments: fetchThread(post)};
        made.comments.catch(() => {
          if (snapshots.get(post) === made) snapshots.delete(post);
        });
        snapshots.set(post, made);
        snapshot = made;
      }
      return untilAborted(snapshot.comments, signal);
    },

    /** The recent read of `post`, if any, without asking WordPress. */
    async peek(post: string): Promise<Comment[] | undefined> {
      return fresh(post, cacheTtl)?.comments.catch(() => undefined);
    },

    /** The number of approved comments of `post`: one small request unless a read is recent. */
    async total(post: string, signal?: AbortSignal): Promise<number> {
      const snapshot = fresh(post, cacheTtl);
      if (snapshot) return (await untilAborted(snapshot.comments, signal)).length;
      const answer = await wordPressRequest(http, url(post, 1, 1, 'id'), {signal, post});
      const total = headerNumber(answer.headers, 'X-WP-Total');
      return total ?? (Array.isArray(answer.body) ? answer.body.length : 0);
    },

    /** Drops the read of `post`, after a change. */
    forget(post: string): void {
      snapshots.delete(post);
    },
  };
}
