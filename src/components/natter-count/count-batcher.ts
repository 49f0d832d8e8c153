/**
 * Collects the thread keys of every `<natter-count>` badge on a page and asks
 * the adapter for all of them in one `count()` call, so an index page with
 * forty badges makes one request instead of forty.
 */
import {AdapterError} from '../../adapters/errors.js';
import type {CommentsAdapter} from '../../adapters/types.js';

/** The reference server's limit on threads in one count request. */
export const MAX_THREADS_PER_COUNT = 100;

interface Waiter {
  resolve(count: number): void;
  reject(error: unknown): void;
  signal?: AbortSignal;
}

/**
 * One batcher per adapter object. Requests made while the page is still
 * connecting its badges (everything before the next macrotask) go out
 * together; later requests start a new batch.
 */
export class CountBatcher {
  private pending = new Map<string, Waiter[]>();
  private scheduled = false;

  constructor(
    private readonly adapter: CommentsAdapter,
    private readonly maxThreads = MAX_THREADS_PER_COUNT,
  ) {}

  /** The number of visible comments of `thread`. Rejects with `AdapterError`. */
  count(thread: string, options: {signal?: AbortSignal} = {}): Promise<number> {
    const {signal} = options;
    if (signal?.aborted) return Promise.reject(abortError());
    if (!this.adapter.count) {
      return Promise.reject(
        new AdapterError('server', 'This backend cannot count comments.', {status: 501}),
      );
    }
    return new Promise<number>((resolve, reject) => {
      const waiter: Waiter = {resolve, reject, signal};
      const waiters = this.pending.get(thread) ?? [];
      waiters.push(waiter);
      this.pending.set(thread, waiters);
      signal?.addEventListener('abort', () => this.drop(thread, waiter), {once: true});
      if (!this.scheduled) {
        this.scheduled = true;
        // A macrotask rather than a microtask: badges whose adapter is still
        // being imported join the batch as long as they ask before it runs.
        setTimeout(() => this.flush(), 0);
      }
    });
  }

  private drop(thread: string, waiter: Waiter): void {
    const waiters = this.pending.get(thread);
    if (!waiters) return;
    const index = waiters.indexOf(waiter);
    if (index === -1) return;
    waiters.splice(index, 1);
    if (!waiters.length) this.pending.delete(thread);
    waiter.reject(abortError());
  }

  private flush(): void {
    this.scheduled = false;
    const batch = this.pending;
    this.pending = new Map();
    const threads = [...batch.keys()];
    for (let start = 0; start < threads.length; start += this.maxThreads) {
      const slice = threads.slice(start, start + this.maxThreads);
      void this.request(slice, new Map(slice.map((thread) => [thread, batch.get(thread) ?? []])));
    }
  }

  private async request(threads: string[], waiters: Map<string, Waiter[]>): Promise<void> {
    // The request is cancelled only when every badge that wanted it has gone.
    const controller = new AbortController();
    const all = [...waiters.values()].flat();
    let live = all.length;
    for (const waiter of all) {
      waiter.signal?.addEventListener(
        'abort',
        () => {
          live--;
          if (live === 0) controller.abort();
        },
        {once: true},
      );
    }
    let counts: Record<string, number>;
    try {
      counts = await this.adapter.count!(threads, {signal: controller.signal});
    } catch (error) {
      for (const waiter of all) waiter.reject(error);
      return;
    }
    if (!counts || typeof counts !== 'object') {
      const error = new AdapterError(
        'server',
        'The backend sent comment counts in an unknown shape.',
      );
      for (const waiter of all) waiter.reject(error);
      return;
    }
    for (const [thread, list] of waiters) {
      const value = counts[thread];
      // A backend that leaves a thread out has no comments for it yet.
      const count = typeof value === 'number' && Number.isFinite(value) ? value : 0;
      for (const waiter of list) {
        if (waiter.signal?.aborted) waiter.reject(abortError());
        else waiter.resolve(count);
      }
    }
  }
}

function abortError(): AdapterError {
  return new AdapterError('aborted', 'The count was no longer needed.');
}

const batchers = new WeakMap<CommentsAdapter, CountBatcher>();

/** The shared batcher of `adapter`: every badge using one adapter object shares it. */
export function countBatcherFor(adapter: CommentsAdapter): CountBatcher {
  let batcher = batchers.get(adapter);
  if (!batcher) {
    batcher = new CountBatcher(adapter);
    batchers.set(adapter, batcher);
  }
  return batcher;
}
