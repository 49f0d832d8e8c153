/** One comment's place in the reply tree (thread.ts), and the orderings nodes are kept in. */
import type {Comment, SortOrder} from './types.js';

export interface ThreadNode {
  comment: Comment;
  /** Creation time in ms, parsed once. */
  readonly time: number;
  /** The comment this one answers, when it is in the thread. */
  parent: ThreadNode | null;
  /** The node whose `children` hold this one (`null`: top level). Differs from `parent` when flattened. */
  container: ThreadNode | null;
  /** Visual level, 1 for top level, never above the thread's `maxDepth`. */
  depth: number;
  /** Replies shown under this node: nested ones, or its flattened subtree at the last level. */
  children: ThreadNode[];
  /** Number of nodes anywhere below this one in the tree (what "Show 3 replies" counts). */
  replyCount: number;
  /** Number of comments that answer this one directly, wherever they are shown. */
  directReplies: number;
  /** Whether its parent is not in the thread (shown at top level, marked as such). */
  orphan: boolean;
  /** Whether its subtree is hidden by the reader. */
  collapsed: boolean;
  /** Changes whenever this top-level block changes (meaningful on top-level nodes). */
  rev: number;
}

export interface ThreadOptions {
  /** Order of top-level comments. Replies are always oldest first. */
  sort?: SortOrder;
  /** Deepest visual level (default 5); deeper replies sit at this level. */
  maxDepth?: number;
}

export function parseTime(iso: string): number {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? 0 : time;
}

export function chronological(a: ThreadNode, b: ThreadNode): number {
  return (
    a.time - b.time || (a.comment.id < b.comment.id ? -1 : a.comment.id > b.comment.id ? 1 : 0)
  );
}

/** How comments are ordered for a sort; `top` keeps the backend's ranking, later arrivals last. */
export function orderOf(sort: SortOrder): (a: ThreadNode, b: ThreadNode) => number {
  if (sort === 'top') return () => 0;
  return sort === 'newest' ? (a, b) => chronological(b, a) : chronological;
}

/** Inserts `node` into the sorted `list`; appending (the usual case) is O(1). */
export function insertSorted(
  list: ThreadNode[],
  node: ThreadNode,
  compare: (a: ThreadNode, b: ThreadNode) => number,
): void {
  if (!list.length || compare(list[list.length - 1], node) <= 0) {
    list.push(node);
    return;
  }
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (compare(list[mid], node) <= 0) low = mid + 1;
    else high = mid;
  }
  list.splice(low, 0, node);
}

/**
 * Whether a node sits at the last level below a reply it does not directly
 * follow in the nesting (so it should say whom it answers).
 */
export function isFlattened(node: ThreadNode): boolean {
  return node.container !== null && node.container.depth === node.depth;
}

/** The comments of `nodes` and of everything below them, parents before their replies. */
export function commentsOf(nodes: readonly ThreadNode[], out: Comment[] = []): Comment[] {
  for (const node of nodes) {
    out.push(node.comment);
    commentsOf(node.children, out);
  }
  return out;
}
