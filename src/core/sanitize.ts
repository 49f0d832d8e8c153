/**
 * Sanitising of backend HTML (WordPress's `content.rendered`). This module
 * carries DOMPurify, so the widget imports it dynamically, only when a
 * comment actually has HTML.
 *
 * Trusted Types: the result is a DocumentFragment, so inserting it uses no
 * HTML string sink. DOMPurify parses through its own policy, named
 * `dompurify`; a page that enforces Trusted Types with a list of policy
 * names must include it, with Lit's and Natter's own (`trusted-types
 * lit-html dompurify natter`; see docs/security.md). Where it cannot parse
 * at all, the comment is shown as plain text instead.
 */
import DOMPurify from 'dompurify';
import {roughText} from './html-text.js';
import {LINK_REL, safeUrl} from './url.js';

/** Prose a comment may use: paragraphs, breaks, links, emphasis, code, quotes, lists. */
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
  // Runs after DOMPurify has dropped every attribute not allowed, so what is
  // set here is the only `rel`/`target` a link can have.
  purifier.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName !== 'A') return;
    const href = safeUrl(node.getAttribute('href') ?? '', {allowMailto: true});
    if (href) {
      node.setAttribute('href', href);
      node.setAttribute('rel', LINK_REL);
      node.setAttribute('target', '_blank');
    } else {
      node.removeAttribute('href');
    }
  });
  return purifier;
}

// DOMPurify keeps aria-* attributes even outside ALLOWED_ATTR. From a
// comment they only mislead: `aria-hidden` hides text from screen readers,
// `aria-label` renames a link. `role` is not allowed either.
const CONFIG = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  FORBID_ATTR: ['role'],
};

let parses: boolean | undefined;

/**
 * Whether DOMPurify can parse HTML on this page. Under an enforced Trusted
 * Types policy that does not allow DOMPurify's own policy, it silently
 * returns nothing for everything.
 */
function canParse(): boolean {
  if (parses === undefined) {
    try {
      const probe = getPurifier().sanitize('<b>x</b>', {...CONFIG, RETURN_DOM_FRAGMENT: true});
      parses = probe.textContent === 'x';
    } catch {
      parses = false;
    }
  }
  return parses;
}

/**
 * Returns an inert fragment holding only the allowed tags, with links made
 * safe (`http`, `https` or `mailto` only, opened with
 * `rel="nofollow ugc noopener"`). The fragment is adopted into the page as
 * is: nothing edits it after sanitising. Never throws: when HTML cannot be
 * parsed on this page, the fragment holds the comment's text.
 */
export function sanitizeCommentHtml(html: string): DocumentFragment {
  const source = typeof html === 'string' ? html : '';
  if (canParse()) {
    try {
      return getPurifier().sanitize(source, {...CONFIG, RETURN_DOM_FRAGMENT: true});
    } catch {
      // Falls through to plain text.
    }
  }
  const plain = document.createDocumentFragment();
  plain.append(roughText(source).trim());
  return plain;
}
