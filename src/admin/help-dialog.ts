/** The list of keys, in a native modal dialog (Escape closes it). */
import {html} from 'lit';
import {KEY_HELP} from './keys.js';

export function helpDialog() {
  const close = (event: Event) => (event.currentTarget as HTMLElement).closest('dialog')?.close();
  return html`<dialog aria-labelledby="help-title">
    <h2 id="help-title">Keyboard</h2>
    <p>In the queue and the recent list. Keys do nothing while you type in a field.</p>
    <dl>
      ${KEY_HELP.map(
        ([key, what]) =>
          html`<dt><kbd>${key}</kbd></dt>
            <dd>${what}</dd>`,
      )}
    </dl>
    <button class="primary" @click=${close}>Close</button>
  </dialog>`;
}
