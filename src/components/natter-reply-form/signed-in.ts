/**
 * "Commenting as NAME", in place of the name, email and website fields while
 * the host site says who the reader is, with the site's sign-out link.
 */
import {html, nothing, type TemplateResult} from 'lit';
import type {Translate} from '../../core/format.js';
import type {Identity} from '../../core/identity.js';
import {safeUrl} from '../../core/url.js';

export function signedInTemplate(
  t: Translate<'commentingAs' | 'signOut'>,
  user: Identity,
): TemplateResult {
  // Relative addresses are the site's own; other schemes never become a link.
  const href = user.signOutUrl ? safeUrl(user.signOutUrl, {base: document.baseURI}) : undefined;
  const link = href ? html` <a class="sign-out" href=${href}>${t('signOut')}</a>` : nothing;
  // No white space around the text: the paragraph reads exactly "Commenting as NAME".
  return html`<p class="signed-in"><span>${t('commentingAs', {name: user.name})}</span>${link}</p>`;
}
