import {browserStorage} from '../core/storage.js';
import type {Comment} from '../core/types.js';
import {getAuthorToken} from './kit/author-token.js';
import {AdapterError} from './errors.js';
import {parseStoreData} from './store/local-data.js';
import {CommentStore} from './store/store.js';
import {seedStore} from './store/store-seed.js';
import {
  batchedWatchers,
  createStoreAdapter,
  type SimulatedBackendOptions,
  type StoreAdapter,
  type StoreBackend,
} from './store/store-adapter.js';

export type {StoreAdapter} from './store/store-adapter.js';

export interface LocalAdapterOptions extends SimulatedBackendOptions {
  /** The `localStorage` key that holds every thread. Default `natter:local`. */
  storageKey?: string;
  /** Comments to start with, used only while nothing is stored under `storageKey`. */
  seed?: Record<string, Comment[]>;
  /** Where to keep the comments. Default `localStorage`. */
  storage?: Storage;
  /**
   * Who this reader is, for showing held comments to their author only.
   * Default: this browser's token (`getAuthorToken()`).
   */
  authorToken?: string;
}

export const DEFAULT_STORAGE_KEY = 'natter:local';

// Backends on the same page and key, so that a write through one is heard by
// the subscribers of another (the `storage` event only reaches other pages).
const samePage = new Map<Storage, Map<string, Set<() => void>>>();

function localBackend(
  storage: Storage | undefined,
  storageKey: string,
  seeded: () => CommentStore,
): StoreBackend {
  let cachedRaw: string | null | undefined;
  let cached: CommentStore | undefined;
  // Without usable storage the comments live in memory for this page only.
  let fallback: CommentStore | undefined = storage ? undefined : seeded();
  const {watchers, notify: notifyWatchers} = batchedWatchers();

  const goMemoryOnly = (why: string, from: CommentStore) => {
    console.warn(`Natter: ${why} Comments posted now are kept only until the page is closed.`);
    fallback = from;
  };

  const load = (): CommentStore => {
    if (fallback) return fallback;
    let raw: string | null;
    try {
      raw = storage!.getItem(storageKey);
    } catch (error) {
      goMemoryOnly(`localStorage cannot be read (${String(error)}).`, cached ?? seeded());
      return fallback!;
    }
    if (raw === cachedRaw && cached) return cached;
    if (raw === null) {
      cached = seeded();
      cachedRaw = null;
      return cached;
    }
    const parsed = parseStoreData(raw);
    if (parsed && !parsed.repaired) {
      cached = new CommentStore(parsed.data);
      cachedRaw = raw;
      return cached;
    }
    // Unreadable or partly unreadable: keep the original under a backup key
    // before writing anything over it, so nothing is destroyed.
    const store = parsed ? new CommentStore(parsed.data) : seeded();
    const backupKey = `${storageKey}:backup:${Date.now()}`;
    try {
      storage!.setItem(backupKey, raw);
      const repaired = JSON.stringify(store.data);
      storage!.setItem(storageKey, repaired);
      console.warn(
        `Natter: the comments stored under "${storageKey}" were damaged; the original is kept under "${backupKey}".`,
      );
      cached = store;
      cachedRaw = repaired;
      return store;
    } catch {
      goMemoryOnly(
        `the comments stored under "${storageKey}" are damaged and could not be backed up.`,
        store,
      );
      return store;
    }
  };

  const notifyAll = () => {
    for (const notify of samePage.get(storage!)?.get(storageKey) ?? []) notify();
  };

  const onStorage = (event: StorageEvent) => {
    if (event.storageArea !== storage) return;
    if (event.key === storageKey || event.key === null) notifyWatchers();
  };

  return {
    read: (operation) => operation(load()),

    write(operation) {
      const store = load();
      if (fallback) {
        const result = operation(store);
        notifyWatchers();
        return result;
      }
      const result = operation(store);
      const json = JSON.stringify(store.data);
      try {
        storage!.setItem(storageKey, json);
      } catch (cause) {
        // Forget the unsaved change: the next read starts again from what is stored.
        cached = undefined;
        cachedRaw = undefined;
        throw new AdapterError(
          'server',
          'This browser has no room left to save comments. Free some site storage and try again.',
          {cause},
        );
      }
      cachedRaw = json;
      notifyAll();
      return result;
    },

    watch(onChange) {
      if (watchers.size === 0 && storage) {
        globalThis.addEventListener?.('storage', onStorage);
        let byKey = samePage.get(storage);
        if (!byKey) samePage.set(storage, (byKey = new Map()));
        let set = byKey.get(storageKey);
        if (!set) byKey.set(storageKey, (set = new Set()));
        set.add(notifyWatchers);
      }
      watchers.add(onChange);
      return () => {
        if (!watchers.delete(onChange) || watchers.size > 0 || !storage) return;
        globalThis.removeEventListener?.('storage', onStorage);
        const byKey = samePage.get(storage);
        byKey?.get(storageKey)?.delete(notifyWatchers);
        if (byKey?.get(storageKey)?.size === 0) byKey.delete(storageKey);
        if (byKey?.size === 0) samePage.delete(storage);
      };
    },
  };
}

/**
 * An adapter that keeps comments in this browser's `localStorage`, so a
 * static page can try Natter with no backend and what is posted survives a
 * reload. Subscribers hear comments posted in other tabs (the `storage`
 * event) and through other local adapters on the same page and key.
 * Damaged stored data is backed up and replaced, never a crash.
 */
export function createLocalAdapter(options: LocalAdapterOptions = {}): StoreAdapter {
  const storageKey = options.storageKey ?? DEFAULT_STORAGE_KEY;
  const storage = options.storage ?? browserStorage();
  const viewer = options.authorToken ?? getAuthorToken(storage);
  const seeded = () => {
    const store = new CommentStore();
    seedStore(store, options.seed, viewer);
    return store;
  };
  // A bad seed is reported now, not on the first read.
  seeded();
  return createStoreAdapter(localBackend(storage, storageKey, seeded), viewer, options);
}
