import {Parser} from 'htmlparser2';

/** Tags that start a new line in the text. */
const BLOCKS = new Set([
  'p',
  'div',
  'blockquote',
  'pre',
  'ul',
  'ol',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'table',
  'tr',
]);
const DROPPED = new Set(['script', 'style', 'template']);

/**
 * Turns a comment's HTML (as WordPress and Disqus keep it) into the plain
 * text the server stores: tags go, entities are decoded, paragraphs and
 * line breaks become newlines, and a link keeps its address after its text
 * when the two differ, so nothing a reader could follow is lost.
 */
export function htmlToText(html: string): string {
  if (!/[<&]/.test(html)) return html.replace(/\r\n?/g, '\n').trim();
  let text = '';
  let dropped = 0;
  const links: {href: string; start: number}[] = [];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (DROPPED.has(name)) dropped++;
        else if (name === 'br') text += '\n';
        else if (BLOCKS.has(name)) text += '\n\n';
        else if (name === 'a') links.push({href: attributes.href ?? '', start: text.length});
      },
      ontext(chunk) {
        if (dropped === 0) text += chunk;
      },
      onclosetag(name, implied) {
        if (DROPPED.has(name)) dropped--;
        else if (BLOCKS.has(name)) text += '\n\n';
        else if (name === 'a' && !implied) {
          const link = links.pop();
          const label = link ? text.slice(link.start).trim() : '';
          if (link && /^https?:\/\//i.test(link.href) && label !== link.href) {
            text += ` (${link.href})`;
          }
        }
      },
    },
    {decodeEntities: true},
  );
  parser.write(html);
  parser.end();
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
