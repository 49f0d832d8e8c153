/** The in-browser store's data: plain JSON, so the local adapter can persist it as is. */
import type {Author, CommentStatus} from '../../core/types.js';

/** A comment as the in-browser store keeps it: the public fields plus bookkeeping. */
export interface StoredComment {
  id: string;
  parentId: string | null;
  author: Author;
  body: string;
  /** The text as written, where it was written in Markdown; `body` is then its plain text. */
  markdown?: string;
  createdAt: string;
  status: CommentStatus;
  /** Insertion order, which breaks ties between equal timestamps. */
  seq: number;
  /** Who wrote it; a held comment is shown only to this viewer. */
  authorKey?: string;
  /** When its author last changed the text. */
  editedAt?: string;
  /** Every vote cast on it, oldest first (see store-votes.ts). */
  ballots?: Ballot[];
}

/** A vote as cast: the last one per voter counts, 0 takes it back (see store-votes.ts). */
export type Ballot = [voter: string, value: 1 | -1 | 0, seq: number];

/** Plain JSON, so the local adapter can persist it as is. */
export interface StoreData {
  version: 1;
  seq: number;
  threads: Record<string, StoredComment[]>;
  /** Idempotency key → the comment its first request made. */
  keys: Record<string, {thread: string; id: string}>;
}

export function emptyStoreData(): StoreData {
  // No prototype: thread keys and idempotency keys are arbitrary text (`__proto__` included).
  return {version: 1, seq: 0, threads: Object.create(null), keys: Object.create(null)};
}
