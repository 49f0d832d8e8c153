/** What a list shows besides its rows: while loading, when empty, when it failed, and "Show more". */
import {html, nothing} from 'lit';

export const loadFailed = (retry: () => unknown) =>
  html`<p class="empty">
    This list could not be loaded.
    <button @click=${retry}>Try again</button>
  </p>`;

/** In place of a list without rows: "Loading…", the failure with Try again (never "nothing here"), or `empty`. */
export const noRows = (loading: boolean, failed: boolean, empty: string, retry: () => unknown) =>
  failed && !loading
    ? loadFailed(retry)
    : html`<p class="empty">${loading ? 'Loading…' : empty}</p>`;

/** Under a list that has another page. */
export const showMore = (cursor: string | undefined, loading: boolean, more: () => unknown) =>
  cursor ? html`<button ?disabled=${loading} @click=${more}>Show more</button>` : nothing;
