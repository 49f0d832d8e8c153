/**
 * Emphasis for markdown-inline.ts: pairs `*` and `_` runs by CommonMark's
 * rules (with its "openers bottom" bound, so runs are visited a bounded
 * number of times), then turns the pieces into a tree whose depth is capped.
 */
import {linkifyLine} from './linkify.js';
import type {Inline} from './markdown-tree.js';

/** Emphasis inside emphasis, at most; deeper markers stay text. */
export const MAX_INLINE_DEPTH = 12;

/** A run of `*` or `_`, linked to its neighbours among the unmatched runs. */
export interface Delimiter {
  char: string;
  /** Characters of the run not used up by matches yet. */
  count: number;
  readonly length: number;
  readonly canOpen: boolean;
  readonly canClose: boolean;
  /** Markers this run closes, then opens, each inner first (made when first needed). */
  closes?: string[];
  opens?: string[];
  previous: Delimiter | null;
  next: Delimiter | null;
}

const MAYBE_URL = /https?:\/\/|www\./i;

export type Piece = Inline | {kind: 'run'; run: Delimiter};

/** Pairs closers with openers above `bottom` (CommonMark's "process emphasis"). */
export function resolveEmphasis(bottom: Delimiter | null, top: Delimiter | null): void {
  if (top === bottom) return;
  let closer = top;
  while (closer && closer.previous !== bottom) closer = closer.previous;
  // Per marker, length mod 3 and whether the closer can open: where the last search stopped.
  const bottoms: (Delimiter | null | undefined)[] = [];
  while (closer) {
    if (!closer.canClose) {
      closer = closer.next;
      continue;
    }
    const key = (closer.char === '*' ? 0 : 6) + (closer.canOpen ? 3 : 0) + (closer.length % 3);
    const floor = bottoms[key] === undefined ? bottom : bottoms[key];
    let opener = closer.previous;
    for (; opener && opener !== bottom && opener !== floor; opener = opener.previous) {
      const odd =
        (closer.canOpen || opener.canClose) &&
        closer.length % 3 !== 0 &&
        (opener.length + closer.length) % 3 === 0;
      if (opener.char === closer.char && opener.canOpen && !odd) break;
    }
    if (opener && opener !== bottom && opener !== floor) {
      const use = opener.count >= 2 && closer.count >= 2 ? 2 : 1;
      const marker = closer.char.repeat(use);
      opener.count -= use;
      closer.count -= use;
      (opener.opens ??= []).push(marker);
      (closer.closes ??= []).push(marker);
      // Runs between the two stay text.
      opener.next = closer;
      closer.previous = opener;
      if (opener.count === 0) unlink(opener);
      if (closer.count === 0) {
        const next = closer.next;
        unlink(closer);
        closer = next;
      }
    } else {
      bottoms[key] = closer.previous;
      const next = closer.next;
      if (!closer.canOpen) unlink(closer);
      closer = next;
    }
  }
}

function unlink(run: Delimiter): void {
  if (run.previous) run.previous.next = run.next;
  if (run.next) run.next.previous = run.previous;
}

/** Turns pieces (text, runs with their matches) into a tree, bounding its depth. */
export function buildTree(pieces: Piece[], inLink: boolean): Inline[] {
  const root: Inline[] = [];
  // Open emphasis, innermost last; `parent` is unset for markers left as text.
  const open: {marker: string; parent?: Inline[]}[] = [];
  let depth = 0;
  let children = root;
  let text = '';
  const flushText = () => {
    if (!text) return;
    // Most text has no address in it: no need to look closer.
    if (inLink || !MAYBE_URL.test(text)) children.push({kind: 'text', text});
    else {
      for (const segment of linkifyLine(text)) {
        if (segment.kind === 'text') children.push(segment);
        else {
          const url = segment.text;
          const link: Inline = {kind: 'link', href: segment.href, url, bare: true, children: []};
          link.children.push({kind: 'text', text: url});
          children.push(link);
        }
      }
    }
    text = '';
  };
  for (const piece of pieces) {
    if (piece.kind === 'text') {
      text += piece.text;
    } else if (piece.kind === 'run') {
      const run = piece.run;
      for (const marker of run.closes ?? []) {
        const shut = open.pop();
        if (!shut?.parent) {
          text += marker;
          continue;
        }
        flushText();
        children = shut.parent;
        depth--;
      }
      text += run.char.repeat(run.count);
      const opens = run.opens ?? [];
      for (let index = opens.length - 1; index >= 0; index--) {
        const marker = opens[index];
        if (depth >= MAX_INLINE_DEPTH) {
          open.push({marker});
          text += marker;
          continue;
        }
        flushText();
        const element: Inline = {kind: marker.length === 2 ? 'strong' : 'em', children: []};
        children.push(element);
        open.push({marker, parent: children});
        children = element.children;
        depth++;
      }
    } else if (piece.kind === 'link' && inLink) {
      text += piece.url;
    } else {
      flushText();
      children.push(piece);
    }
  }
  flushText();
  return root;
}
