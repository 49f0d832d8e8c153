/** The recent list's filters: a search form whose values become the query. */
import {html, nothing} from 'lit';
import type {CommentQuery} from './types.js';

export interface Filters extends Pick<CommentQuery, 'status' | 'thread' | 'author' | 'q'> {
  /** The name shown for the author filter (the key itself means nothing to a person). */
  authorName?: string;
}

const STATUSES: [value: NonNullable<CommentQuery['status']>, label: string][] = [
  ['all', 'Any'],
  ['published', 'Published'],
  ['pending', 'Held'],
  ['spam', 'Spam'],
  ['deleted', 'Deleted'],
];

export function readFilters(form: HTMLFormElement, current: Filters): Filters {
  const data = new FormData(form);
  const text = (name: string) => String(data.get(name) ?? '').trim() || undefined;
  return {
    status: (text('status') as Filters['status']) ?? 'all',
    thread: text('thread'),
    q: text('q'),
    author: current.author,
    authorName: current.authorName,
  };
}

export function filtersForm(
  filters: Filters,
  on: {apply(form: HTMLFormElement): void; clearAuthor(): void},
) {
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    on.apply(event.currentTarget as HTMLFormElement);
  };
  return html`<form class="filters" role="search" aria-label="Filter comments" @submit=${submit}>
    <label>
      <span>Search text</span>
      <input type="search" name="q" .value=${filters.q ?? ''} />
    </label>
    <label>
      <span>Thread</span>
      <input name="thread" placeholder="/posts/hello" .value=${filters.thread ?? ''} />
    </label>
    <label>
      <span>Status</span>
      <select name="status">
        ${STATUSES.map(
          ([value, label]) =>
            html`<option value=${value} ?selected=${(filters.status ?? 'all') === value}>
              ${label}
            </option>`,
        )}
      </select>
    </label>
    <button class="primary">Filter</button>
    ${
      filters.author
        ? html`<span class="bar">
            <span>Author: ${filters.authorName ?? filters.author}</span>
            <button type="button" @click=${on.clearAuthor}>Show all authors</button>
          </span>`
        : nothing
    }
  </form>`;
}
