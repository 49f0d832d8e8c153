/**
 * What happens to a loaded thread (see thread-controller.ts): later pages,
 * the replies a comment's `moreReplies` left out, live events, and the
 * reader's own posts shown at once and then confirmed or dropped. It comes
 * with the thread view, so natter.js carries only the first load.
 */
import type {ThreadNode} from '../../core/thread.js';
import type {Comment} from '../../core/types.js';
import type {CommentEvent} from '../../adapters/types.js';
import {LatestRequest} from './latest-request.js';
import type {ThreadController} from './thread-controller.js';

/** Whether a comment counts in the header's total (tombstones do not). */
const counted = (comment: Comment) => comment.status !== 'deleted';

export class ThreadUpdates {
  private readonly moreRequest = new LatestRequest();
  private readonly branchRequests = new Map<string, LatestRequest>();

  constructor(private readonly data: ThreadController) {}

  /** Cancels every request in flight (a new load, or the element left the page). */
  abort(): void {
    this.moreRequest.abort();
    for (const request of this.branchRequests.values()) request.abort();
    this.branchRequests.clear();
  }

  /** Fetches the next page of top-level comments. Resolves with the new nodes. */
  async loadMore(): Promise<ThreadNode[]> {
    const {tree, adapter, nextCursor: cursor, generation} = this.data;
    if (!tree || !adapter || !cursor) return [];
    this.data.more = {loading: true};
    this.data.host.requestUpdate();
    const pageSize = this.data.source().pageSize;
    const outcome = await this.moreRequest.run((signal) =>
      adapter.list(this.data.threadKey, {cursor, sort: tree.sort, pageSize, signal}),
    );
    if (!outcome || generation !== this.data.generation) return [];
    this.data.host.requestUpdate();
    if (!outcome.ok) {
      this.data.more = {loading: false, error: outcome.error};
      this.data.report(outcome.error, 'load');
      return [];
    }
    this.data.more = {loading: false};
    this.data.nextCursor = outcome.value.nextCursor || undefined;
    const added = tree.addMany(outcome.value.comments ?? []);
    this.data.incoming = this.data.incoming.filter((comment) => !tree.get(comment.id));
    return added;
  }

  /** Fetches the replies a comment's `moreReplies` said were left out. */
  async loadReplies(id: string): Promise<ThreadNode[]> {
    const {tree, adapter, generation} = this.data;
    const node = tree?.get(id);
    if (!tree || !node || !adapter?.listReplies) return [];
    const cursor = this.data.branches.get(id)?.cursor;
    let request = this.branchRequests.get(id);
    if (!request) this.branchRequests.set(id, (request = new LatestRequest()));
    this.data.branches.set(id, {loading: true, cursor});
    tree.touch(node);
    this.data.host.requestUpdate();
    const outcome = await request.run((signal) =>
      adapter.listReplies!(this.data.threadKey, id, {cursor, signal}),
    );
    if (!outcome || generation !== this.data.generation) return [];
    this.data.host.requestUpdate();
    const current = tree.get(id);
    if (!outcome.ok) {
      this.data.branches.set(id, {loading: false, cursor, error: outcome.error});
      if (current) tree.touch(current);
      this.data.report(outcome.error, 'load');
      return [];
    }
    const {comments, nextCursor} = outcome.value;
    const added = tree.addMany(comments ?? []);
    this.data.branches.set(id, {loading: false, cursor: nextCursor});
    if (current) {
      const left = (current.comment.moreReplies ?? 0) - added.length;
      tree.update({...current.comment, moreReplies: nextCursor ? Math.max(left, 1) : 0});
    }
    return added;
  }

  /** Shows the live comments held back so far. Resolves with their nodes. */
  revealIncoming(): ThreadNode[] {
    const tree = this.data.tree;
    if (!tree || !this.data.incoming.length) return [];
    const added = tree.addMany(this.data.incoming);
    this.data.incoming = [];
    this.data.total += added.filter((node) => counted(node.comment)).length;
    this.data.host.requestUpdate();
    return added;
  }

  /** A post is on its way: show its stand-in at once. */
  addSending(comment: Comment): void {
    if (!this.data.tree) return;
    this.data.sending.add(comment.id);
    this.data.tree.add(comment);
    this.data.host.requestUpdate();
  }

  /** The backend accepted a post: the real comment takes the stand-in's place. */
  confirmPosted(comment: Comment, tempId?: string): ThreadNode | undefined {
    const tree = this.data.tree;
    if (tempId) this.data.sending.delete(tempId);
    if (!tree) return undefined;
    const known = tree.get(comment.id);
    const node = tempId ? tree.replace(tempId, comment) : tree.add(comment);
    if (!known && counted(comment)) this.data.total++;
    this.data.incoming = this.data.incoming.filter((held) => held.id !== comment.id);
    this.data.host.requestUpdate();
    return node;
  }

  /** A post failed: its stand-in goes (the form keeps the text). */
  dropSending(tempId: string): void {
    this.data.sending.delete(tempId);
    this.data.tree?.remove(tempId);
    this.data.host.requestUpdate();
  }

  /** A live event from the backend: applied, or held back when it is someone's new comment. */
  onLiveEvent(event: CommentEvent): void {
    const tree = this.data.tree;
    if (!tree || !event) return;
    if (event.type === 'deleted') {
      const node = tree.get(event.id);
      const wasCounted = node ? counted(node.comment) : false;
      if (tree.remove(event.id) && wasCounted) this.data.total--;
      this.data.incoming = this.data.incoming.filter((held) => held.id !== event.id);
    } else if (event.comment && typeof event.comment.id === 'string') {
      const comment = event.comment;
      const known = tree.get(comment.id);
      if (known) {
        // Known already: an edit, a moderator's approval, or our own post echoed back.
        this.data.total += Number(counted(comment)) - Number(counted(known.comment));
        tree.update(comment);
      } else {
        const index = this.data.incoming.findIndex((held) => held.id === comment.id);
        if (index >= 0) this.data.incoming[index] = comment;
        else if (event.type === 'created') this.data.incoming = [...this.data.incoming, comment];
      }
    }
    this.data.host.requestUpdate();
  }
}
