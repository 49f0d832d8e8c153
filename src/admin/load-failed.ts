/** A list's loading state, and what it shows besides its rows: while loading, when empty, when it failed, and "Show more". */
import {html, nothing, type ReactiveController, type ReactiveControllerHost} from 'lit';
import {AdminErrorEvent} from './events.js';

/** Whether a list is loading and whether its last load failed; a failure is reported as `natter-admin-error`. */
export class ListLoad implements ReactiveController {
  loading = false;
  failed = false;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {}

  async run(load: () => Promise<void>): Promise<void> {
    this.loading = true;
    this.failed = false;
    this.host.requestUpdate();
    try {
      await load();
    } catch (error) {
      this.failed = true;
      this.host.dispatchEvent(new AdminErrorEvent(error));
    } finally {
      this.loading = false;
      this.host.requestUpdate();
    }
  }
}

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
