import {validationError} from '../http/errors.js';
import {hasControlCharacters, hasLoneSurrogate} from './text.js';

export const MAX_THREAD_KEY = 512;

/**
 * Turns what a page sends into the thread's stored key. Paths lose their
 * query, fragment and trailing slashes so `/a`, `/a/` and `/a?utm=x` are one
 * thread; other keys are only trimmed. Throws a `thread` validation error.
 */
export function normaliseThreadKey(raw: unknown): string {
  if (typeof raw !== 'string') throw validationError('thread', 'A thread key is required.');
  let key = raw.trim();
  if (key.startsWith('/')) {
    key = key.replace(/[?#].*$/s, '');
    key = key.replace(/\/+$/, '') || '/';
  }
  if (!key) throw validationError('thread', 'A thread key is required.');
  if ([...key].length > MAX_THREAD_KEY) {
    throw validationError('thread', `A thread key may be at most ${MAX_THREAD_KEY} characters.`);
  }
  if (hasControlCharacters(key) || hasLoneSurrogate(key)) {
    throw validationError('thread', 'A thread key may not contain control characters.');
  }
  return key;
}
