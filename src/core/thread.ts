/**
 * The reply tree of a thread, built from the flat lists adapters return.
 * DOM-free. Nodes are kept and mutated in place so that later pages, live
 * events and the reader's own posts cost O(depth + log n) each instead of a
 * rebuild; every change bumps the `rev` of the top-level block it touched,
 * which lets a renderer skip the blocks that did not change.
 */
import {
  commentsOf,
  orderOf,
  insertSorted,
  parseTime,
  type ThreadNode,
  type ThreadOptions,
} from './thread-node.js';
import type {Comment, SortOrder} from './types.js';

export {isFlattened, type ThreadNode, type ThreadOptions} from './thread-node.js';

export class Thread {
  /** Top-level nodes in the chosen order (orphans included). */
  readonly roots: ThreadNode[] = [];
  readonly sort: SortOrder;
  readonly maxDepth: number;
  private readonly byId = new Map<string, ThreadNode>();
  /** Orphans by the id of the parent they are waiting for. */
  private readonly waiting = new Map<string, ThreadNode[]>();
  private readonly rootOrder: (a: ThreadNode, b: ThreadNode) => number;

  constructor(options: ThreadOptions = {}) {
    this.sort = options.sort === 'newest' || options.sort === 'top' ? options.sort : 'oldest';
    const depth = Math.floor(Number(options.maxDepth ?? 5));
    this.maxDepth = Number.isFinite(depth) && depth >= 1 ? depth : 5;
    this.rootOrder = orderOf(this.sort);
  }

  get size(): number {
    return this.byId.size;
  }

  get(id: string): ThreadNode | undefined {
    return this.byId.get(id);
  }

  /** The top-level block a node belongs to. */
  rootOf(node: ThreadNode): ThreadNode {
    let current = node;
    while (current.container) current = current.container;
    return current;
  }

  /** Marks the node's block as changed (for UI state kept outside the tree). */
  touch(node: ThreadNode): void {
    this.rootOf(node).rev++;
  }

  /**
   * Adds comments in any order: parents are placed before their replies, and
   * a comment already in the thread is updated instead of duplicated.
   * Returns the nodes that are new.
   */
  addMany(comments: readonly Comment[]): ThreadNode[] {
    const incoming = new Map<string, Comment>();
    for (const comment of comments) incoming.set(comment.id, comment);
    const repliesTo = new Map<string, Comment[]>();
    const queue: Comment[] = [];
    for (const comment of incoming.values()) {
      const parentId = comment.parentId;
      if (parentId && parentId !== comment.id && incoming.has(parentId)) {
        const list = repliesTo.get(parentId);
        if (list) list.push(comment);
        else repliesTo.set(parentId, [comment]);
      } else {
        queue.push(comment);
      }
    }
    const added: ThreadNode[] = [];
    const done = new Set<string>();
    const visit = (comment: Comment) => {
      if (done.has(comment.id)) return;
      done.add(comment.id);
      const isNew = !this.byId.has(comment.id);
      const node = this.add(comment);
      if (isNew) added.push(node);
      const replies = repliesTo.get(comment.id);
      if (replies) queue.push(...replies);
    };
    for (let i = 0; i < queue.length; i++) visit(queue[i]);
    // Whatever is left answers inside a cycle; it is still shown, never dropped.
    for (const comment of incoming.values()) visit(comment);
    return added;
  }

  /** Adds one comment (or updates it when its id is known). */
  add(comment: Comment): ThreadNode {
    const known = this.byId.get(comment.id);
    if (known) {
      this.update(comment);
      return known;
    }
    const node: ThreadNode = {
      comment,
      time: parseTime(comment.createdAt),
      parent: null,
      container: null,
      depth: 1,
      children: [],
      replyCount: 0,
      directReplies: 0,
      orphan: false,
      collapsed: false,
      rev: 0,
    };
    this.byId.set(comment.id, node);
    const parentId = comment.parentId;
    const parent = parentId && parentId !== comment.id ? this.byId.get(parentId) : undefined;
    if (parent) this.attach(node, parent);
    else this.attachAtTop(node, parentId && parentId !== comment.id ? parentId : null);
    const orphans = this.waiting.get(comment.id);
    if (orphans) {
      this.waiting.delete(comment.id);
      for (const orphan of orphans) this.adopt(orphan, node);
    }
    return node;
  }

  /** Replaces a comment's data in place. Returns false when it is not in the thread. */
  update(comment: Comment): boolean {
    const node = this.byId.get(comment.id);
    if (!node) return false;
    node.comment = comment;
    this.touch(node);
    return true;
  }

  /**
   * Removes a comment. One that others answer becomes a tombstone so its
   * replies keep their place; a tombstone left without replies goes too.
   * Returns what happened.
   */
  remove(id: string): 'removed' | 'tombstoned' | undefined {
    const node = this.byId.get(id);
    if (!node) return undefined;
    if (node.directReplies > 0) {
      if (node.comment.status !== 'deleted') {
        node.comment = {
          ...node.comment,
          status: 'deleted',
          body: '',
          bodyHtml: undefined,
          author: {name: ''},
        };
        this.touch(node);
      }
      return 'tombstoned';
    }
    this.detach(node);
    this.byId.delete(id);
    const parent = node.parent;
    if (parent) {
      parent.directReplies--;
      if (parent.comment.status === 'deleted' && parent.directReplies === 0)
        this.remove(parent.comment.id);
    } else if (node.orphan && node.comment.parentId) {
      const list = this.waiting.get(node.comment.parentId);
      const index = list?.indexOf(node) ?? -1;
      if (list && index >= 0) list.splice(index, 1);
    }
    return 'removed';
  }

  /** Swaps a temporary comment (being sent) for the one the backend returned. */
  replace(tempId: string, comment: Comment): ThreadNode {
    if (tempId !== comment.id && this.byId.has(tempId)) this.remove(tempId);
    return this.add(comment);
  }

  /** Every comment in the thread, parents before their replies. */
  comments(): Comment[] {
    return commentsOf(this.roots);
  }

  private attach(node: ThreadNode, parent: ThreadNode): void {
    node.parent = parent;
    node.orphan = false;
    parent.directReplies++;
    // Below the last level, replies join the last-level ancestor's list.
    const container =
      parent.depth < this.maxDepth
        ? parent
        : parent.container && parent.container.depth === parent.depth
          ? parent.container
          : parent;
    node.depth = Math.min(parent.depth + 1, this.maxDepth);
    node.container = container;
    insertSorted(container.children, node, orderOf('oldest'));
    for (let up: ThreadNode | null = container; up; up = up.container) {
      up.replyCount += 1 + node.replyCount;
      if (!up.container) up.rev++;
    }
  }

  private attachAtTop(node: ThreadNode, missingParentId: string | null): void {
    node.parent = null;
    node.container = null;
    node.depth = 1;
    node.orphan = missingParentId !== null;
    node.rev++;
    insertSorted(this.roots, node, this.rootOrder);
    if (missingParentId !== null) {
      const list = this.waiting.get(missingParentId);
      if (list) list.push(node);
      else this.waiting.set(missingParentId, [node]);
    }
  }

  private detach(node: ThreadNode): void {
    const container = node.container;
    const list = container ? container.children : this.roots;
    const index = list.indexOf(node);
    if (index >= 0) list.splice(index, 1);
    for (let up = container; up; up = up.container) {
      up.replyCount -= 1 + node.replyCount;
      if (!up.container) up.rev++;
    }
  }

  /** Moves an orphan (and what hangs below it) under the parent that just arrived. */
  private adopt(orphan: ThreadNode, parent: ThreadNode): void {
    for (let up: ThreadNode | null = parent; up; up = up.container) {
      if (up === orphan) return; // would make a cycle: it stays where it is
    }
    this.detach(orphan);
    const subtree: Comment[] = [];
    const collect = (node: ThreadNode) => {
      subtree.push(node.comment);
      for (const child of node.children) collect(child);
      this.byId.delete(node.comment.id);
    };
    collect(orphan);
    this.addMany(subtree);
  }
}

/** Builds the reply tree of a flat list of comments. */
export function buildThread(comments: readonly Comment[], options: ThreadOptions = {}): Thread {
  const thread = new Thread(options);
  thread.addMany(comments);
  return thread;
}
