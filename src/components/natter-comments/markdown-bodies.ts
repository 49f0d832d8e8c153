/**
 * Which comments show their Markdown rendered: those whose source has
 * markup. For the rest the plain-text body reads the same, so the parser
 * and renderer (html-bodies.ts loads them) are not needed at all.
 */
import type {Comment} from '../../core/types.js';

// A line that would start a quote, a list or a code fence.
const BLOCK_START = /^ {0,3}(?:>|[-*] |\d{1,9}\. |```|~~~)/m;

/** Whether `comment` looks different rendered from its Markdown than from its plain text. */
export function needsMarkdown(comment: Comment): comment is Comment & {markdown: string} {
  const source = comment.markdown;
  if (typeof source !== 'string' || !source) return false;
  return source !== comment.body || BLOCK_START.test(source);
}
