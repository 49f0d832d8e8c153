/**
 * The one owner of a loaded thread: the tree, its counts and every flag the
 * templates read. Nothing else changes them; each method is one change, and
 * `onChange` hears of it once so the element renders again. It comes with
 * the thread view (thread-view.ts), so natter.js carries none of it.
 */
import {buildThread, type Thread, type ThreadNode} from '../../core/thread.js';
import type {Comment} from '../../core/types.js';
import type {CommentEvent, CommentPage} from '../../adapters/types.js';

/** A request tied to one part of the list ("Load more", "Show more replies"). */
export interface BranchState {
  loading: boolean;
  error?: unknown;
  cursor?: string;
}

/** A comment from a stream every reader shares, with what was this reader's own kept. */
function keepOwn(known: Comment, comment: Comment): Comment {
  const {own, editableUntil, myVote} = known;
  return {...comment, ...(own ? {own, editableUntil} : {}), ...(myVote ? {myVote} : {})};
}

/** Whether a comment counts in the header's total (tombstones do not). */
const counted = (comment: Comment) => comment.status !== 'deleted';

export class ThreadState {
  tree?: Thread;
  total = 0;
  nextCursor?: string;
  /** The backend takes no new comments in this thread. */
  closed = false;
  /** The backend can mail authors about replies, so the form may offer it. */
  notify = false;
  more: BranchState = {loading: false};
  readonly branches = new Map<string, BranchState>();
  /** Live comments from others, held back until the reader asks for them. */
  incoming: Comment[] = [];
  /** Ids of stand-in comments whose post is on its way. */
  readonly sending = new Set<string>();
  /** Ids of stand-in comments written offline, waiting in this browser's outbox. */
  readonly queued = new Set<string>();
  /** The comment a `#comment-` link points at, while it is highlighted. */
  highlightId?: string;
  /** Id of the comment the reply form answers, `null` when it sits under the thread. */
  replyTarget: string | null = null;
  /** Bumped when every comment block must render again (language, sanitiser, avatars). */
  rev = 0;

  constructor(private readonly onChange: () => void) {}

  /** A first page replaces whatever was shown. */
  replace(tree: Thread, page: CommentPage): void {
    this.tree = tree;
    this.total = Number.isFinite(page.total) ? page.total : tree.size;
    this.nextCursor = page.nextCursor || undefined;
    this.closed = page.closed === true;
    this.notify = page.notify === true;
    if (this.closed) this.replyTarget = null;
    this.forget();
  }

  /** Drops what belonged to the previous load: held comments and requests in flight. */
  forget(): void {
    this.more = {loading: false};
    this.branches.clear();
    this.incoming = [];
    this.onChange();
  }

  /** Builds the tree again for a new nesting depth. */
  rebuild(maxDepth: number): void {
    if (!this.tree) return;
    this.tree = buildThread(this.tree.comments(), {sort: this.tree.sort, maxDepth});
    this.onChange();
  }

  /** The element left the page: nothing is loading any more. */
  stopLoading(): void {
    this.more = {...this.more, loading: false};
    for (const [id, state] of this.branches) this.branches.set(id, {...state, loading: false});
  }

  /** The state of "Load more"; `next` carries the cursor a page brought. */
  setMore(more: BranchState, next?: {cursor?: string}): void {
    this.more = more;
    if (next) this.nextCursor = next.cursor || undefined;
    this.onChange();
  }

  setBranch(id: string, state: BranchState): void {
    this.branches.set(id, state);
    this.mark(id);
  }

  /** Adds a later page, or the replies a comment left out. Returns the new nodes. */
  addMany(comments: Comment[], parentId?: string, more?: boolean): ThreadNode[] {
    const tree = this.tree;
    if (!tree) return [];
    const added = tree.addMany(comments);
    this.incoming = this.incoming.filter((comment) => !tree.get(comment.id));
    const parent = parentId ? tree.get(parentId) : undefined;
    if (parent) {
      const left = (parent.comment.moreReplies ?? 0) - added.length;
      tree.update({...parent.comment, moreReplies: more ? Math.max(left, 1) : 0});
    }
    this.onChange();
    return added;
  }

  /** Shows the live comments held back so far. Returns their nodes. */
  revealIncoming(): ThreadNode[] {
    const tree = this.tree;
    if (!tree || !this.incoming.length) return [];
    const added = tree.addMany(this.incoming);
    this.incoming = [];
    this.total += added.filter((node) => counted(node.comment)).length;
    this.onChange();
    return added;
  }

  /** A post is on its way: its stand-in shows at once. */
  addSending(comment: Comment): void {
    if (!this.tree) return;
    this.sending.add(comment.id);
    this.queued.delete(comment.id);
    this.tree.add(comment);
    this.onChange();
  }

  /** A post waits for the connection: its stand-in shows (or stays) with a note saying so. */
  markQueued(comment: Comment): void {
    if (!this.tree) return;
    this.sending.delete(comment.id);
    this.queued.add(comment.id);
    this.tree.add(comment);
    this.onChange();
  }

  /** The backend accepted a post: the real comment takes the stand-in's place. */
  confirmPosted(comment: Comment, tempId?: string): ThreadNode | undefined {
    const tree = this.tree;
    if (tempId) this.sending.delete(tempId);
    if (tempId) this.queued.delete(tempId);
    if (!tree) return undefined;
    const known = tree.get(comment.id);
    const node = tempId ? tree.replace(tempId, comment) : tree.add(comment);
    if (!known && counted(comment)) this.total++;
    this.incoming = this.incoming.filter((held) => held.id !== comment.id);
    this.onChange();
    return node;
  }

  /** A post failed: its stand-in goes (the form keeps the text). */
  dropSending(tempId: string): void {
    this.sending.delete(tempId);
    this.queued.delete(tempId);
    this.tree?.remove(tempId);
    this.onChange();
  }

  /** A live event: applied, or held back when it is someone's new comment. */
  applyLive(event: CommentEvent): void {
    const tree = this.tree;
    if (!tree || !event) return;
    if (event.type === 'deleted') {
      const node = tree.get(event.id);
      const wasCounted = node ? counted(node.comment) : false;
      if (tree.remove(event.id) && wasCounted) this.total--;
      this.incoming = this.incoming.filter((held) => held.id !== event.id);
    } else if (event.type === 'voted') {
      const node = tree.get(event.id);
      if (node) tree.update({...node.comment, votes: event.votes});
    } else if (event.comment && typeof event.comment.id === 'string') {
      const comment = event.comment;
      const known = tree.get(comment.id);
      if (known) {
        // Known already: an edit, a moderator's approval, or our own post echoed back.
        this.total += Number(counted(comment)) - Number(counted(known.comment));
        tree.update(event.shared ? keepOwn(known.comment, comment) : comment);
      } else {
        const index = this.incoming.findIndex((held) => held.id === comment.id);
        if (index >= 0) this.incoming[index] = comment;
        else if (event.type === 'created') this.incoming = [...this.incoming, comment];
      }
    }
    this.onChange();
  }

  /** Shows or hides a comment's replies. */
  toggle(id: string): void {
    const node = this.tree?.get(id);
    // A comment without replies has nothing to show or hide.
    if (!node?.children.length) return;
    node.collapsed = !node.collapsed;
    this.mark(id);
  }

  /** Opens every collapsed comment above `id` and highlights it. Returns its node. */
  expandTo(id: string): ThreadNode | undefined {
    const tree = this.tree;
    const node = tree?.get(id);
    if (!tree || !node) return undefined;
    for (let up = node.container; up; up = up.container) {
      if (up.collapsed) {
        up.collapsed = false;
        tree.touch(up);
      }
    }
    this.highlight(id);
    return node;
  }

  /** Highlights the comment `id` (none when `undefined`). */
  highlight(id: string | undefined): void {
    const old = this.highlightId;
    this.highlightId = id;
    this.mark(old, id);
  }

  /** Moves the reply form under comment `id`, or back under the thread (`null`). */
  moveReplyForm(id: string | null): void {
    if (this.replyTarget === id) return;
    const old = this.replyTarget;
    this.replyTarget = id;
    this.mark(old, id);
  }

  /** The blocks of these comments render again (the reader's actions on them changed). */
  touch(...ids: (string | null | undefined)[]): void {
    this.mark(...ids);
  }

  /** Every comment block renders again. */
  redrawAll(): void {
    this.rev++;
    this.onChange();
  }

  /** Marks the blocks of `ids` as changed (they are cached) and notifies once. */
  private mark(...ids: (string | null | undefined)[]): void {
    for (const id of ids) {
      const node = id ? this.tree?.get(id) : undefined;
      if (node) this.tree?.touch(node);
    }
    this.onChange();
  }
}
