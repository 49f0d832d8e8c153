/** In place of a list that could not be loaded: never "nothing here", but a way to try again. */
import {html} from 'lit';

export const loadFailed = (retry: () => unknown) =>
  html`<p class="empty">
    This list could not be loaded.
    <button @click=${retry}>Try again</button>
  </p>`;
