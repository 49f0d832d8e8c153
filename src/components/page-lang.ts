/** The one rule every element follows for its language. */
import {safeLang} from '../core/lang.js';

/**
 * The element's own `lang`, else the closest ancestor's, else the document's,
 * else English; always a tag `Intl` accepts.
 */
export function pageLang(element: HTMLElement): string {
  const declared = element.lang || element.closest('[lang]')?.getAttribute('lang');
  return safeLang(declared || document.documentElement.lang);
}
