import type {Context} from 'hono';
import {HttpError, validationError} from './errors.js';
import {findDuplicateName} from './json-names.js';

/** Refuses writes that are not JSON: a cross-site HTML form cannot send `application/json`. */
export function requireJson(c: Context): void {
  const type = c.req.header('Content-Type')?.split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') {
    throw new HttpError(
      415,
      'unsupported-media-type',
      'Send the comment as JSON (Content-Type: application/json).',
    );
  }
}

/**
 * The request body as a JSON object, or a 400 `invalid-json`. Bytes that are
 * not UTF-8 and objects that name a member twice are refused rather than
 * read one way or another: decoding would turn the bad bytes into U+FFFD,
 * and JSON.parse would keep the last of the duplicates without a word.
 */
export async function readJsonObject(c: Context): Promise<Record<string, unknown>> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', {fatal: true}).decode(await c.req.arrayBuffer());
  } catch {
    throw new HttpError(400, 'invalid-json', 'The request body is not UTF-8 text.');
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new HttpError(400, 'invalid-json', 'The request body is not valid JSON.');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new HttpError(400, 'invalid-json', 'The request body must be a JSON object.');
  }
  const twice = findDuplicateName(text);
  if (twice !== undefined) {
    throw new HttpError(
      400,
      'invalid-json',
      `The request body names "${twice.slice(0, 40)}" twice in one object.`,
    );
  }
  return value as Record<string, unknown>;
}

/** A `limit` query parameter: an integer from 1 to `max`. */
export function readLimit(raw: string | undefined, fallback: number, max: number): number {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || !Number.isInteger(value) || value < 1 || value > max) {
    throw validationError('limit', `limit must be a whole number from 1 to ${max}.`);
  }
  return value;
}

/** A path parameter that names a comment; anything else cannot exist. */
export function readCommentId(raw: string): string {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(raw)) {
    throw new HttpError(404, 'not-found', 'There is no such comment.');
  }
  return raw;
}
