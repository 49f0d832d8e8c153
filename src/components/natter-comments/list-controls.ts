/**
 * The controls around loaded comments: the sort select, "Load more" and the
 * "N new comments" button.
 */
import {html, nothing} from 'lit';
import type {SortOrder} from '../../core/types.js';
import type {SectionTranslate as Translate} from './section-words.js';
import type {BranchState} from './thread-state.js';

/** The order a change of the sort control asks for. */
export function chosenSort(event: Event): SortOrder {
  const value = (event.target as HTMLSelectElement).value;
  return value === 'newest' || value === 'top' ? value : 'oldest';
}

export function renderSort(
  sort: SortOrder,
  onChange: (event: Event) => void,
  t: Translate,
  top?: boolean,
) {
  return html`<label class="sort">
    <span>${t('sortLabel')}</span>
    <select part="sort" .value=${sort} @change=${onChange}>
      <option value="oldest" ?selected=${sort === 'oldest'}>${t('sortOldest')}</option>
      <option value="newest" ?selected=${sort === 'newest'}>${t('sortNewest')}</option>
      ${top ? html`<option value="top" ?selected=${sort === 'top'}>${t('sortTop')}</option>` : nothing}
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

/**
 * The "N new comments" button in a holder that takes no space: the button
 * floats over the thread (thread.styles.ts), so its appearing, changing or
 * going never moves the comments under the reader's eyes.
 */
export function renderIncoming(count: number, onClick: () => void, t: Translate) {
  return html`<div class="incoming">
    ${
      count
        ? html`<button
            type="button"
            part="button new-comments"
            class="new-comments"
            @click=${onClick}
          >
            ${t('newComments', {count})}
          </button>`
        : nothing
    }
  </div>`;
}

/** In place of the form, when the backend says the thread takes no new comments. */
export const renderClosed = (t: Translate) =>
  html`<p class="note" part="closed">${t('threadClosed')}</p>`;

/** The thread's keys (keyboard.ts), folded away under the list until asked for. */
export function renderKeyHelp(t: Translate) {
  return html`<details class="keys">
    <summary>${t('keysTitle')}</summary>
    <p>${t('keysIntro')}</p>
    <ul>
      <li>${t('keysNext')}</li>
      <li>${t('keysPrevious')}</li>
      <li>${t('keysReply')}</li>
      <li>${t('keysToggle')}</li>
      <li>${t('keysEscape')}</li>
    </ul>
  </details>`;
}
