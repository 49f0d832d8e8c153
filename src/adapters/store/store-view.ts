import type {Author, Comment} from '../../core/types.js';
import type {StoredComment} from './store-data.js';
import type {Position} from './store-cursor.js';
import {addReaderFields} from './store-votes.js';

/** What one reader may see of a thread, oldest first. */
export interface ThreadView {
  shown: StoredComment[];
  children: Map<string | null, StoredComment[]>;
  byId: Map<string, StoredComment>;
  total: number;
  /** Whose view it is. */
  viewer?: string;
}

export function compareOldest(a: Position, b: Position): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
  return a.seq - b.seq;
}

/** The public face of a stored comment; deleted ones become tombstones. */
export function toPublic(stored: StoredComment, viewer?: string): Comment {
  const {id, parentId, createdAt, status} = stored;
  if (status === 'deleted') return {id, parentId, author: {name: ''}, body: '', createdAt, status};
  const author: Author = {name: stored.author.name};
  if (stored.author.url) author.url = stored.author.url;
  if (stored.author.avatar) author.avatar = stored.author.avatar;
  const comment: Comment = {id, parentId, author, body: stored.body, createdAt, status};
  if (stored.markdown !== undefined) comment.markdown = stored.markdown;
  return addReaderFields(comment, stored, viewer);
}

/**
 * Works out what one reader sees of a thread: someone else's held comment
 * hides its whole subtree; a deleted comment stays as a tombstone only while
 * it has a shown reply; a reply whose parent is unknown has no place.
 */
export function viewThread(comments: StoredComment[], viewer: string | undefined): ThreadView {
  // Comments are usually stored in order already: checking costs less than sorting.
  const all = isSorted(comments) ? comments : [...comments].sort(compareOldest);
  const allChildren = groupByParent(all);
  const shownIds = new Set<string>();
  const isShown = (comment: StoredComment): boolean => {
    // Someone else's held comment hides its whole subtree.
    if (comment.status === 'pending' && comment.authorKey !== viewer) return false;
    let anyChild = false;
    for (const child of allChildren.get(comment.id) ?? []) anyChild = isShown(child) || anyChild;
    const shown = comment.status !== 'deleted' || anyChild;
    if (shown) shownIds.add(comment.id);
    return shown;
  };
  for (const top of allChildren.get(null) ?? []) isShown(top);
  const everything = shownIds.size === all.length;
  const shown = everything ? all.slice() : all.filter((c) => shownIds.has(c.id));
  let total = 0;
  for (const c of shown) if (c.status !== 'deleted') total++;
  return {
    shown,
    children: everything ? allChildren : groupByParent(shown),
    byId: new Map(shown.map((c) => [c.id, c])),
    total,
    viewer,
  };
}

function isSorted(comments: StoredComment[]): boolean {
  for (let i = 1; i < comments.length; i++) {
    if (compareOldest(comments[i - 1], comments[i]) > 0) return false;
  }
  return true;
}

/**
 * What each reader sees of each thread, worked out once and kept until the
 * thread changes: reading a page or subscribing then costs the page, not the
 * thread. The store replaces stored comments rather than editing them, so an
 * older view stays true to its moment (subscribers diff two of them).
 */
export class ThreadViews {
  private readonly views = new Map<string, Map<string | undefined, ThreadView>>();

  get(key: string, viewer: string | undefined, comments: () => StoredComment[]): ThreadView {
    let byViewer = this.views.get(key);
    if (!byViewer) this.views.set(key, (byViewer = new Map()));
    let view = byViewer.get(viewer);
    if (!view) byViewer.set(viewer, (view = viewThread(comments(), viewer)));
    return view;
  }

  /** Thread `key` changed. */
  drop(key: string): void {
    this.views.delete(key);
  }
}

function groupByParent(comments: StoredComment[]): Map<string | null, StoredComment[]> {
  const ids = new Set(comments.map((c) => c.id));
  const groups = new Map<string | null, StoredComment[]>();
  for (const c of comments) {
    // A reply whose parent is unknown has no place in the tree and is not shown.
    if (c.parentId !== null && !ids.has(c.parentId)) continue;
    const group = groups.get(c.parentId);
    if (group) group.push(c);
    else groups.set(c.parentId, [c]);
  }
  return groups;
}

export function descendants(view: ThreadView, id: string): StoredComment[] {
  const found: StoredComment[] = [];
  const stack = [...(view.children.get(id) ?? [])];
  while (stack.length) {
    const next = stack.pop()!;
    found.push(next);
    stack.push(...(view.children.get(next.id) ?? []));
  }
  return found.sort(compareOldest);
}

/** A top-level comment and up to `limit` of its replies; `moreReplies` counts the rest. */
export function withReplies(view: ThreadView, top: StoredComment, limit: number): Comment[] {
  const replies = descendants(view, top.id);
  const shown = replies.slice(0, limit);
  const head = toPublic(top, view.viewer);
  if (replies.length > shown.length) head.moreReplies = replies.length - shown.length;
  return [head, ...shown.map((reply) => toPublic(reply, view.viewer))];
}

/**
 * A comment in its context: its top-level comment with that one's first
 * `limit` replies, and every ancestor of the comment, whatever its place
 * among them. `undefined` when the reader cannot see the comment.
 */
export function inContext(view: ThreadView, id: string, limit: number): Comment[] | undefined {
  const target = view.byId.get(id);
  if (!target) return undefined;
  const chain = [target];
  // Bounded by the thread size, so a damaged parent cycle cannot loop forever.
  for (let up = target; up.parentId !== null && chain.length <= view.shown.length;) {
    const parent = view.byId.get(up.parentId);
    if (!parent) break;
    chain.unshift(parent);
    up = parent;
  }
  const comments = withReplies(view, chain[0], limit);
  const included = new Set(comments.map((c) => c.id));
  for (const link of chain) if (!included.has(link.id)) comments.push(toPublic(link, view.viewer));
  return comments;
}

export function depthOf(view: ThreadView, comment: StoredComment): number {
  let depth = 1;
  let parentId = comment.parentId;
  // Bounded by the thread size, so a damaged parent cycle cannot loop forever.
  while (parentId !== null && depth <= view.shown.length) {
    depth++;
    parentId = view.byId.get(parentId)?.parentId ?? null;
  }
  return depth;
}
