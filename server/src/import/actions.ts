import type {StoredStatus} from '../db/schema.js';

/** A comment as a source file gives it, ready to store. */
export interface SourceComment {
  /** Where it starts in the file, for errors. */
  line: number;
  /** Its id in the source; parents are found by it. */
  sourceId: string;
  parentSourceId: string | null;
  /** Normalised thread key. */
  thread: string;
  /** The id it gets here: kept from a Natter file, else derived from the source. */
  id: string;
  idempotencyKey: string | null;
  name: string;
  url: string | null;
  /** Stored only as a keyed hash. */
  email: string | null;
  body: string;
  /** The Markdown source `body` was made from, when the source kept one (Natter exports). */
  markdown?: string | null;
  /** ISO 8601 UTC with milliseconds. */
  createdAt: string;
  editedAt: string | null;
  status: StoredStatus;
}

export type SkipReason = 'pingbacks' | 'spam' | 'trash' | 'other';

/**
 * What a source reader hands the writer, in file order. A scope is a span
 * of the file (a post, a thread) that every reply's parent must be inside.
 */
export type ImportAction =
  | {type: 'comment'; comment: SourceComment}
  | {
      type: 'skip';
      line: number;
      sourceId: string;
      parentSourceId: string | null;
      reason: SkipReason;
    }
  | {type: 'close-thread'; thread: string; closedAt: string}
  | {type: 'end-scope'};

/** A reader yields the actions of each chunk of the file it has parsed. */
export type SourceReader = (file: string) => AsyncIterable<ImportAction[]>;

/** An error that names the file and line, as every import error does. */
export function lineError(file: string, line: number, reason: string): Error {
  return new Error(`${file} line ${line}: ${reason}`);
}

/** Parses a date the source gives; a bad one stops the import at its line. */
export function isoDate(file: string, line: number, value: string, what: string): string {
  const time = Date.parse(value);
  if (!value || Number.isNaN(time)) {
    throw lineError(file, line, `${what} ${JSON.stringify(value)} is not a date.`);
  }
  return new Date(time).toISOString();
}

/** A website address kept only when it is a plain http(s) URL. */
export function httpUrl(value: string | undefined): string | null {
  const text = value?.trim() ?? '';
  if (!/^https?:\/\//i.test(text)) return null;
  try {
    new URL(text);
    return text;
  } catch {
    return null;
  }
}
