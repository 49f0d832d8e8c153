/**
 * Turns a plain-text comment into paragraphs, lines and link segments.
 * DOM-free and never parses HTML: the result is data that templates render
 * with text bindings, so `<img onerror=…>` in a comment stays visible text.
 */
import {safeUrl} from './url.js';

export interface TextSegment {
  kind: 'text';
  text: string;
}

export interface LinkSegment {
  kind: 'link';
  /** What the reader sees: the URL as written. */
  text: string;
  /** A normalised http(s) URL from `safeUrl`. */
  href: string;
}

export type Segment = TextSegment | LinkSegment;
/** One line of a paragraph. */
export type Line = Segment[];
/** Lines separated by single line breaks. */
export type Paragraph = Line[];

// A URL starts with a scheme or "www." not glued to a preceding word, and
// runs to the next white space or character that cannot be in a bare URL.
const URL_START = /(?<![\p{L}\p{N}_@./-])(?:https?:\/\/|www\.)[^\s<>"`]+/giu;
const TRAILING = /[.,;:!?'*…»”’]$/u;
const CLOSERS: Record<string, string> = {')': '(', ']': '[', '}': '{'};

function count(text: string, char: string): number {
  let n = 0;
  for (let i = text.indexOf(char); i >= 0; i = text.indexOf(char, i + 1)) n++;
  return n;
}

/**
 * Drops sentence punctuation after a URL, keeping balanced brackets
 * (Wikipedia-style links). Brackets are counted once, so a URL followed by
 * thousands of `)` costs one pass, not one count per character.
 */
function trimUrl(candidate: string): string {
  const end0 = candidate[candidate.length - 1];
  // Most URLs end in neither: nothing to count.
  if (!TRAILING.test(end0) && !Object.hasOwn(CLOSERS, end0)) return candidate;
  const counts: Record<string, number> = {};
  for (const [closer, opener] of Object.entries(CLOSERS)) {
    counts[closer] = count(candidate, closer);
    counts[opener] = count(candidate, opener);
  }
  let end = candidate.length;
  for (;;) {
    const last = candidate[end - 1];
    if (last !== undefined && TRAILING.test(last)) {
      end--;
      continue;
    }
    const opener = CLOSERS[last];
    if (opener && counts[opener] < counts[last]) {
      counts[last]--;
      end--;
      continue;
    }
    return candidate.slice(0, end);
  }
}

function pushText(line: Line, text: string): void {
  if (!text) return;
  const last = line[line.length - 1];
  if (last && last.kind === 'text') last.text += text;
  else line.push({kind: 'text', text});
}

/** Splits one line into text and link segments. */
export function linkifyLine(text: string): Line {
  const line: Line = [];
  let from = 0;
  URL_START.lastIndex = 0;
  for (let match = URL_START.exec(text); match; match = URL_START.exec(text)) {
    const url = trimUrl(match[0]);
    const start = match.index;
    const href = url.length > 4 ? safeUrl(/^www\./i.test(url) ? `https://${url}` : url) : undefined;
    // "www." alone, or "http://" with nothing after it, stays text.
    if (!href || /^(?:https?:\/\/|www\.)$/i.test(url)) continue;
    pushText(line, text.slice(from, start));
    line.push({kind: 'link', text: url, href});
    from = start + url.length;
    URL_START.lastIndex = from;
  }
  pushText(line, text.slice(from));
  return line;
}

/**
 * Paragraphs come from blank lines, single line breaks are kept as lines,
 * and http(s) or www. addresses become links. White space at either end of
 * the text and of each paragraph is dropped.
 */
export function linkify(text: string): Paragraph[] {
  const normalised = text.replace(/\r\n?/g, '\n').trim();
  if (!normalised) return [];
  return normalised
    .split(/\n[^\S\n]*\n\s*/)
    .map((block) => block.trim())
    .filter((block) => block.length > 0)
    .map((block) => block.split('\n').map(linkifyLine));
}

/** Whether the body is one plain line (lets the renderer take its fastest path). */
export function isPlain(paragraphs: Paragraph[]): boolean {
  return (
    paragraphs.length === 1 &&
    paragraphs[0].length === 1 &&
    paragraphs[0][0].every((s) => s.kind === 'text')
  );
}
