import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {AdapterError} from '../../adapters/errors.js';
import {isConfigError} from '../../adapters/resolve.js';
import type {CommentsAdapter} from '../../adapters/types.js';
import {asError} from '../../core/as-error.js';
import type {SortOrder} from '../../core/types.js';
import {NatterErrorEvent, type ErrorContext} from '../../events/error-event.js';
import {LoadedEvent} from '../../events/loaded-event.js';
import {AdapterCache, type AdapterValue} from '../adapter-setting.js';
import {LatestRequest} from './latest-request.js';
import {defaultThreadKey} from './location.js';
import type * as ThreadView from './thread-view.js';

/** What the element is configured with when a load starts. */
export interface ThreadSource {
  adapter: AdapterValue;
  endpoint?: string;
  thread: string;
  sort: SortOrder;
  pageSize: number;
  maxDepth: number;
}

/** The element's settings that say what to load. */
type SourceSettings = Omit<ThreadSource, 'thread' | 'sort' | 'pageSize'> & {
  thread?: string;
  sort: string;
  pageSize: unknown;
};

/** The element's settings as a load uses them: defaults filled in, page size kept in range. */
export function threadSource(element: SourceSettings): ThreadSource {
  const size = Math.floor(Number(element.pageSize));
  return {
    adapter: element.adapter,
    endpoint: element.endpoint,
    thread: element.thread?.trim() || defaultThreadKey(),
    sort: element.sort === 'newest' || element.sort === 'top' ? element.sort : 'oldest',
    pageSize: Number.isFinite(size) && size > 0 ? Math.min(size, 100) : 20,
    maxDepth: element.maxDepth,
  };
}

export type LoadStatus = 'idle' | 'loading' | 'loaded' | 'error' | 'config-error';

/**
 * Loads a thread's first page and keeps its live subscription: the backend,
 * the load's status and its errors. What was loaded belongs to the thread
 * state (thread-state.ts), which comes with the thread view, as do later
 * pages (thread-updates.ts). A new load aborts whatever the previous one
 * started, and answers for an older load are dropped.
 */
export class ThreadController implements ReactiveController {
  status: LoadStatus = 'idle';
  error?: unknown;
  adapter?: CommentsAdapter;
  /** The key the thread was loaded for. */
  threadKey = '';
  liveError?: unknown;
  /** The templates and the thread's state, loaded with the first page. */
  view?: typeof ThreadView;
  /** The tree, its counts and flags (thread-state.ts); loaded with the view. */
  state?: ThreadView.ThreadState;
  /** Later pages and replies; loaded with the view. */
  updates?: ThreadView.ThreadUpdates;
  /** The reader's other tabs of this page; open while the thread is live. */
  tabs?: ThreadView.TabSync;
  /** Bumped by every load: answers that belong to an older one are dropped. */
  generation = 0;

  private readonly main = new LatestRequest();
  private readonly adapters = new AdapterCache();
  private unsubscribe?: () => void;
  private lastToken?: string | null;

  constructor(
    readonly host: ReactiveControllerHost & HTMLElement,
    readonly source: () => ThreadSource,
  ) {
    host.addController(this);
  }

  /** A new token from the page reaches the backend at once, without a reload. */
  hostUpdate(): void {
    const token = (this.host as {userToken?: string | null}).userToken;
    if (token !== this.lastToken && this.adapter && this.view) {
      this.sendToken(this.adapter, this.view);
    }
  }

  /** Gives the backend the page's current user token (docs/sso.md), or none. */
  private sendToken(adapter: CommentsAdapter, view: typeof ThreadView): void {
    this.lastToken = (this.host as {userToken?: string | null}).userToken;
    // Reading the token comes with the thread view, not with natter.js.
    adapter.setUserToken?.(view.usableUserToken(this.lastToken));
  }

  hostConnected(): void {
    if (this.status === 'loaded') this.subscribe();
  }

  hostDisconnected(): void {
    this.stop();
    this.state?.stopLoading();
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
    this.state?.forget();
    this.host.requestUpdate();
    const outcome = await this.main.run(async (signal) => {
      // The view's code downloads while the backend's does (see thread-view.ts).
      const [adapter, view] = await Promise.all([
        this.getAdapter(source),
        import('./thread-view.js'),
      ]);
      this.sendToken(adapter, view);
      // A backend that cannot rank by votes lists oldest first instead.
      const sort = source.sort === 'top' && !adapter.capabilities?.top ? 'oldest' : source.sort;
      const options = {sort, pageSize: source.pageSize, signal};
      const page = await adapter.list(source.thread, options);
      if (!Array.isArray(page?.comments)) {
        throw new AdapterError('server', 'The adapter returned a page without a comments list.');
      }
      const tree = view.buildThread(page.comments, {sort, maxDepth: source.maxDepth});
      return {adapter, page, tree, view};
    });
    if (!outcome || generation !== this.generation) return false;
    if (!outcome.ok) {
      this.status = isConfigError(outcome.error) ? 'config-error' : 'error';
      this.error = outcome.error;
      this.report(outcome.error, this.status === 'config-error' ? 'config' : 'load');
      this.host.requestUpdate();
      return true;
    }
    const {adapter, page, tree, view} = outcome.value;
    this.view = view;
    const state = (this.state ??= new view.ThreadState(() => this.host.requestUpdate()));
    this.updates ??= new view.ThreadUpdates(this, state);
    this.adapter = adapter;
    // The page may have set a token while the first page loaded.
    this.sendToken(adapter, view);
    this.threadKey = source.thread;
    state.replace(tree, page);
    this.status = 'loaded';
    this.subscribe();
    this.host.requestUpdate();
    await this.host.updateComplete;
    if (generation !== this.generation) return false;
    this.host.dispatchEvent(new LoadedEvent(this.threadKey, state.total));
    return true;
  }

  private subscribe(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.liveError = undefined;
    this.tabs?.close();
    this.tabs = this.view && this.state && new this.view.TabSync(this.threadKey, this.state);
    const adapter = this.adapter;
    if (!adapter?.subscribe || !this.host.isConnected) return;
    const generation = this.generation;
    try {
      this.unsubscribe = adapter.subscribe(this.threadKey, (event) => {
        if (generation === this.generation) this.state?.applyLive(event);
      });
    } catch (error) {
      this.liveError = error;
      this.report(error, 'live');
    }
  }

  private getAdapter(source: ThreadSource): Promise<CommentsAdapter> {
    return this.adapters.get(source.adapter, source.endpoint);
  }

  private stop(): void {
    this.main.abort();
    this.updates?.abort();
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.tabs?.close();
    this.tabs = undefined;
  }

  /** Renders and dispatches a failure as `natter-error`. */
  report(error: unknown, context: ErrorContext): void {
    this.host.dispatchEvent(new NatterErrorEvent(asError(error), context));
  }
}
