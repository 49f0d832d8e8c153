import {markdownText} from '../../core/markdown-text.js';

/**
 * What the in-browser store keeps of a text a reader wrote: the source as
 * `markdown` and its plain text as `body` (capability `markdown`).
 */
export function writtenText(source: string): {body: string; markdown: string} {
  return {body: markdownText(source), markdown: source};
}
