/**
 * Builds the DOM of a Markdown comment from the parser's tree
 * (core/markdown.ts): only `createElement`, text nodes and `href`s that
 * `safeUrl` has checked, so no text a commenter wrote is ever parsed as
 * HTML. The comment list loads this module with the first comment that needs
 * it, the reply form when the reader opens its preview.
 */
import {parseMarkdown, type Block, type Inline} from '../core/markdown.js';
import {LINK_REL} from '../core/url.js';

function element(tag: string, children: (Node | string)[]): HTMLElement {
  const made = document.createElement(tag);
  // Strings passed to append() become text nodes: never parsed as HTML.
  made.append(...children);
  return made;
}

function inlineNodes(nodes: Inline[]): (Node | string)[] {
  return nodes.map((node) => {
    switch (node.kind) {
      case 'text':
        return node.text;
      case 'break':
        return document.createElement('br');
      case 'code':
        return element('code', [node.text]);
      case 'link': {
        const link = element('a', inlineNodes(node.children));
        link.setAttribute('href', node.href);
        link.setAttribute('rel', LINK_REL);
        return link;
      }
      default:
        return element(node.kind, inlineNodes(node.children));
    }
  });
}

function blockNode(block: Block): HTMLElement {
  switch (block.kind) {
    case 'paragraph': {
      const p = element('p', inlineNodes(block.children));
      p.dir = 'auto';
      return p;
    }
    case 'code': {
      const pre = element('pre', [element('code', [block.text])]);
      // A long line scrolls inside the block: keyboard users need to reach it.
      pre.tabIndex = 0;
      return pre;
    }
    case 'quote':
      return element('blockquote', blockNodes(block.children));
    case 'list': {
      const list = element(
        block.ordered ? 'ol' : 'ul',
        block.items.map((item) => element('li', blockNodes(item))),
      );
      if (block.ordered && block.start !== 1) list.setAttribute('start', String(block.start));
      return list;
    }
  }
}

function blockNodes(blocks: Block[]): HTMLElement[] {
  return blocks.map(blockNode);
}

/** The `<div class="body md" part="body">` of a comment written in Markdown. */
export function markdownBody(source: string): HTMLElement {
  const body = element('div', blockNodes(parseMarkdown(source)));
  body.className = 'body md';
  body.setAttribute('part', 'body');
  return body;
}
