import {AdapterError} from '../errors.js';

/** Longest thread key the reference server accepts (docs/protocol.md). */
export const MAX_THREAD_KEY_LENGTH = 512;

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

/**
 * The key under which a thread is stored, following the reference server's
 * rules so the in-browser adapters agree with it: a path (`/…`) loses its
 * query, fragment and trailing slashes; any other key is trimmed.
 *
 * @throws AdapterError `validation` (field `thread`) for an empty, overlong or
 *   control-character key.
 */
export function normalizeThreadKey(raw: unknown): string {
  if (typeof raw !== 'string') {
    throw new AdapterError('validation', 'The thread key must be a string.', {field: 'thread'});
  }
  let key = raw.trim();
  if (key.startsWith('/')) {
    key = key.replace(/[?#].*$/s, '').replace(/\/+$/, '');
    if (key === '') key = '/';
  }
  if (key === '' || key.length > MAX_THREAD_KEY_LENGTH || CONTROL.test(key)) {
    throw new AdapterError(
      'validation',
      `The thread key must be 1 to ${MAX_THREAD_KEY_LENGTH} characters without control characters.`,
      {field: 'thread'},
    );
  }
  return key;
}

/**
 * Sets `record[key]` as an own property. Thread keys are arbitrary text, and
 * a plain assignment of `__proto__` would change the object's prototype
 * instead of adding an entry.
 */
export function setEntry<T>(record: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(record, key, {value, enumerable: true, writable: true, configurable: true});
}
