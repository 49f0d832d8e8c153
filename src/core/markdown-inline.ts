/**
 * The inline part of Natter's Markdown subset: `*em*`, `**strong**` (and
 * with `_`), code spans, `[text](url)` links, backslash escapes and line
 * breaks, then bare URLs as linkify finds them. Emphasis follows
 * CommonMark's delimiter rules with its "openers bottom" bound, code spans
 * find their closing run through an index of runs, and link targets through
 * parentheses matched in one pass, so every input is parsed in linear time.
 */
import {buildTree, resolveEmphasis, type Delimiter, type Piece} from './markdown-emphasis.js';
import type {Inline} from './markdown-tree.js';
import {limits} from './limits.js';
import {safeUrl} from './url.js';

interface Bracket {
  /** Where its `[` text sits among the pieces. */
  at: number;
  image: boolean;
  /** Brackets opened before the last link was made cannot make links (no links in links). */
  order: number;
  bottom: Delimiter | null;
}

const PUNCTUATION = /[\p{P}\p{S}]/u;
const SPACE = /\s/u;
const LINK_START = /^(?:https?:\/\/|mailto:)/i;
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;

const SPACE_KIND = 0;
const PUNCTUATION_KIND = 1;
const OTHER_KIND = 2;

/** Space, punctuation or other, for the character (code point) `code`; -1 is the text's edge. */
function kindOf(code: number): number {
  if (code < 0) return SPACE_KIND;
  if (code < 128) {
    if (code === 32 || (code >= 9 && code <= 13)) return SPACE_KIND;
    return ASCII_PUNCTUATION.test(String.fromCharCode(code)) ? PUNCTUATION_KIND : OTHER_KIND;
  }
  const char = String.fromCodePoint(code);
  if (SPACE.test(char)) return SPACE_KIND;
  return PUNCTUATION.test(char) ? PUNCTUATION_KIND : OTHER_KIND;
}

/** The code point ending just before `at` (a whole surrogate pair), or -1. */
function codeBefore(text: string, at: number): number {
  if (at <= 0) return -1;
  const code = text.charCodeAt(at - 1);
  const pair = code >= 0xdc00 && code <= 0xdfff && at >= 2;
  return pair ? text.codePointAt(at - 2)! : code;
}

/** For each `(`, the index of its `)` when the two are on one run without white space. */
function matchParentheses(text: string): Int32Array {
  const match = new Int32Array(text.length).fill(-1);
  const open: number[] = [];
  for (let at = 0; at < text.length; at++) {
    const char = text[at];
    if (char === '\\' && ASCII_PUNCTUATION.test(text[at + 1] ?? '')) at++;
    else if (char === '(') open.push(at);
    else if (char === ')') {
      if (open.length) match[open.pop()!] = at;
    } else if (char === '<' || SPACE.test(char)) open.length = 0;
  }
  return match;
}

/** Start indexes of backtick runs, by run length, each with a read position. */
function indexBacktickRuns(text: string): Map<number, {starts: number[]; next: number}> {
  const runs = new Map<number, {starts: number[]; next: number}>();
  for (let at = text.indexOf('`'); at >= 0; at = text.indexOf('`', at)) {
    const start = at;
    while (text[at] === '`') at++;
    const length = at - start;
    let list = runs.get(length);
    if (!list) runs.set(length, (list = {starts: [], next: 0}));
    list.starts.push(start);
  }
  return runs;
}

function unescape(text: string): string {
  let out = '';
  for (let at = 0; at < text.length; at++) {
    if (text[at] === '\\' && ASCII_PUNCTUATION.test(text[at + 1] ?? '')) at++;
    out += text[at];
  }
  return out;
}

function codeText(raw: string): string {
  const text = raw.replace(/\n/g, ' ');
  const padded = text.length > 2 && text[0] === ' ' && text[text.length - 1] === ' ';
  return padded && text.trim() ? text.slice(1, -1) : text;
}

function delimiterRun(text: string, start: number, end: number): Delimiter {
  const char = text[start];
  const before = kindOf(codeBefore(text, start));
  const after = kindOf(end < text.length ? text.codePointAt(end)! : -1);
  const left =
    after !== SPACE_KIND &&
    (after !== PUNCTUATION_KIND || before === SPACE_KIND || before === PUNCTUATION_KIND);
  const right =
    before !== SPACE_KIND &&
    (before !== PUNCTUATION_KIND || after === SPACE_KIND || after === PUNCTUATION_KIND);
  // `_` inside a word (snake_case, URLs) neither opens nor closes.
  const canOpen = char === '*' ? left : left && (!right || before === PUNCTUATION_KIND);
  const canClose = char === '*' ? right : right && (!left || after === PUNCTUATION_KIND);
  const length = end - start;
  return {
    char,
    count: length,
    length,
    canOpen,
    canClose,
    previous: null,
    next: null,
  };
}

/** Parses one paragraph's text (lines joined by `\n`) into inline nodes. */
export function parseInline(text: string): Inline[] {
  const pieces: Piece[] = [];
  const brackets: Bracket[] = [];
  const parentheses = matchParentheses(text);
  const backticks = indexBacktickRuns(text);
  let top: Delimiter | null = null;
  let links = 0;
  let plain = '';
  const flush = () => {
    if (plain) pieces.push({kind: 'text', text: plain});
    plain = '';
  };
  let at = 0;
  while (at < text.length) {
    const char = text[at];
    if (char === '\\' && ASCII_PUNCTUATION.test(text[at + 1] ?? '')) {
      plain += text[at + 1];
      at += 2;
    } else if (char === '\n') {
      plain = plain.trimEnd();
      flush();
      pieces.push({kind: 'break'});
      at++;
    } else if (char === '`') {
      let end = at;
      while (text[end] === '`') end++;
      const closer = nextRun(backticks.get(end - at), end);
      if (closer === undefined) {
        plain += text.slice(at, end);
        at = end;
      } else {
        flush();
        pieces.push({kind: 'code', text: codeText(text.slice(end, closer))});
        at = closer + (end - at);
      }
    } else if (char === '*' || char === '_') {
      let end = at;
      while (text[end] === char) end++;
      flush();
      const run = delimiterRun(text, at, end);
      pieces.push({kind: 'run', run});
      run.previous = top;
      if (top) top.next = run;
      top = run;
      at = end;
    } else if (char === '[' || (char === '!' && text[at + 1] === '[')) {
      flush();
      const image = char === '!';
      const opening = image ? '![' : '[';
      brackets.push({at: pieces.length, image, order: links, bottom: top});
      pieces.push({kind: 'text', text: opening});
      at += opening.length;
    } else if (char === ']') {
      const bracket = brackets.pop();
      const target = text[at + 1] === '(' ? parentheses[at + 1] : -1;
      // Checked cheaply first, so a text full of `](` costs little.
      const linkable =
        target > 0 && target - at <= limits.url && LINK_START.test(text.slice(at + 2, at + 10));
      const url = linkable ? unescape(text.slice(at + 2, target)) : '';
      const href = url ? safeUrl(url, {allowMailto: true}) : undefined;
      // Images, unsafe schemes and links inside links all stay text.
      if (!bracket || bracket.image || bracket.order < links || !href) {
        plain += ']';
        at++;
        continue;
      }
      flush();
      resolveEmphasis(bracket.bottom, top);
      top = bracket.bottom;
      if (top) top.next = null;
      const inside = pieces.splice(bracket.at).slice(1);
      const children = inside.length
        ? buildTree(inside, true)
        : [{kind: 'text', text: url} as const];
      pieces.push({kind: 'link', href, url, children});
      links++;
      at = target + 1;
    } else {
      plain += char;
      at++;
    }
  }
  flush();
  resolveEmphasis(null, top);
  return buildTree(pieces, false);
}

/** The start of the first run in `runs` at or after `from`, consuming it. */
function nextRun(
  runs: {starts: number[]; next: number} | undefined,
  from: number,
): number | undefined {
  if (!runs) return undefined;
  while (runs.next < runs.starts.length && runs.starts[runs.next] < from) runs.next++;
  if (runs.next >= runs.starts.length) return undefined;
  return runs.starts[runs.next++];
}
