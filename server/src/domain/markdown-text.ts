import {inlineText} from './markdown-inline.js';

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** Quote markers and a list marker at the start of a line: kept as typed. */
const LINE_START = /^(?:[ \t]*>[ \t]?)*(?:[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+)?/;

/**
 * The plain text of a comment written in Natter's Markdown subset, for
 * clients that do not render it: emphasis, strong and code markers and
 * backslash escapes taken out, code fences dropped (their lines kept as
 * they are), quote and list markers kept, `[text](url)` written
 * `text (url)`. Anything outside the subset (headings, images, HTML) is
 * already plain text and stays as typed.
 */
export function markdownToText(source: string): string {
  const out: string[] = [];
  let fence: string | null = null;
  for (const line of source.split('\n')) {
    const marker = FENCE.exec(line)?.[1];
    if (fence !== null) {
      const closes =
        marker !== undefined &&
        marker[0] === fence[0] &&
        marker.length >= fence.length &&
        line.trim() === marker;
      if (!closes) out.push(line);
      else fence = null;
    } else if (
      marker !== undefined &&
      !(marker[0] === '`' && line.includes('`', line.indexOf(marker) + marker.length))
    ) {
      fence = marker;
    } else {
      const start = LINE_START.exec(line)?.[0] ?? '';
      out.push(start + inlineText(line.slice(start.length)));
    }
  }
  return out.join('\n').trim();
}
