import type {Comment} from '../../core/types.js';
import type {AdapterCapabilities, CommentEvent, CommentPage} from '../types.js';
import {sleep, throwIfAborted} from '../kit/abort.js';
import {AdapterError} from '../errors.js';
import {randomId} from '../kit/random-id.js';
import {MAX_DEPTH, type CommentStore} from './store.js';
import {deliver, diff} from './store-events.js';
import {setEntry} from '../kit/set-entry.js';
import {normalizeThreadKey} from '../kit/thread-key.js';
import type {CommentsAdapter, ReplyListOptions, ReplyPage} from '../types.js';
import {checkDraftForServer} from '../kit/check-draft.js';
import {ownWindow, readerActions, type ReaderActionOptions} from './store-actions.js';
import {writtenText} from './store-text.js';

/**
 * The listeners of a backend, told at most once per microtask however many
 * writes happen in it, so a burst of changes makes one re-read.
 */
export function batchedWatchers(): {watchers: Set<() => void>; notify: () => void} {
  const watchers = new Set<() => void>();
  let scheduled = false;
  const notify = () => {
    if (scheduled) return;
    scheduled = true;
    queueMicrotask(() => {
      scheduled = false;
      for (const watcher of [...watchers]) watcher();
    });
  };
  return {watchers, notify};
}

/** Where a store-backed adapter keeps its comments (memory, localStorage). */
export interface StoreBackend {
  read<T>(operation: (store: CommentStore) => T): T;
  /** Runs a change and keeps it; throws `AdapterError` when it cannot be kept. */
  write<T>(operation: (store: CommentStore) => T): T;
  /** Calls `onChange` (asynchronously) after any change, by anyone who shares this backend. */
  watch(onChange: () => void): () => void;
}

/** Behaviour shared by the memory and local adapters. */
export interface SimulatedBackendOptions extends ReaderActionOptions {
  /** `all` holds every new comment for moderation (`pending`). Default `none`. */
  moderation?: 'none' | 'all';
  /** Milliseconds every call waits, so loading and sending states can be seen. Default 0. */
  latency?: number;
  /** Whether an email is required to post. Default true. */
  requiresEmail?: boolean;
  /** Replies sent with each top-level comment before `moreReplies` takes over. Default 200. */
  replyLimit?: number;
  /** The deepest level a comment may sit at (top level is 1), as a backend would keep. Default 32. */
  deepestLevel?: number;
}

/** An adapter over an in-browser store, with controls for tests and demos. */
export interface StoreAdapter extends CommentsAdapter {
  count(threads: string[], options?: {signal?: AbortSignal}): Promise<Record<string, number>>;
  subscribe(thread: string, onEvent: (event: CommentEvent) => void): () => void;
  listReplies(thread: string, parentId: string, options: ReplyListOptions): Promise<ReplyPage>;
  context: NonNullable<CommentsAdapter['context']>;
  update: NonNullable<CommentsAdapter['update']>;
  remove: NonNullable<CommentsAdapter['remove']>;
  vote: NonNullable<CommentsAdapter['vote']>;
  readonly capabilities: AdapterCapabilities;
  /** Someone else's comment arrives: it is stored and subscribers hear `created`. */
  inject(thread: string, comment: Comment): Comment;
  /** The next call (of any method that returns a promise) rejects with `error`. */
  failNext(error: AdapterError): void;
  /** The next comment created through this adapter is held for moderation. */
  holdNext(): void;
  /** A moderator approves a held comment. */
  approve(thread: string, id: string): void;
  /** A moderator deletes a comment (a tombstone while it has visible replies). */
  moderatorRemove(thread: string, id: string): void;
}

/** Builds the adapter API over a backend, for one viewer (author key). */
export function createStoreAdapter(
  backend: StoreBackend,
  viewer: string,
  options: SimulatedBackendOptions = {},
): StoreAdapter {
  const requiresEmail = options.requiresEmail ?? true;
  const deepestLevel = options.deepestLevel ?? MAX_DEPTH;
  let pendingFailure: AdapterError | undefined;
  let holdNext = false;
  const finish = ownWindow(options);

  async function run<T>(signal: AbortSignal | undefined, operation: () => T): Promise<T> {
    throwIfAborted(signal);
    if (options.latency && options.latency > 0) await sleep(options.latency, signal);
    else await Promise.resolve();
    throwIfAborted(signal);
    if (pendingFailure) {
      const failure = pendingFailure;
      pendingFailure = undefined;
      throw failure;
    }
    return operation();
  }

  return {
    capabilities: {
      requiresEmail,
      replies: true,
      sort: true,
      deepestLevel,
      top: true,
      markdown: true,
      downVotes: options.downVotes ?? false,
    },

    ...readerActions(backend, viewer, options, run),

    list(thread, listOptions = {}): Promise<CommentPage> {
      return run(listOptions.signal, () => {
        const key = normalizeThreadKey(thread);
        const page = backend.read((store) =>
          store.list(key, {...listOptions, replyLimit: options.replyLimit}, viewer),
        );
        page.comments.forEach(finish);
        return page;
      });
    },

    listReplies(thread, parentId, replyOptions = {}) {
      return run(replyOptions.signal, () => {
        const key = normalizeThreadKey(thread);
        const page = backend.read((store) =>
          store.listReplies(key, parentId, replyOptions, viewer),
        );
        page.comments.forEach(finish);
        return page;
      });
    },

    context(thread, id, contextOptions = {}) {
      return run(contextOptions.signal, () => {
        const key = normalizeThreadKey(thread);
        const comments = backend.read((store) =>
          store.context(key, id, options.replyLimit, viewer),
        );
        return {comments: comments.map(finish)};
      });
    },

    count(threads, countOptions = {}) {
      return run(countOptions.signal, () =>
        backend.read((store) => {
          const counts: Record<string, number> = {};
          for (const thread of threads)
            setEntry(counts, thread, store.count(normalizeThreadKey(thread), viewer));
          return counts;
        }),
      );
    },

    create(thread, draft, createOptions) {
      return run(createOptions?.signal, () => {
        const idempotencyKey = createOptions?.idempotencyKey;
        if (
          typeof idempotencyKey !== 'string' ||
          idempotencyKey.length < 1 ||
          idempotencyKey.length > 128
        ) {
          throw new AdapterError(
            'validation',
            'A create needs an idempotency key of 1 to 128 characters.',
            {
              field: 'idempotencyKey',
            },
          );
        }
        const key = normalizeThreadKey(thread);
        const earlier = backend.read((store) => store.findByKey(idempotencyKey, viewer));
        if (earlier) return finish(earlier);
        const clean = checkDraftForServer(draft, {requiresEmail});
        if (draft.antispam && draft.antispam.honeypot !== '') {
          // A bot filled the hidden field: it gets what looks like a held comment, stored nowhere.
          const now = new Date().toISOString();
          return {
            id: `c_${randomId()}`,
            parentId: clean.parentId,
            author: {name: clean.author.name},
            ...writtenText(clean.body),
            createdAt: now,
            status: 'pending',
          };
        }
        const hold = options.moderation === 'all' || holdNext;
        const comment = backend.write((store) =>
          store.create(key, clean, {idempotencyKey, viewer, hold, deepest: deepestLevel}),
        );
        holdNext = false;
        return finish(comment);
      });
    },

    subscribe(thread, onEvent) {
      let key: string;
      try {
        key = normalizeThreadKey(thread);
      } catch {
        return () => {};
      }
      // The view the first page was read from, usually: nothing is copied here.
      let known = backend.read((store) => store.view(key, viewer));
      let active = true;
      const stop = backend.watch(() => {
        if (!active) return;
        const now = backend.read((store) => store.view(key, viewer));
        const events = diff(known, now);
        known = now;
        for (const event of events) {
          if (event.type === 'created' || event.type === 'updated') finish(event.comment);
          if (active) deliver(onEvent, event);
        }
      });
      return () => {
        active = false;
        stop();
      };
    },

    inject(thread, comment) {
      const key = normalizeThreadKey(thread);
      return backend.write((store) => store.put(key, comment));
    },

    failNext(error) {
      pendingFailure = error;
    },

    holdNext() {
      holdNext = true;
    },

    approve(thread, id) {
      const key = normalizeThreadKey(thread);
      backend.write((store) => store.setStatus(key, id, 'published'));
    },

    moderatorRemove(thread, id) {
      const key = normalizeThreadKey(thread);
      backend.write((store) => store.setStatus(key, id, 'deleted'));
    },
  };
}
