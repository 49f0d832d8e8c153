/**
 * The plain text of a Markdown comment (`Comment.body` where a backend keeps
 * the source): emphasis and code markers, backslash escapes and code fences
 * taken out, quote `> ` and list markers kept, and `[text](url)` written as
 * `text (url)`, so a client that shows plain text loses nothing.
 */
import {parseMarkdown, type Block, type Inline} from './markdown.js';

function inlineText(nodes: Inline[]): string {
  let out = '';
  for (const node of nodes) {
    if (node.kind === 'text' || node.kind === 'code') out += node.text;
    else if (node.kind === 'break') out += '\n';
    else if (node.kind === 'link')
      out += node.bare ? node.url : `${inlineText(node.children)} (${node.url})`;
    else out += inlineText(node.children);
  }
  return out;
}

function prefixLines(text: string, first: string, rest: string): string {
  return text
    .split('\n')
    .map((line, index) => (line ? (index ? rest : first) + line : (index ? rest : first).trimEnd()))
    .join('\n');
}

function blockText(block: Block): string {
  switch (block.kind) {
    case 'paragraph':
      return inlineText(block.children);
    case 'code':
      return block.text;
    case 'quote':
      return prefixLines(blocksText(block.children), '> ', '> ');
    case 'list':
      return block.items
        .map((item, index) => {
          const marker = block.ordered
            ? `${block.start + index}${block.marker} `
            : `${block.marker} `;
          return prefixLines(blocksText(item, '\n'), marker, ' '.repeat(marker.length));
        })
        .join('\n');
  }
}

/** Blocks apart by a blank line; inside a list item, by a line break (as usually written). */
function blocksText(blocks: Block[], gap = '\n\n'): string {
  return blocks.map(blockText).join(gap);
}

/** `source` (Natter's Markdown subset) as plain text. */
export function markdownText(source: string): string {
  return blocksText(parseMarkdown(source));
}
