/**
 * The reference server's limits on a comment (docs/protocol.md), the one
 * table both the reply form and the in-browser backends check against.
 */
export const limits = {
  /** Unicode code points, after trimming. */
  body: 5000,
  /** UTF-8 bytes of the body, after trimming. */
  bodyBytes: 20000,
  name: 80,
  email: 254,
  url: 2000,
} as const;

/** Length as a person counts characters: an emoji is one, not two UTF-16 units. */
export function codePointLength(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

// One `@` with something on either side and no white space: what the server
// checks. Anything stricter refuses real addresses.
export const EMAIL = /^[^\s@]+@[^\s@]+$/;
