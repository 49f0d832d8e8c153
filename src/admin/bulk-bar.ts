/** Acting on several comments at once: select all or none, then approve, delete or spam. */
import {html, nothing} from 'lit';
import type {RowAction} from './comment-row.js';
import type {AdminComment} from './types.js';

export function bulkBar(
  comments: AdminComment[],
  selected: ReadonlySet<string>,
  busy: boolean,
  on: {select(ids: string[]): void; act(chosen: AdminComment[], action: RowAction): void},
) {
  if (!comments.length) return nothing;
  const chosen = comments.filter((c) => selected.has(c.id));
  const all = chosen.length === comments.length;
  const button = (action: RowAction, label: string) =>
    html`<button ?disabled=${busy} @click=${() => on.act(chosen, action)}>
      ${label} ${chosen.length}
    </button>`;
  return html`<div class="bar bulk" role="group" aria-label="Selected comments">
    <button @click=${() => on.select(all ? [] : comments.map((c) => c.id))}>
      ${all ? 'Select none' : 'Select all'}
    </button>
    ${
      chosen.length
        ? html`<span>${chosen.length} selected:</span> ${button('approve', 'Approve')}
            ${button('remove', 'Delete')} ${button('spam', 'Spam')}`
        : nothing
    }
  </div>`;
}
