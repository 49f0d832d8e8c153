/**
 * Paging over a whole WordPress thread held in memory. WordPress pages a
 * flat list of comments; Natter pages top-level comments, each with all its
 * replies. So the adapter fetches the thread once and cuts the pages here.
 */
import type {Comment, SortOrder} from '../../core/types.js';
import type {CommentPage} from '../types.js';
import {AdapterError} from '../errors.js';
import {decodeCursor, encodeCursor, isAfter, type Position} from '../store/store-cursor.js';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

function position(comment: Comment): Position {
  return {createdAt: comment.createdAt, seq: Number(comment.id)};
}

function compare(a: Position, b: Position): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
  return a.seq - b.seq;
}

/**
 * The top-level comment each comment belongs under. A reply whose parent is
 * not in the list (held, trashed, on another post) heads its own branch,
 * and so does a comment caught in a parent loop, so every comment is shown
 * exactly once.
 */
function rootsOf(comments: readonly Comment[]): Map<string, string> {
  const byId = new Map(comments.map((comment) => [comment.id, comment]));
  const root = new Map<string, string>();
  for (const comment of comments) {
    const path: string[] = [];
    const seen = new Set<string>();
    let current = comment;
    let top: string | undefined;
    for (;;) {
      const known = root.get(current.id);
      if (known) {
        top = known;
        break;
      }
      path.push(current.id);
      seen.add(current.id);
      const parent = current.parentId ? byId.get(current.parentId) : undefined;
      if (!parent) {
        top = current.id;
        break;
      }
      if (seen.has(parent.id)) {
        top = comment.id;
        break;
      }
      current = parent;
    }
    for (const id of path) if (!root.has(id)) root.set(id, top);
  }
  return root;
}

export interface PageRequest {
  cursor?: string;
  sort?: SortOrder;
  pageSize?: number;
}

/** One page of `comments` (a whole thread, any order), with `total` = all of them. */
export function pageOfThread(comments: readonly Comment[], request: PageRequest): CommentPage {
  const pageSize = request.pageSize ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
    throw new AdapterError('validation', `Page size must be 1 to ${MAX_PAGE_SIZE}.`, {
      field: 'limit',
    });
  }
  const sort: SortOrder = request.sort === 'newest' ? 'newest' : 'oldest';
  const from = request.cursor === undefined ? undefined : decodeCursor(request.cursor);

  const ordered = [...comments].sort((a, b) => compare(position(a), position(b)));
  const root = rootsOf(ordered);
  let tops = ordered.filter((comment) => root.get(comment.id) === comment.id);
  if (sort === 'newest') tops.reverse();
  if (from) tops = tops.filter((top) => isAfter(position(top), from, sort, compare));

  const page = tops.slice(0, pageSize);
  const onPage = new Set(page.map((top) => top.id));
  const replies = ordered.filter(
    (comment) => root.get(comment.id) !== comment.id && onPage.has(root.get(comment.id)!),
  );
  const result: CommentPage = {
    comments: structuredClone([...page, ...replies]),
    total: comments.length,
  };
  if (tops.length > pageSize) result.nextCursor = encodeCursor(position(page[page.length - 1]));
  return result;
}

/**
 * The comment `id` in its context: its top-level comment and every reply
 * under that one (a page holds the same), or `undefined` when it is not in
 * `comments`.
 */
export function branchOf(comments: readonly Comment[], id: string): Comment[] | undefined {
  const root = rootsOf(comments);
  const top = root.get(id);
  if (top === undefined) return undefined;
  const branch = comments.filter((comment) => root.get(comment.id) === top);
  return structuredClone(branch.sort((a, b) => compare(position(a), position(b))));
}
