/**
 * Natter's Markdown subset, parsed into a small tree of plain data: block
 * quotes, lists and fenced code blocks here, emphasis, code spans and links
 * in markdown-inline.ts. Everything else (headings, images, tables, HTML)
 * stays literal text. DOM-free; nothing here is ever parsed as HTML.
 *
 * Built to take hostile text in linear time: lines are visited once per
 * level, and quotes and lists nest at most `MAX_BLOCK_DEPTH` deep (deeper
 * markers stay text), so 10,000 nested `>` cost a few passes, not 10,000.
 */
import {parseInline} from './markdown-inline.js';
import type {Block} from './markdown-tree.js';

export type {Block, Inline} from './markdown-tree.js';

/** Quotes and lists inside each other, at most. */
export const MAX_BLOCK_DEPTH = 8;

interface ListMarker {
  ordered: boolean;
  marker: string;
  start: number;
  /** Columns from the line's start to the item's text. */
  width: number;
  rest: string;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const BULLET = /^ {0,3}([-*])( +|$)/;
const NUMBERED = /^ {0,3}(\d{1,9})(\.)( +|$)/;

function isBlank(line: string): boolean {
  return line.trim() === '';
}

/** Leading spaces, a tab counting as up to the next multiple of 4. */
function indentOf(line: string): number {
  let columns = 0;
  for (const char of line) {
    if (char === ' ') columns++;
    else if (char === '\t') columns += 4 - (columns % 4);
    else break;
  }
  return columns;
}

/** `line` without its first `columns` columns of indentation. */
function outdent(line: string, columns: number): string {
  let at = 0;
  let seen = 0;
  while (at < line.length && seen < columns) {
    if (line[at] === ' ') seen++;
    else if (line[at] === '\t') seen += 4 - (seen % 4);
    else break;
    at++;
  }
  return line.slice(at);
}

function quoteContent(line: string): string | undefined {
  const indent = indentOf(line);
  if (indent > 3) return undefined;
  const trimmed = line.trimStart();
  if (trimmed[0] !== '>') return undefined;
  const after = trimmed[1];
  return trimmed.slice(after === ' ' || after === '\t' ? 2 : 1);
}

function listMarker(line: string): ListMarker | undefined {
  const bullet = BULLET.exec(line);
  const match = bullet ?? NUMBERED.exec(line);
  if (!match) return undefined;
  const spaces = match[match.length - 1].length;
  const head = match[0].length - spaces;
  const rest = line.slice(match[0].length);
  // Five or more spaces after the marker: the item's text starts one space in.
  const width = head + (spaces === 0 || spaces > 4 ? 1 : spaces);
  if (bullet) return {ordered: false, marker: bullet[1], start: 1, width, rest};
  return {ordered: true, marker: match[2], start: Number(match[1]), width, rest};
}

function fenceOf(line: string): {char: string; length: number; indent: number} | undefined {
  const match = FENCE.exec(line);
  if (!match) return undefined;
  const run = match[1];
  // Backticks in a backtick fence's info string make it inline code instead.
  if (run[0] === '`' && line.indexOf('`', match[0].length) >= 0) return undefined;
  return {char: run[0], length: run.length, indent: indentOf(line)};
}

function closesFence(line: string, fence: {char: string; length: number}): boolean {
  if (indentOf(line) > 3) return false;
  const trimmed = line.trim();
  if (trimmed.length < fence.length) return false;
  for (const char of trimmed) if (char !== fence.char) return false;
  return true;
}

/** Reads a fenced code block from `lines[from]`; returns the index after it. */
function readFence(lines: string[], from: number, blocks: Block[]): number {
  const fence = fenceOf(lines[from])!;
  const body: string[] = [];
  let at = from + 1;
  // An unclosed fence runs to the end of its container, as in CommonMark.
  while (at < lines.length && !closesFence(lines[at], fence)) {
    body.push(outdent(lines[at], fence.indent));
    at++;
  }
  blocks.push({kind: 'code', text: body.join('\n')});
  return at + 1;
}

function sameList(a: ListMarker, b: ListMarker): boolean {
  return a.ordered === b.ordered && a.marker === b.marker;
}

/** Reads a list starting at `lines[from]`; returns the index after it. */
function readList(lines: string[], from: number, depth: number, blocks: Block[]): number {
  const first = listMarker(lines[from])!;
  const items: Block[][] = [];
  let at = from;
  let marker: ListMarker | undefined = first;
  while (marker && sameList(marker, first)) {
    const itemLines = [marker.rest];
    const width = marker.width;
    at++;
    let blank = false;
    for (; at < lines.length; at++) {
      const line = lines[at];
      if (isBlank(line)) {
        blank = true;
        itemLines.push('');
        continue;
      }
      if (indentOf(line) >= width) {
        itemLines.push(outdent(line, width));
        blank = false;
        continue;
      }
      // An unindented line carries on the item's paragraph unless something starts there.
      const starts =
        listMarker(line) || quoteContent(line) !== undefined || fenceOf(line) !== undefined;
      if (blank || starts) break;
      itemLines.push(line);
    }
    while (itemLines.length && isBlank(itemLines[itemLines.length - 1])) itemLines.pop();
    items.push(parseBlocks(itemLines, depth + 1));
    marker = at < lines.length ? listMarker(lines[at]) : undefined;
  }
  blocks.push({
    kind: 'list',
    ordered: first.ordered,
    start: first.start,
    marker: first.marker,
    items,
  });
  return at;
}

function parseBlocks(lines: string[], depth: number): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (!paragraph.length) return;
    blocks.push({kind: 'paragraph', children: parseInline(paragraph.join('\n'))});
    paragraph = [];
  };
  let at = 0;
  while (at < lines.length) {
    const line = lines[at];
    if (isBlank(line)) {
      flush();
      at++;
      continue;
    }
    if (fenceOf(line)) {
      flush();
      at = readFence(lines, at, blocks);
      continue;
    }
    if (depth < MAX_BLOCK_DEPTH) {
      if (quoteContent(line) !== undefined) {
        flush();
        const inner: string[] = [];
        for (let quoted = quoteContent(line); quoted !== undefined;) {
          inner.push(quoted);
          at++;
          quoted = at < lines.length ? quoteContent(lines[at]) : undefined;
        }
        blocks.push({kind: 'quote', children: parseBlocks(inner, depth + 1)});
        continue;
      }
      const marker = listMarker(line);
      // Inside a paragraph, only a bullet or "1." starts a list ("2019. was" does not).
      if (marker && (!paragraph.length || !marker.ordered || marker.start === 1)) {
        flush();
        at = readList(lines, at, depth, blocks);
        continue;
      }
    }
    paragraph.push(line.trim());
    at++;
  }
  flush();
  return blocks;
}

/** Parses a comment written in Natter's Markdown subset. */
export function parseMarkdown(source: string): Block[] {
  return parseBlocks(source.replace(/\r\n?/g, '\n').split('\n'), 0);
}
