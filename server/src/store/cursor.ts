import {validationError} from '../http/errors.js';

/** A keyset position: the last row of a page. */
export interface Cursor {
  createdAt: string;
  id: string;
}

/** The forms of a comment's time and id inside a cursor. */
export const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
export const ID = /^[A-Za-z0-9_-]{1,64}$/;

export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.createdAt, cursor.id])).toString('base64url');
}

/** Reads a cursor a client sent back; anything that is not one of ours is a `cursor` validation error. */
export function decodeCursor(raw: string | undefined): Cursor | undefined {
  if (raw === undefined) return undefined;
  const value = readCursor(raw);
  if (
    !Array.isArray(value) ||
    value.length !== 2 ||
    typeof value[0] !== 'string' ||
    typeof value[1] !== 'string' ||
    !ISO.test(value[0]) ||
    !ID.test(value[1])
  ) {
    throw validationError('cursor', 'The page cursor is not valid.');
  }
  return {createdAt: value[0], id: value[1]};
}

/** The JSON inside a cursor a client sent back; a `cursor` validation error when there is none. */
export function readCursor(raw: string): unknown {
  try {
    if (!/^[A-Za-z0-9_-]{1,400}$/.test(raw)) throw new Error('not base64url');
    return JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    throw validationError('cursor', 'The page cursor is not valid.');
  }
}
