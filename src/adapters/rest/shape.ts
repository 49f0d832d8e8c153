/** Reading what the reference server sends: its base URL, records, comment lists, cursors. */
import type {Comment} from '../../core/types.js';
import {readServerComment} from './comment.js';
import {AdapterError} from '../errors.js';

export function baseUrl(endpoint: string): string {
  let url: URL;
  try {
    url = new URL(endpoint, globalThis.location?.href);
  } catch {
    throw new TypeError(`Natter: the endpoint "${endpoint}" is not a URL.`);
  }
  url.search = '';
  url.hash = '';
  return url.href.replace(/\/+$/, '');
}

export function malformed(what: string): AdapterError {
  return new AdapterError('server', `The comments server sent ${what}.`);
}

export function record(data: unknown): Record<string, unknown> {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw malformed('a reply of the wrong shape');
  }
  return data as Record<string, unknown>;
}

/** A list of comments; one that cannot be read is left out rather than failing the page. */
export function readCommentList(value: unknown, base: string): Comment[] {
  if (!Array.isArray(value)) throw malformed('a list of comments that is not a list');
  const comments: Comment[] = [];
  for (const item of value) {
    const comment = readServerComment(item, {base});
    if (comment) comments.push(comment);
  }
  return comments;
}

/** A page cursor: a non-empty string, else none. */
export const readCursor = (value: unknown) =>
  typeof value === 'string' && value !== '' ? value : undefined;
