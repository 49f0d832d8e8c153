/**
 * An author's name as the widget shows it. Names are not verified, so what
 * matters is that the reader sees what the text really is: two names that
 * differ only by an invisible character must not look the same, a name made
 * of invisible characters must not look empty, and a name must not reorder
 * its own letters. The name is shown in `<bdi>` (isolated from the text
 * around it); these rules deal with what is inside.
 */

/** The marker that stands for an invisible character, so look-alike names look different. */
export const INVISIBLE_MARKER = '\ufffd';

// Bidi embeddings, overrides, isolates and marks. The name is isolated and
// gets its direction from its own letters, so these can only reorder it
// (U+202E turns "gnp.exe" into "exe.png").
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

// Characters that draw nothing (or a blank) and have no use in a name:
// control characters, zero-width space, word joiner, invisible operators,
// BOM, soft hyphen, Hangul fillers, braille blank, interlinear annotation
// marks, the combining grapheme joiner, Khmer inherent vowels, Mongolian
// selectors (combining marks, kept out of the class so they stand alone),
// and tag characters outside a flag emoji.
const INVISIBLE =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000e-\u001f\u007f-\u009f\u00ad\u115f\u1160\u200b\u2060-\u2064\u2800\u3164\ufeff\uffa0\ufff9-\ufffb]|\u034f|\u17b4|\u17b5|[\u180b-\u180f]|[\u{e0000}-\u{e007f}]/gu;

// A flag emoji's tag sequence, matched whole and kept. Matching it as one run
// (rather than looking behind from every tag character) keeps long runs of
// tag characters linear.
const FLAG_TAGS = /\u{1f3f4}[\u{e0020}-\u{e007e}]*[\u{e0000}-\u{e007f}]?/u;
const FLAG_OR_INVISIBLE = new RegExp(`${FLAG_TAGS.source}|${INVISIBLE.source}`, 'gu');

// Joiners are kept where a script or an emoji sequence uses them (after a
// letter, mark or emoji, before more text). After Latin, Greek or Cyrillic
// letters, or anything else, they only hide a difference.
const IDLE_JOINER =
  /(?<![\p{L}\p{M}\p{Extended_Pictographic}\p{Emoji_Modifier}\ufe0f])[\u200c\u200d]|(?<=[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}])[\u200c\u200d]|[\u200c\u200d](?=$|\s)/gu;

// More than four combining marks on one letter is never needed to write a
// name and paints over the lines around it ("Zalgo" text).
const STACKED_MARKS = /(\p{M}{4})\p{M}+/gu;

/**
 * The name to show: bidi controls removed, invisible characters replaced by
 * `INVISIBLE_MARKER`, stacked combining marks cut to four, white space at
 * either end trimmed. Empty when nothing visible is left (the widget then
 * shows its "Anonymous" text).
 */
export function displayName(raw: unknown): string {
  if (typeof raw !== 'string') return '';
  const name = raw
    .replace(BIDI_CONTROLS, '')
    .replace(FLAG_OR_INVISIBLE, (found) =>
      found.startsWith('\u{1f3f4}') ? found : INVISIBLE_MARKER,
    )
    .replace(IDLE_JOINER, INVISIBLE_MARKER)
    .replace(STACKED_MARKS, '$1')
    .trim();
  return name;
}
