import {html, nothing} from 'lit';
import type {Comment} from '../../core/types.js';
import type {SectionTranslate} from './section-words.js';

/**
 * The mark beside the name of an author the host site signed in (the
 * backend verified their token): a check with "Verified" as its name and
 * tooltip, so it is not told by colour alone.
 */
export function verifiedMark(comment: Comment, t: SectionTranslate) {
  if (!comment.author.verified || comment.status === 'deleted') return nothing;
  const label = t('verifiedAuthor');
  return html`<span class="verified" part="verified" role="img" aria-label=${label} title=${label}
    >✓</span
  >`;
}
