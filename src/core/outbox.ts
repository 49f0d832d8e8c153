/**
 * Comments written while the browser was offline, kept in `localStorage`
 * until the backend accepts them. Each keeps the idempotency key of the
 * draft it came from, so however many tabs, reloads and retries send it,
 * a backend that honours the key makes one comment.
 */
import type {Comment, NewComment} from './types.js';
import {browserStorage} from './storage.js';

export interface QueuedPost {
  thread: string;
  /** The draft's idempotency key: the entry's identity. */
  key: string;
  comment: NewComment;
  /** The stand-in the list shows meanwhile (`id` is the temporary id). */
  placeholder: Comment;
  queuedAt: number;
}

const prefix = 'natter:outbox:';

/** `natter:outbox:<thread>` */
export const outboxStorageKey = (thread: string) => `${prefix}${thread}`;

function isEntry(value: unknown): value is QueuedPost {
  const entry = value as Partial<QueuedPost> | null;
  return (
    !!entry &&
    typeof entry.thread === 'string' &&
    typeof entry.key === 'string' &&
    entry.key.length > 0 &&
    typeof entry.comment?.body === 'string' &&
    typeof entry.placeholder?.id === 'string' &&
    typeof entry.queuedAt === 'number'
  );
}

/** The queued posts of a thread, oldest first; unreadable entries are left out. */
export function loadOutbox(thread: string, storage = browserStorage()): QueuedPost[] {
  try {
    const raw = storage?.getItem(outboxStorageKey(thread));
    const list: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(list) ? list.filter(isEntry) : [];
  } catch {
    return [];
  }
}

function store(thread: string, entries: QueuedPost[], storage: Storage | undefined): boolean {
  if (!storage) return false;
  try {
    if (entries.length) storage.setItem(outboxStorageKey(thread), JSON.stringify(entries));
    else storage.removeItem(outboxStorageKey(thread));
    return true;
  } catch {
    return false;
  }
}

/**
 * Adds a post (or replaces the one with its key). Returns false when storage
 * refused it: the caller then keeps the draft, which still holds the text.
 */
export function queuePost(entry: QueuedPost, storage = browserStorage()): boolean {
  const others = loadOutbox(entry.thread, storage).filter((queued) => queued.key !== entry.key);
  return store(entry.thread, [...others, entry], storage);
}

/** Forgets a post: once the backend accepted it, or gave it back to its draft. */
export function dequeuePost(thread: string, key: string, storage = browserStorage()): void {
  const left = loadOutbox(thread, storage).filter((queued) => queued.key !== key);
  store(thread, left, storage);
}

/** Whether the browser says it has no connection at all. */
export const isOffline = () => globalThis.navigator?.onLine === false;
