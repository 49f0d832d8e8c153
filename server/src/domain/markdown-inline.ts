/** Inline part of the Markdown subset's plain text: see `markdownToText`. */

const PUNCTUATION = /[!-/:-@[-`{-~]/;
const SPACE = /\s/;
/** Link targets that become links; any other scheme stays literal text. */
const LINK_TARGET = /^(?:https?:\/\/|mailto:)[^\s()<>]+$/i;

interface Run {
  char: '*' | '_';
  /** Markers of the run not paired (yet): written out as literal text. */
  left: number;
  canOpen: boolean;
  canClose: boolean;
}

type Part = string | Run;

/**
 * One line's text with emphasis and strong markers, code-span backticks and
 * backslash escapes taken out, and `[text](url)` written `text (url)`.
 * Markers that pair with nothing stay as typed. Linear apart from the
 * search for a run's partner, which stops at the first match.
 */
export function inlineText(line: string): string {
  const parts: Part[] = [];
  let i = 0;
  let plain = '';
  const flush = () => {
    if (plain) parts.push(plain);
    plain = '';
  };
  while (i < line.length) {
    const ch = line[i];
    if (ch === '\\' && i + 1 < line.length && PUNCTUATION.test(line[i + 1])) {
      plain += line[i + 1];
      i += 2;
    } else if (ch === '`') {
      const ticks = runLength(line, i, '`');
      const close = closingTicks(line, i + ticks, ticks);
      if (close < 0) {
        plain += line.slice(i, i + ticks);
        i += ticks;
      } else {
        plain += line.slice(i + ticks, close);
        i = close + ticks;
      }
    } else if (ch === '!' && line[i + 1] === '[') {
      // Images are not in the subset: their syntax stays literal.
      plain += '![';
      i += 2;
    } else if (ch === '[') {
      const link = readLink(line, i);
      if (link) {
        plain += `${inlineText(link.text)} (${link.url})`;
        i = link.end;
      } else {
        plain += ch;
        i++;
      }
    } else if (ch === '*' || ch === '_') {
      flush();
      const length = runLength(line, i, ch);
      parts.push(delimiterRun(line, i, length, ch));
      i += length;
    } else {
      plain += ch;
      i++;
    }
  }
  flush();
  pairRuns(parts);
  return parts
    .map((part) => (typeof part === 'string' ? part : part.char.repeat(part.left)))
    .join('');
}

function runLength(text: string, from: number, ch: string): number {
  let end = from;
  while (text[end] === ch) end++;
  return end - from;
}

/** Start of the next run of exactly `ticks` backticks, or -1. */
function closingTicks(text: string, from: number, ticks: number): number {
  let at = text.indexOf('`', from);
  while (at >= 0) {
    const length = runLength(text, at, '`');
    if (length === ticks) return at;
    at = text.indexOf('`', at + length);
  }
  return -1;
}

function readLink(text: string, open: number): {text: string; url: string; end: number} | null {
  const close = text.indexOf(']', open + 1);
  if (close < 0 || text[close + 1] !== '(') return null;
  const end = text.indexOf(')', close + 2);
  if (end < 0) return null;
  const url = text.slice(close + 2, end).trim();
  if (!LINK_TARGET.test(url)) return null;
  return {text: text.slice(open + 1, close), url, end: end + 1};
}

/** Whether a run may open or close emphasis, from the characters around it (CommonMark's flanking rules). */
function delimiterRun(text: string, at: number, length: number, char: '*' | '_'): Run {
  const before = at > 0 ? text[at - 1] : ' ';
  const after = at + length < text.length ? text[at + length] : ' ';
  const spaceBefore = SPACE.test(before);
  const spaceAfter = SPACE.test(after);
  const punctBefore = PUNCTUATION.test(before);
  const punctAfter = PUNCTUATION.test(after);
  const leftFlanking = !spaceAfter && (!punctAfter || spaceBefore || punctBefore);
  const rightFlanking = !spaceBefore && (!punctBefore || spaceAfter || punctAfter);
  // An underscore inside a word (snake_case) is no marker.
  const canOpen = char === '*' ? leftFlanking : leftFlanking && (!rightFlanking || punctBefore);
  const canClose = char === '*' ? rightFlanking : rightFlanking && (!leftFlanking || punctAfter);
  return {char, left: length, canOpen, canClose};
}

/** Pairs closers with the nearest open run of the same character, two markers (strong) or one at a time. */
function pairRuns(parts: Part[]): void {
  const openers: Run[] = [];
  for (const part of parts) {
    if (typeof part === 'string') continue;
    if (part.canClose) {
      for (let k = openers.length - 1; k >= 0 && part.left > 0; k--) {
        const opener = openers[k];
        if (opener.char !== part.char) continue;
        const used = opener.left >= 2 && part.left >= 2 ? 2 : 1;
        opener.left -= used;
        part.left -= used;
        // Runs between the pair can no longer open anything.
        openers.length = opener.left > 0 ? k + 1 : k;
        k = openers.length;
      }
    }
    if (part.canOpen && part.left > 0) openers.push(part);
  }
}
