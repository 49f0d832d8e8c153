import {AdapterError} from '../errors.js';

/** Longest thread key the reference server accepts (docs/protocol.md). */
export const MAX_THREAD_KEY_LENGTH = 512;

// C0 controls, DEL and C1 controls, as the reference server refuses them.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
/** Half of a surrogate pair on its own (with the u flag a whole pair is one character). */
const LONE_SURROGATE = /[\ud800-\udfff]/u;

/**
 * The key under which a thread is stored, following the reference server's
 * rules so the in-browser adapters agree with it: a path (`/…`) loses its
 * query, fragment and trailing slashes; any other key is trimmed. Length is
 * counted in characters (code points), as the server counts it. The
 * conformance suite holds both to the same answers (cases-thread-keys.ts).
 *
 * @throws AdapterError `validation` (field `thread`) for an empty or overlong
 *   key, or one with control characters or half a surrogate pair.
 */
export function normalizeThreadKey(raw: unknown): string {
  if (typeof raw !== 'string') {
    throw new AdapterError('validation', 'The thread key must be a string.', {field: 'thread'});
  }
  // Refused before any other work, so nothing below scans a huge string.
  if (raw.length > MAX_RAW_LENGTH) throw invalid();
  let key = raw.trim();
  if (key.startsWith('/')) {
    const cut = key.search(/[?#]/);
    if (cut >= 0) key = key.slice(0, cut);
    // One pass from the end: a `/\/+$/` search is quadratic on a run of slashes.
    let end = key.length;
    while (end > 0 && key.charCodeAt(end - 1) === 0x2f) end--;
    key = key.slice(0, end) || '/';
  }
  if (key === '' || [...key].length > MAX_THREAD_KEY_LENGTH) throw invalid();
  if (CONTROL.test(key) || LONE_SURROGATE.test(key)) throw invalid();
  return key;
}

/** Room for the longest key plus a query string; the server uses the same bound. */
const MAX_RAW_LENGTH = 4096;

function invalid(): AdapterError {
  return new AdapterError(
    'validation',
    `The thread key must be 1 to ${MAX_THREAD_KEY_LENGTH} characters without control characters.`,
    {field: 'thread'},
  );
}
