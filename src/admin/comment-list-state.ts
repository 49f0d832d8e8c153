/** How the lists change when a comment changes: pure, so it is tested without a page. */
import type {AdminComment, CommentQuery} from './types.js';

export type ListMode = 'queue' | 'recent';

/** Whether `comment` belongs in a list showing `filters` (the queue shows held comments). */
export function belongs(comment: AdminComment, mode: ListMode, filters: CommentQuery): boolean {
  if (mode === 'queue') return comment.status === 'pending';
  if (filters.status && filters.status !== 'all' && comment.status !== filters.status) return false;
  if (filters.thread && comment.thread !== filters.thread) return false;
  if (filters.author && comment.authorKey !== filters.author) return false;
  if (filters.q) {
    const q = filters.q.toLowerCase();
    const text = `${comment.body}\n${comment.author.name}`.toLowerCase();
    if (!text.includes(q)) return false;
  }
  return true;
}

/**
 * The list with `comment` put in: replaced where it was, dropped when it no
 * longer belongs, added in order (oldest first in the queue, newest first
 * in the recent list) when it is new and belongs.
 */
export function upsert(
  list: AdminComment[],
  comment: AdminComment,
  mode: ListMode,
  filters: CommentQuery = {},
): AdminComment[] {
  const keep = belongs(comment, mode, filters);
  const at = list.findIndex((c) => c.id === comment.id);
  if (at >= 0) {
    return keep ? list.map((c, i) => (i === at ? comment : c)) : list.filter((_, i) => i !== at);
  }
  if (!keep) return list;
  const time = Date.parse(comment.createdAt);
  const later = (c: AdminComment) =>
    mode === 'queue' ? Date.parse(c.createdAt) > time : Date.parse(c.createdAt) < time;
  const before = list.findIndex(later);
  return before < 0
    ? [...list, comment]
    : [...list.slice(0, before), comment, ...list.slice(before)];
}
