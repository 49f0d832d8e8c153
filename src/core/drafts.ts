/**
 * Unsent comments, kept in `localStorage` per thread and per parent so that a
 * reload, a crash or a closed tab loses nothing. A draft also holds the
 * idempotency key of its post: every retry, in this tab, after a reload or in
 * a second tab that restored the same draft, reuses it, so a backend that
 * honours the key makes one comment however often the person presses Post.
 * The name, email and website are not part of a draft: they are remembered
 * (or not) by `identity.ts`, with the person's consent.
 */
import {randomId} from './random-id.js';
import {browserStorage} from './storage.js';

/** A random UUID (see random-id.ts). */
export const randomKey = randomId;

export interface Draft {
  body: string;
  /** Sent with every attempt to post this draft; replaced only after success. */
  idempotencyKey: string;
  /** When the person began the draft (ms since the epoch), for `antispam.elapsedMs`. */
  startedAt: number;
}

const prefix = 'natter:draft:';

/** `natter:draft:<thread>:<parentId|root>` */
export function draftStorageKey(thread: string, parentId: string | null): string {
  return `${prefix}${thread}:${parentId ?? 'root'}`;
}

/** A fresh, empty draft with its own key. */
export function newDraft(now = Date.now()): Draft {
  return {body: '', idempotencyKey: randomId(), startedAt: now};
}

/** The stored draft, or `undefined` when there is none or it is unreadable. */
export function loadDraft(
  thread: string,
  parentId: string | null,
  storage = browserStorage(),
): Draft | undefined {
  try {
    const raw = storage?.getItem(draftStorageKey(thread, parentId));
    if (!raw) return undefined;
    const data = JSON.parse(raw) as Partial<Draft> | null;
    if (
      !data ||
      typeof data.body !== 'string' ||
      typeof data.idempotencyKey !== 'string' ||
      !data.idempotencyKey ||
      typeof data.startedAt !== 'number' ||
      !Number.isFinite(data.startedAt)
    ) {
      return undefined;
    }
    return {body: data.body, idempotencyKey: data.idempotencyKey, startedAt: data.startedAt};
  } catch {
    return undefined;
  }
}

/** Stores the draft. Returns false when storage refused it (the caller keeps it in memory). */
export function saveDraft(
  thread: string,
  parentId: string | null,
  draft: Draft,
  storage = browserStorage(),
): boolean {
  if (!storage) return false;
  const data: Draft = {
    body: draft.body,
    idempotencyKey: draft.idempotencyKey,
    startedAt: draft.startedAt,
  };
  try {
    storage.setItem(draftStorageKey(thread, parentId), JSON.stringify(data));
    return true;
  } catch {
    return false;
  }
}

/** Removes the stored draft: call only once the backend has accepted it. */
export function clearDraft(
  thread: string,
  parentId: string | null,
  storage = browserStorage(),
): void {
  try {
    storage?.removeItem(draftStorageKey(thread, parentId));
  } catch {
    // Storage we cannot reach holds nothing of ours.
  }
}
