import type {Comment} from '../core/types.js';
import {randomId} from './kit/random-id.js';
import {CommentStore} from './store/store.js';
import {seedStore} from './store/store-seed.js';
import {
  batchedWatchers,
  createStoreAdapter,
  type SimulatedBackendOptions,
  type StoreAdapter,
  type StoreBackend,
} from './store/store-adapter.js';

export type {SimulatedBackendOptions, StoreAdapter} from './store/store-adapter.js';

export interface MemoryAdapterOptions extends SimulatedBackendOptions {
  /**
   * Comments to start with, keyed by thread. They are what this reader sees:
   * a seeded `pending` comment counts as the reader's own.
   */
  seed?: Record<string, Comment[]>;
}

/** A memory adapter, plus a second reader of the same comments. */
export interface MemoryAdapter extends StoreAdapter {
  /**
   * Another adapter on the same in-memory backend, as another person would
   * see it (own author identity, own `failNext`/`holdNext`). What one posts,
   * the other's subscribers hear.
   */
  peer(): MemoryAdapter;
}

function memoryBackend(store: CommentStore): StoreBackend {
  const {watchers, notify} = batchedWatchers();
  return {
    read: (operation) => operation(store),
    write(operation) {
      const result = operation(store);
      notify();
      return result;
    },
    watch(onChange) {
      watchers.add(onChange);
      return () => watchers.delete(onChange);
    },
  };
}

function withPeers(
  backend: StoreBackend,
  options: MemoryAdapterOptions,
  viewer: string,
): MemoryAdapter {
  const adapter = createStoreAdapter(backend, viewer, options) as MemoryAdapter;
  adapter.peer = () => withPeers(backend, options, randomId());
  return adapter;
}

/**
 * An adapter that keeps comments in this page's memory: for tests, demos and
 * trying the widget without a backend. It follows the reference server's
 * rules (limits, threading, held comments, duplicates, idempotency keys) so
 * what works here works there.
 *
 * @example
 * const adapter = createMemoryAdapter({latency: 400, seed: {'/post': comments}});
 * document.querySelector('natter-comments').adapter = adapter;
 */
export function createMemoryAdapter(options: MemoryAdapterOptions = {}): MemoryAdapter {
  const viewer = randomId();
  const store = new CommentStore();
  seedStore(store, options.seed, viewer);
  return withPeers(memoryBackend(store), options, viewer);
}
