/**
 * The bodies of comments that carry HTML (WordPress), sanitised once each by
 * DOMPurify, which loads with the first such comment; and of comments
 * written in Markdown, rendered (never as HTML) by their own loader.
 */
import {LazyBodies} from './lazy-bodies.js';
import {needsMarkdown} from './markdown-bodies.js';

/** HTML bodies (`html`) and Markdown bodies (`markdown`), each loading its code on first use. */
export function richBodies(onReady: () => void, onError: (error: Error) => void) {
  const html = new LazyBodies(
    (comment) => Boolean(comment.bodyHtml),
    async () => {
      const {sanitizeCommentHtml} = await import('../../core/sanitize.js');
      return (comment) => {
        const holder = document.createElement('div');
        holder.className = 'body html';
        holder.setAttribute('part', 'body');
        holder.append(sanitizeCommentHtml(comment.bodyHtml ?? ''));
        return holder;
      };
    },
    onReady,
    onError,
  );
  const markdown = new LazyBodies(
    needsMarkdown,
    async () => {
      const {markdownBody} = await import('../markdown-body.js');
      return (comment) => markdownBody(comment.markdown ?? '');
    },
    onReady,
    onError,
  );
  return {html, markdown};
}
