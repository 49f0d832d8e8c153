import type {SortOrder} from '../../core/types.js';
import {AdapterError} from '../errors.js';

/** Where a comment sits in a thread's order: its time, then insertion order. */
export interface Position {
  createdAt: string;
  seq: number;
}

/**
 * Cursors name the last item of a page rather than an offset, so a comment
 * posted while someone reads does not shift the next page (no duplicates,
 * none skipped).
 */
export function encodeCursor(position: Position): string {
  return btoa(JSON.stringify([position.createdAt, position.seq]));
}

/** @throws AdapterError `validation` (field `cursor`) for anything not made by `encodeCursor`. */
export function decodeCursor(cursor: string): Position {
  try {
    const value: unknown = JSON.parse(atob(cursor));
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      typeof value[0] === 'string' &&
      Number.isInteger(value[1])
    ) {
      return {createdAt: value[0], seq: value[1] as number};
    }
  } catch {
    // Reported below like any other unreadable cursor.
  }
  throw new AdapterError('validation', 'The page cursor is not valid.', {field: 'cursor'});
}

/** Whether `item` comes after `from` in the given order. */
export function isAfter(
  item: Position,
  from: Position,
  sort: SortOrder,
  compare: (a: Position, b: Position) => number,
): boolean {
  const order = compare(item, from);
  return sort === 'newest' ? order < 0 : order > 0;
}
