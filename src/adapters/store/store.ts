import type {Comment, CommentStatus, SortOrder} from '../../core/types.js';
import type {CommentPage, ReplyPage} from '../types.js';

export {toPublic} from './store-view.js';
export {emptyStoreData, type StoreData, type StoredComment} from './store-data.js';
import {emptyStoreData, type StoreData, type StoredComment} from './store-data.js';
import {readComment} from '../kit/comment-shape.js';
import {AdapterError} from '../errors.js';
import {decodeCursor, encodeCursor, isAfter} from './store-cursor.js';
import {
  compareOldest,
  depthOf,
  descendants,
  inContext,
  toPublic,
  ThreadViews,
  withReplies,
  type ThreadView,
} from './store-view.js';
import type {CleanDraft} from '../kit/check-draft.js';
import {randomId} from '../kit/random-id.js';
import {rankTop} from './store-top.js';
import {readVoteFields, seededFields} from './store-votes.js';
import {writtenText} from './store-text.js';

/** How deep replies may nest (top level is 1), as on the reference server. */
export const MAX_DEPTH = 32;
const DEFAULT_PAGE_SIZE = 20;
const MAX_PAGE_SIZE = 100;
const REPLIES_PAGE_SIZE = 100;
const REPLIES_PER_TOP_LEVEL = 200;
const DUPLICATE_WINDOW_MS = 24 * 60 * 60 * 1000;

/**
 * The comment logic behind the memory and local adapters: visibility
 * (held comments only for their author, tombstones only while they have
 * visible replies), paging with keyset cursors, idempotent creation and
 * duplicate detection. It works on a plain `StoreData` object and never
 * hands out its own objects.
 */
export class CommentStore {
  private readonly views = new ThreadViews();

  constructor(readonly data: StoreData = emptyStoreData()) {}

  private thread(key: string): StoredComment[] {
    return Object.hasOwn(this.data.threads, key) ? this.data.threads[key] : [];
  }

  /** The comments of thread `key` to change; its views are dropped. */
  changing(key: string): StoredComment[] {
    this.views.drop(key);
    return (this.data.threads[key] ??= []);
  }

  /** What `viewer` sees of thread `key` now. Read-only: it is shared. */
  view(key: string, viewer: string | undefined): ThreadView {
    return this.views.get(key, viewer, () => this.thread(key));
  }

  /** A page of top-level comments with (up to `replyLimit` of) their replies. */
  list(
    key: string,
    options: {sort?: SortOrder; pageSize?: number; cursor?: string; replyLimit?: number},
    viewer: string | undefined,
  ): CommentPage {
    const pageSize = options.pageSize ?? DEFAULT_PAGE_SIZE;
    if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
      throw new AdapterError('validation', `Page size must be 1 to ${MAX_PAGE_SIZE}.`, {
        field: 'limit',
      });
    }
    const sort = options.sort ?? 'oldest';
    if (sort !== 'oldest' && sort !== 'newest' && sort !== 'top') {
      throw new AdapterError('validation', 'Sort must be oldest, newest or top.', {field: 'sort'});
    }
    const view = this.view(key, viewer);
    let tops = view.children.get(null) ?? [];
    const ranked = sort === 'top' ? rankTop(tops, options.cursor, this.data.seq) : undefined;
    if (sort === 'newest') tops = [...tops].reverse();
    if (options.cursor !== undefined && !ranked) {
      const from = decodeCursor(options.cursor);
      tops = tops.filter((c) => isAfter(c, from, sort, compareOldest));
    }
    if (ranked) tops = ranked.tops;
    const page = tops.slice(0, pageSize);
    const replyLimit = options.replyLimit ?? REPLIES_PER_TOP_LEVEL;
    const comments = page.flatMap((top) => withReplies(view, top, replyLimit));
    const result: CommentPage = {comments, total: view.total};
    const cursorOf = ranked?.cursorOf ?? encodeCursor;
    if (tops.length > page.length) result.nextCursor = cursorOf(page[page.length - 1]);
    return result;
  }

  /** Every reply below `parentId`, oldest first, a page at a time. */
  listReplies(
    key: string,
    parentId: string,
    options: {cursor?: string},
    viewer: string | undefined,
  ): ReplyPage {
    const view = this.view(key, viewer);
    if (!view.byId.has(parentId)) {
      throw new AdapterError('not-found', 'That comment does not exist.', {field: 'parentId'});
    }
    let replies = descendants(view, parentId);
    if (options.cursor !== undefined) {
      const from = decodeCursor(options.cursor);
      replies = replies.filter((c) => isAfter(c, from, 'oldest', compareOldest));
    }
    const page = replies.slice(0, REPLIES_PAGE_SIZE);
    const result: ReplyPage = {comments: page.map((c) => toPublic(c, viewer))};
    if (replies.length > page.length) result.nextCursor = encodeCursor(page[page.length - 1]);
    return result;
  }

  /** A comment with its ancestors and its top-level comment's first replies. */
  context(key: string, id: string, replyLimit: number | undefined, viewer?: string): Comment[] {
    const found = inContext(this.view(key, viewer), id, replyLimit ?? REPLIES_PER_TOP_LEVEL);
    if (!found) throw new AdapterError('not-found', 'That comment does not exist.');
    return found;
  }

  /** Visible comments (tombstones excluded) of one thread. */
  count(key: string, viewer: string | undefined): number {
    return this.view(key, viewer).total;
  }

  /** The comment an earlier create with this idempotency key made, if any. */
  findByKey(idempotencyKey: string, viewer?: string): Comment | undefined {
    const ref = Object.hasOwn(this.data.keys, idempotencyKey)
      ? this.data.keys[idempotencyKey]
      : undefined;
    const stored = ref && this.thread(ref.thread).find((c) => c.id === ref.id);
    return stored && toPublic(stored, viewer);
  }

  /**
   * Stores a validated draft. Checks the parent (visible to the writer, not
   * deleted, not too deep) and refuses the same text from the same writer in
   * the same thread within 24 hours.
   */
  create(
    key: string,
    draft: CleanDraft,
    meta: {idempotencyKey: string; viewer: string | undefined; hold: boolean; deepest?: number},
  ): Comment {
    const now = new Date();
    const view = this.view(key, meta.viewer);
    if (draft.parentId !== null) {
      const parent = view.byId.get(draft.parentId);
      if (!parent || parent.status === 'deleted') {
        throw new AdapterError('not-found', 'The comment you are answering no longer exists.', {
          field: 'parentId',
        });
      }
      if (depthOf(view, parent) + 1 > (meta.deepest ?? MAX_DEPTH)) {
        throw new AdapterError('validation', 'Replies cannot nest any deeper here.', {
          field: 'parentId',
        });
      }
    }
    const since = now.getTime() - DUPLICATE_WINDOW_MS;
    const repeated = this.thread(key).some(
      (c) =>
        c.authorKey === meta.viewer &&
        c.status !== 'deleted' &&
        (c.markdown ?? c.body) === draft.body &&
        Date.parse(c.createdAt) >= since,
    );
    if (repeated) {
      throw new AdapterError('duplicate', 'You have already posted this comment.');
    }
    const stored: StoredComment = {
      id: `c_${randomId().replace(/-/g, '').slice(0, 20)}`,
      parentId: draft.parentId,
      author: {name: draft.author.name, ...(draft.author.url ? {url: draft.author.url} : {})},
      ...writtenText(draft.body),
      createdAt: now.toISOString(),
      status: meta.hold ? 'pending' : 'published',
      seq: ++this.data.seq,
      authorKey: meta.viewer,
    };
    this.changing(key).push(stored);
    this.data.keys[meta.idempotencyKey] = {thread: key, id: stored.id};
    return toPublic(stored, meta.viewer);
  }

  /**
   * Adds a comment as given (seeding, or someone else's comment arriving),
   * or replaces the one with the same id. `authorKey` says whose it is.
   *
   * @throws TypeError when the comment cannot be read.
   */
  put(key: string, comment: Comment, authorKey?: string): Comment {
    const clean = readComment(comment);
    if (!clean) throw new TypeError(`Not a valid comment: ${JSON.stringify(comment)}`);
    const list = this.changing(key);
    const existing = list.find((c) => c.id === clean.id);
    const stored: StoredComment = {
      ...clean,
      ...readVoteFields(comment),
      seq: existing?.seq ?? ++this.data.seq,
      authorKey: existing ? existing.authorKey : authorKey,
    };
    delete (stored as Partial<Comment>).moreReplies;
    if (existing) list.splice(list.indexOf(existing), 1, stored);
    else list.push(stored);
    return toPublic(stored);
  }

  /**
   * Loads comments in bulk (a seed, stored data), keeping the first of any
   * repeated id. Returns how many were refused as unreadable.
   */
  seed(key: string, comments: readonly unknown[], authorKey?: string): number {
    const list = this.changing(key);
    const ids = new Set(list.map((c) => c.id));
    let refused = 0;
    for (const raw of comments) {
      const clean = readComment(raw);
      if (!clean || ids.has(clean.id)) {
        refused++;
        continue;
      }
      ids.add(clean.id);
      delete clean.moreReplies;
      list.push({...clean, seq: ++this.data.seq, ...seededFields(raw, clean, authorKey)});
    }
    return refused;
  }

  /** Changes a comment's status; a deleted comment's text is wiped. */
  setStatus(key: string, id: string, status: CommentStatus): boolean {
    const list = this.thread(key);
    const index = list.findIndex((c) => c.id === id);
    if (index < 0) return false;
    const changed = {...list[index], status};
    if (status === 'deleted') {
      changed.body = '';
      changed.author = {name: ''};
    }
    this.changing(key)[index] = changed;
    return true;
  }
}
