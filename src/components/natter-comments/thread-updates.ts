/**
 * The requests a loaded thread makes after its first page (see
 * thread-controller.ts): later pages and the replies a comment's
 * `moreReplies` left out. What they bring goes into the thread state
 * (thread-state.ts), as do the linked comments `#comment-` links ask for
 * when no page held them. It comes with the thread view, so natter.js
 * carries only the first load.
 */
import type {CommentsAdapter} from '../../adapters/types.js';
import type {ThreadNode} from '../../core/thread.js';
import type {ErrorContext} from '../../events/error-event.js';
import {LatestRequest} from './latest-request.js';
import type {ThreadState} from './thread-state.js';

/** What the requests need to know of the load they belong to. */
export interface LoadedThread {
  readonly adapter?: CommentsAdapter;
  readonly threadKey: string;
  /** Bumped by every load: answers for an older one are dropped. */
  readonly generation: number;
  source(): {pageSize: number};
  report(error: unknown, context: ErrorContext): void;
}

export class ThreadUpdates {
  private readonly moreRequest = new LatestRequest();
  private readonly branchRequests = new Map<string, LatestRequest>();
  private readonly contextRequest = new LatestRequest();

  constructor(
    private readonly load: LoadedThread,
    private readonly state: ThreadState,
  ) {}

  /** Cancels every request in flight (a new load, or the element left the page). */
  abort(): void {
    this.moreRequest.abort();
    this.contextRequest.abort();
    for (const request of this.branchRequests.values()) request.abort();
    this.branchRequests.clear();
  }

  /** Fetches the next page of top-level comments. Resolves with the new nodes. */
  async loadMore(): Promise<ThreadNode[]> {
    const {state, load} = this;
    const {tree, nextCursor: cursor} = state;
    const {adapter, generation} = load;
    if (!tree || !adapter || !cursor) return [];
    state.setMore({loading: true});
    const pageSize = load.source().pageSize;
    const outcome = await this.moreRequest.run((signal) =>
      adapter.list(load.threadKey, {cursor, sort: tree.sort, pageSize, signal}),
    );
    if (!outcome || generation !== load.generation) return [];
    if (!outcome.ok) {
      state.setMore({loading: false, error: outcome.error});
      load.report(outcome.error, 'load');
      return [];
    }
    state.setMore({loading: false}, {cursor: outcome.value.nextCursor});
    return state.addMany(outcome.value.comments ?? []);
  }

  /** Fetches the replies a comment's `moreReplies` said were left out. */
  async loadReplies(id: string): Promise<ThreadNode[]> {
    const {state, load} = this;
    const {adapter, generation} = load;
    if (!state.tree?.get(id) || !adapter?.listReplies) return [];
    const cursor = state.branches.get(id)?.cursor;
    let request = this.branchRequests.get(id);
    if (!request) this.branchRequests.set(id, (request = new LatestRequest()));
    state.setBranch(id, {loading: true, cursor});
    const outcome = await request.run((signal) =>
      adapter.listReplies!(load.threadKey, id, {cursor, signal}),
    );
    if (!outcome || generation !== load.generation) return [];
    if (!outcome.ok) {
      state.setBranch(id, {loading: false, cursor, error: outcome.error});
      load.report(outcome.error, 'load');
      return [];
    }
    const {comments, nextCursor} = outcome.value;
    state.setBranch(id, {loading: false, cursor: nextCursor});
    return state.addMany(comments ?? [], id, Boolean(nextCursor));
  }

  /**
   * Fetches a comment that no loaded page holds, with its ancestors, for a
   * `#comment-` link. Resolves true when it is now in the thread. A comment
   * the backend does not know is no error: the link simply leads nowhere.
   */
  async loadContext(id: string): Promise<boolean> {
    const {state, load} = this;
    const {adapter, generation} = load;
    if (!state.tree || !adapter?.context) return false;
    const outcome = await this.contextRequest.run((signal) =>
      adapter.context!(load.threadKey, id, {signal}),
    );
    if (!outcome || generation !== load.generation) return false;
    if (!outcome.ok) {
      if ((outcome.error as {code?: string})?.code !== 'not-found') {
        load.report(outcome.error, 'load');
      }
      return false;
    }
    state.addMany(outcome.value.comments ?? []);
    return Boolean(state.tree?.get(id));
  }
}
