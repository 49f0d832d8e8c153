/**
 * Sanitising of backend HTML (WordPress's `content.rendered`). This module
 * carries DOMPurify, so the widget imports it dynamically, only when a
 * comment actually has HTML.
 */
import DOMPurify from 'dompurify';
import {safeUrl} from './url.js';

const ALLOWED_TAGS = [
  'p',
  'br',
  'a',
  'em',
  'strong',
  'b',
  'i',
  'code',
  'pre',
  'blockquote',
  'ul',
  'ol',
  'li',
];
const ALLOWED_ATTR = ['href'];

let purifier: ReturnType<typeof DOMPurify> | undefined;

function getPurifier() {
  if (purifier) return purifier;
  purifier = DOMPurify(window);
  purifier.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName !== 'A') return;
    const href = safeUrl(node.getAttribute('href') ?? '', {allowMailto: true});
    if (href) {
      node.setAttribute('href', href);
      node.setAttribute('rel', 'nofollow ugc noopener');
      node.setAttribute('target', '_blank');
    } else {
      node.removeAttribute('href');
    }
  });
  return purifier;
}

/**
 * Returns an inert fragment holding only the allowed tags. The fragment is
 * adopted into the page as is: nothing edits it after sanitising.
 */
export function sanitizeCommentHtml(html: string): DocumentFragment {
  return getPurifier().sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR: [...ALLOWED_ATTR, 'rel', 'target'],
    ALLOW_DATA_ATTR: false,
    RETURN_DOM_FRAGMENT: true,
  });
}
