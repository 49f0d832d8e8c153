/**
 * The generated avatar shown when an author has no image (or it fails to
 * load): their initials on a colour picked from a hash of the name, so one
 * person keeps one colour across comments and page loads.
 */

/**
 * Background colours of generated avatars. Each one gives white initials a
 * contrast ratio above 5:1 (WCAG AA for small text).
 */
export const AVATAR_COLOURS = [
  '#a3262f',
  '#a8431a',
  '#8a5300',
  '#5f6b00',
  '#2e7d32',
  '#00695c',
  '#00647f',
  '#1f5aa8',
  '#4a40c4',
  '#6d3fa0',
  '#8e2b77',
  '#6b4a3a',
] as const;

const WORD_START = /[\p{L}\p{N}]/u;

/** First letter of the first and last words ("Ada Lovelace" → "AL"); "?" when there is none. */
export function initials(name: string, lang?: string): string {
  const letters: string[] = [];
  for (const word of name.trim().split(/\s+/)) {
    for (const char of word) {
      if (WORD_START.test(char)) {
        letters.push(char);
        break;
      }
    }
  }
  if (!letters.length) return '?';
  const picked = letters.length > 1 ? letters[0] + letters[letters.length - 1] : letters[0];
  try {
    return picked.toLocaleUpperCase(lang);
  } catch {
    return picked.toUpperCase(); // an invalid language tag
  }
}

/** FNV-1a over the normalised name: small, fast and evenly spread. */
export function nameHash(name: string): number {
  const key = name.trim().toLowerCase();
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Index into `AVATAR_COLOURS` for a name. */
export function avatarColourIndex(name: string): number {
  return nameHash(name) % AVATAR_COLOURS.length;
}
