import {randomId} from '../../core/random-id.js';
import {browserStorage} from '../../core/storage.js';

/** The `localStorage` key that holds this browser's author token. */
export const AUTHOR_TOKEN_KEY = 'natter:author';

// Header-safe and long enough to be unguessable; anything else in storage is
// treated as junk (an edited or truncated value) and replaced.
const VALID_TOKEN = /^[A-Za-z0-9_-]{16,128}$/;

let memoryToken: string | undefined;

/**
 * A random token that identifies this browser (not the person) to a backend,
 * so it can show a writer their own held comments. Created on first use and
 * kept in `localStorage` under `natter:author`; where storage is blocked it
 * lives in memory for the life of the page.
 *
 * @param storage Where to keep it; defaults to `localStorage`.
 */
export function getAuthorToken(storage: Storage | undefined = browserStorage()): string {
  if (storage) {
    try {
      const stored = storage.getItem(AUTHOR_TOKEN_KEY);
      if (stored && VALID_TOKEN.test(stored)) return stored;
      const token = memoryToken ?? newToken();
      storage.setItem(AUTHOR_TOKEN_KEY, token);
      memoryToken = token;
      return token;
    } catch {
      // Fall through to the in-memory token: a full or blocked storage must not stop posting.
    }
  }
  memoryToken ??= newToken();
  return memoryToken;
}

function newToken(): string {
  return randomId().replace(/[^A-Za-z0-9]/g, '');
}
