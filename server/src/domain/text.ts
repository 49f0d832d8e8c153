// C0 controls, DEL and C1 controls.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

// The same minus tab and line feed, which a comment's text may keep.
// eslint-disable-next-line no-control-regex
const DROPPED_FROM_TEXT = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

/** A body as stored: control characters other than tab and line feed removed (CR LF becomes LF). */
export function dropControlCharacters(text: string): string {
  return text.replace(DROPPED_FROM_TEXT, '');
}

export function hasControlCharacters(text: string): boolean {
  return CONTROL.test(text);
}

/** PostgreSQL text cannot hold U+0000, so it is refused everywhere for the same behaviour on both databases. */
export function hasNul(text: string): boolean {
  return text.includes('\u0000');
}

/** Length in Unicode code points, the unit the protocol's limits use. */
export function codePointLength(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

export function utf8Length(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** True when the string holds a lone UTF-16 surrogate, which no database can store faithfully. */
export function hasLoneSurrogate(text: string): boolean {
  return /[\ud800-\udfff]/u.test(text);
}
