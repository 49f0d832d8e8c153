import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {AdapterError} from '../../adapters/errors.js';
import {isConfigError, resolveAdapter} from '../../adapters/resolve.js';
import type {CommentsAdapter} from '../../adapters/types.js';
import {buildThread, type Thread, type ThreadNode} from '../../core/thread.js';
import type {Comment, CommentEvent, SortOrder} from '../../core/types.js';
import {NatterErrorEvent, type ErrorContext} from '../../events/error-event.js';
import {LoadedEvent} from '../../events/loaded-event.js';
import {LatestRequest} from './latest-request.js';

/** What the element is configured with when a load starts. */
export interface ThreadSource {
  adapterObject?: CommentsAdapter;
  adapterName?: string;
  endpoint?: string;
  thread: string;
  sort: SortOrder;
  pageSize: number;
  maxDepth: number;
}

export type LoadStatus = 'idle' | 'loading' | 'loaded' | 'error' | 'config-error';

/** A request tied to one part of the list ("Load more", "Show more replies"). */
export interface BranchState {
  loading: boolean;
  error?: unknown;
  cursor?: string;
}

/** Whether a comment counts in the header's total (tombstones do not). */
const counted = (comment: Comment) => comment.status !== 'deleted';

function asError(value: unknown): Error {
  return value instanceof Error ? value : new Error(String(value));
}

/**
 * Everything `<natter-comments>` knows about its thread, and every call to
 * the adapter: first page, later pages, more replies, live events and the
 * reader's own posts. A new load aborts whatever the previous one started,
 * and answers for an older load are dropped.
 */
export class ThreadController implements ReactiveController {
  status: LoadStatus = 'idle';
  error?: unknown;
  tree?: Thread;
  adapter?: CommentsAdapter;
  /** The key the tree was loaded for. */
  threadKey = '';
  total = 0;
  nextCursor?: string;
  more: BranchState = {loading: false};
  readonly branches = new Map<string, BranchState>();
  /** Live comments from others, held back until the reader asks for them. */
  incoming: Comment[] = [];
  /** Ids of stand-in comments whose post is on its way. */
  readonly sending = new Set<string>();
  liveError?: unknown;

  private readonly main = new LatestRequest();
  private readonly moreRequest = new LatestRequest();
  private readonly branchRequests = new Map<string, LatestRequest>();
  private resolved?: {key: string; adapter: Promise<CommentsAdapter>};
  private unsubscribe?: () => void;
  private generation = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly source: () => ThreadSource,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.status === 'loaded') this.subscribe();
  }

  hostDisconnected(): void {
    this.stop();
    this.more = {...this.more, loading: false};
    for (const [id, state] of this.branches) this.branches.set(id, {...state, loading: false});
    // An interrupted first load starts again when the element comes back.
    if (this.status === 'loading') this.status = 'idle';
  }

  /**
   * Loads the first page, replacing whatever was shown. Resolves with whether
   * this load's outcome (success or failure) was applied: `false` when a
   * newer load or a disconnection overtook it.
   */
  async load(): Promise<boolean> {
    const generation = ++this.generation;
    this.stop();
    const source = this.source();
    this.status = 'loading';
    this.error = undefined;
    this.more = {loading: false};
    this.branches.clear();
    this.incoming = [];
    this.host.requestUpdate();
    const outcome = await this.main.run(async (signal) => {
      const adapter = await this.getAdapter(source);
      const options = {sort: source.sort, pageSize: source.pageSize, signal};
      const page = await adapter.list(source.thread, options);
      if (!Array.isArray(page?.comments)) {
        throw new AdapterError('server', 'The adapter returned a page without a comments list.');
      }
      const tree = buildThread(page.comments, {sort: source.sort, maxDepth: source.maxDepth});
      return {adapter, page, tree};
    });
    if (!outcome || generation !== this.generation) return false;
    if (!outcome.ok) {
      this.status = isConfigError(outcome.error) ? 'config-error' : 'error';
      this.error = outcome.error;
      this.report(outcome.error, this.status === 'config-error' ? 'config' : 'load');
      this.host.requestUpdate();
      return true;
    }
    const {adapter, page, tree} = outcome.value;
    this.adapter = adapter;
    this.tree = tree;
    this.threadKey = source.thread;
    this.total = Number.isFinite(page.total) ? page.total : tree.size;
    this.nextCursor = page.nextCursor || undefined;
    this.status = 'loaded';
    this.subscribe();
    this.host.requestUpdate();
    await this.host.updateComplete;
    if (generation !== this.generation) return false;
    this.host.dispatchEvent(new LoadedEvent(this.threadKey, this.total));
    return true;
  }

  /** Rebuilds the tree for a new nesting depth without asking the backend. */
  rebuild(maxDepth: number): void {
    if (!this.tree) return;
    this.tree = buildThread(this.tree.comments(), {sort: this.tree.sort, maxDepth});
    this.host.requestUpdate();
  }

  /** Fetches the next page of top-level comments. Resolves with the new nodes. */
  async loadMore(): Promise<ThreadNode[]> {
    const {tree, adapter, nextCursor: cursor, generation} = this;
    if (!tree || !adapter || !cursor) return [];
    this.more = {loading: true};
    this.host.requestUpdate();
    const pageSize = this.source().pageSize;
    const outcome = await this.moreRequest.run((signal) =>
      adapter.list(this.threadKey, {cursor, sort: tree.sort, pageSize, signal}),
    );
    if (!outcome || generation !== this.generation) return [];
    this.host.requestUpdate();
    if (!outcome.ok) {
      this.more = {loading: false, error: outcome.error};
      this.report(outcome.error, 'load');
      return [];
    }
    this.more = {loading: false};
    this.nextCursor = outcome.value.nextCursor || undefined;
    const added = tree.addMany(outcome.value.comments ?? []);
    this.incoming = this.incoming.filter((comment) => !tree.get(comment.id));
    return added;
  }

  /** Fetches the replies a comment's `moreReplies` said were left out. */
  async loadReplies(id: string): Promise<ThreadNode[]> {
    const {tree, adapter, generation} = this;
    const node = tree?.get(id);
    if (!tree || !node || !adapter?.listReplies) return [];
    const cursor = this.branches.get(id)?.cursor;
    let request = this.branchRequests.get(id);
    if (!request) this.branchRequests.set(id, (request = new LatestRequest()));
    this.branches.set(id, {loading: true, cursor});
    tree.touch(node);
    this.host.requestUpdate();
    const outcome = await request.run((signal) =>
      adapter.listReplies!(this.threadKey, id, {cursor, signal}),
    );
    if (!outcome || generation !== this.generation) return [];
    this.host.requestUpdate();
    const current = tree.get(id);
    if (!outcome.ok) {
      this.branches.set(id, {loading: false, cursor, error: outcome.error});
      if (current) tree.touch(current);
      this.report(outcome.error, 'load');
      return [];
    }
    const {comments, nextCursor} = outcome.value;
    const added = tree.addMany(comments ?? []);
    this.branches.set(id, {loading: false, cursor: nextCursor});
    if (current) {
      const left = (current.comment.moreReplies ?? 0) - added.length;
      tree.update({...current.comment, moreReplies: nextCursor ? Math.max(left, 1) : 0});
    }
    return added;
  }

  /** Shows the live comments held back so far. Resolves with their nodes. */
  revealIncoming(): ThreadNode[] {
    const tree = this.tree;
    if (!tree || !this.incoming.length) return [];
    const added = tree.addMany(this.incoming);
    this.incoming = [];
    this.total += added.filter((node) => counted(node.comment)).length;
    this.host.requestUpdate();
    return added;
  }

  /** A post is on its way: show its stand-in at once. */
  addSending(comment: Comment): void {
    if (!this.tree) return;
    this.sending.add(comment.id);
    this.tree.add(comment);
    this.host.requestUpdate();
  }

  /** The backend accepted a post: the real comment takes the stand-in's place. */
  confirmPosted(comment: Comment, tempId?: string): ThreadNode | undefined {
    const tree = this.tree;
    if (tempId) this.sending.delete(tempId);
    if (!tree) return undefined;
    const known = tree.get(comment.id);
    const node = tempId ? tree.replace(tempId, comment) : tree.add(comment);
    if (!known && counted(comment)) this.total++;
    this.incoming = this.incoming.filter((held) => held.id !== comment.id);
    this.host.requestUpdate();
    return node;
  }

  /** A post failed: its stand-in goes (the form keeps the text). */
  dropSending(tempId: string): void {
    this.sending.delete(tempId);
    this.tree?.remove(tempId);
    this.host.requestUpdate();
  }

  private onLiveEvent(event: CommentEvent): void {
    const tree = this.tree;
    if (!tree || !event) return;
    if (event.type === 'deleted') {
      const node = tree.get(event.id);
      const wasCounted = node ? counted(node.comment) : false;
      if (tree.remove(event.id) && wasCounted) this.total--;
      this.incoming = this.incoming.filter((held) => held.id !== event.id);
    } else if (event.comment && typeof event.comment.id === 'string') {
      const comment = event.comment;
      const known = tree.get(comment.id);
      if (known) {
        // Known already: an edit, a moderator's approval, or our own post echoed back.
        this.total += Number(counted(comment)) - Number(counted(known.comment));
        tree.update(comment);
      } else {
        const index = this.incoming.findIndex((held) => held.id === comment.id);
        if (index >= 0) this.incoming[index] = comment;
        else if (event.type === 'created') this.incoming = [...this.incoming, comment];
      }
    }
    this.host.requestUpdate();
  }

  private subscribe(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.liveError = undefined;
    const adapter = this.adapter;
    if (!adapter?.subscribe || !this.host.isConnected) return;
    const generation = this.generation;
    try {
      this.unsubscribe = adapter.subscribe(this.threadKey, (event) => {
        if (generation === this.generation) this.onLiveEvent(event);
      });
    } catch (error) {
      this.liveError = error;
      this.report(error, 'live');
    }
  }

  private async getAdapter(source: ThreadSource): Promise<CommentsAdapter> {
    if (source.adapterObject) return source.adapterObject;
    const key = `${source.adapterName ?? ''}\n${source.endpoint ?? ''}`;
    if (this.resolved?.key !== key) {
      this.resolved = {key, adapter: resolveAdapter(source.adapterName, source.endpoint)};
    }
    const resolved = this.resolved;
    try {
      return await resolved.adapter;
    } catch (error) {
      // A failed module download may work next time; a bad config fails the same way again.
      if (this.resolved === resolved) this.resolved = undefined;
      throw error;
    }
  }

  private stop(): void {
    this.main.abort();
    this.moreRequest.abort();
    for (const request of this.branchRequests.values()) request.abort();
    this.branchRequests.clear();
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  private report(error: unknown, context: ErrorContext): void {
    this.host.dispatchEvent(new NatterErrorEvent(asError(error), context));
  }
}
