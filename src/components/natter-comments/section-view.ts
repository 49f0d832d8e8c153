/**
 * Templates for the parts of the section around the comments: the loading
 * placeholder, error messages, the sort control, "Load more" and the
 * "N new comments" button.
 */
import {html, nothing} from 'lit';
import type {MessageKey} from '../../core/messages.js';
import type {SortOrder} from '../../core/types.js';
import type {BranchState} from './thread-controller.js';

type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

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

export function renderSort(sort: SortOrder, onChange: (event: Event) => void, t: Translate) {
  return html`<label class="sort">
    <span>${t('sortLabel')}</span>
    <select part="sort" .value=${sort} @change=${onChange}>
      <option value="oldest" ?selected=${sort === 'oldest'}>${t('sortOldest')}</option>
      <option value="newest" ?selected=${sort === 'newest'}>${t('sortNewest')}</option>
    </select>
  </label>`;
}

export function renderLoadMore(state: BranchState, onClick: () => void, t: Translate) {
  return html`<div class="load-more">
    ${state.error ? html`<p class="error">${t('loadMoreError')}</p>` : nothing}
    <button type="button" part="button" ?disabled=${state.loading} @click=${onClick}>
      ${state.loading ? t('loadingMore') : t('loadMore')}
    </button>
  </div>`;
}

export function renderIncoming(count: number, onClick: () => void, t: Translate) {
  return html`<button
    type="button"
    part="button new-comments"
    class="new-comments"
    @click=${onClick}
  >
    ${t('newComments', {count})}
  </button>`;
}
