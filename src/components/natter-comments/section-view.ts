/**
 * Templates for what the section shows before its comments: the loading
 * placeholder and error messages. (The controls around loaded comments are
 * in list-controls.ts, which loads with the thread view.)
 */
import {html, nothing} from 'lit';
import type {Translate as TranslateIn} from '../../core/format.js';
import type {ListMessageKey} from '../../core/list-messages.js';

export type Translate = TranslateIn<ListMessageKey>;

/** Grey blocks shaped like comments; the section keeps their height so the page does not jump. */
export function renderSkeleton(t: Translate) {
  const block = html`<div class="skeleton-comment">
    <span class="skeleton-avatar"></span>
    <span class="skeleton-lines"><span></span><span></span><span></span></span>
  </div>`;
  return html`<div class="skeleton" part="skeleton">
    <p class="loading-text">${t('loadingComments')}</p>
    <div aria-hidden="true">${block}${block}${block}</div>
  </div>`;
}

/** A problem the reader should know about, with Retry when trying again may help. */
export function renderProblem(text: string, onRetry: (() => void) | undefined, t: Translate) {
  return html`<div class="problem" part="error" role="alert">
    <p>${text}</p>
    ${
      onRetry
        ? html`<button type="button" part="button" class="retry" @click=${onRetry}>
            ${t('retry')}
          </button>`
        : nothing
    }
  </div>`;
}
