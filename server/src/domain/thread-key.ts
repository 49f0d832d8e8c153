import {validationError} from '../http/errors.js';
import {hasControlCharacters, hasLoneSurrogate} from './text.js';

export const MAX_THREAD_KEY = 512;
/**
 * Longest raw key looked at, in UTF-16 units: room for a 512-character key
 * of astral characters plus a query string and padding. Anything longer is
 * refused before any other work, so no step below sees a huge string.
 */
const MAX_RAW_THREAD_KEY = 4096;

/**
 * Turns what a page sends into the thread's stored key. Paths lose their
 * query, fragment and trailing slashes so `/a`, `/a/` and `/a?utm=x` are one
 * thread; other keys are only trimmed. Throws a `thread` validation error.
 */
export function normaliseThreadKey(raw: unknown): string {
  if (typeof raw !== 'string') throw validationError('thread', 'A thread key is required.');
  if (raw.length > MAX_RAW_THREAD_KEY) throw tooLong();
  let key = raw.trim();
  if (key.startsWith('/')) {
    const cut = key.search(/[?#]/);
    if (cut >= 0) key = key.slice(0, cut);
    key = trimTrailingSlashes(key) || '/';
  }
  if (!key) throw validationError('thread', 'A thread key is required.');
  if ([...key].length > MAX_THREAD_KEY) throw tooLong();
  if (hasControlCharacters(key) || hasLoneSurrogate(key)) {
    throw validationError('thread', 'A thread key may not contain control characters.');
  }
  return key;
}

/** One pass from the end; a `/\/+$/` search is quadratic on a long run of slashes. */
function trimTrailingSlashes(key: string): string {
  let end = key.length;
  while (end > 0 && key.charCodeAt(end - 1) === 0x2f) end--;
  return key.slice(0, end);
}

function tooLong() {
  return validationError('thread', `A thread key may be at most ${MAX_THREAD_KEY} characters.`);
}
