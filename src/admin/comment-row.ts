/**
 * One comment as a card in the queue or the recent list: who wrote it and
 * where, what it answers, its text (always as text), and what can be done
 * with it. The list element owns the state; this only draws it.
 */
import {html, nothing} from 'lit';
import {exactTime, plural, safeUrl, threadUrl, when} from './describe.js';
import type {AdminComment, BlockAction} from './types.js';

export type RowAction = 'approve' | 'remove' | 'spam';

export interface RowHandlers {
  act(comment: AdminComment, action: RowAction): void;
  toggle(comment: AdminComment): void;
  focusRow(comment: AdminComment): void;
  block(comment: AdminComment, action: BlockAction): void;
  edit?(comment: AdminComment): void;
  save?(comment: AdminComment, body: string): void;
  cancelEdit?(): void;
  filterAuthor?(comment: AdminComment): void;
}

export interface RowState {
  site?: string;
  current: boolean;
  selected: boolean;
  editing: boolean;
  busy: boolean;
  showStatus: boolean;
}

const STATUS_WORDS: Record<AdminComment['status'], string> = {
  published: 'Published',
  pending: 'Held',
  spam: 'Spam',
  deleted: 'Deleted',
};

function threadLink(comment: AdminComment, site?: string) {
  const href = threadUrl(comment.thread, site);
  return href
    ? html`<a href=${href} target="_blank" rel="noopener">${comment.thread}</a>`
    : html`<span>${comment.thread}</span>`;
}

function editor(comment: AdminComment, on: RowHandlers, busy: boolean) {
  const save = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    on.save?.(comment, (form.elements.namedItem('body') as HTMLTextAreaElement).value);
  };
  return html`<form class="editor" @submit=${save}>
    <label for="edit-${comment.id}">Text of the comment</label>
    <textarea
      id="edit-${comment.id}"
      name="body"
      rows="5"
      .value=${comment.markdown ?? comment.body}
    ></textarea>
    <div class="bar">
      <button class="primary" ?disabled=${busy}>Save</button>
      <button type="button" @click=${() => on.cancelEdit?.()}>Cancel</button>
    </div>
  </form>`;
}

function actions(comment: AdminComment, on: RowHandlers, state: RowState) {
  const name = comment.author.name;
  const button = (action: RowAction, label: string, key: string, hidden: boolean) =>
    hidden
      ? nothing
      : html`<button
          ?disabled=${state.busy}
          aria-keyshortcuts=${key}
          @click=${() => on.act(comment, action)}
        >
          ${label}
        </button>`;
  return html`<div class="bar actions">
    ${button('approve', 'Approve', 'a', comment.status === 'published')}
    ${button('remove', 'Delete', 'd', comment.status === 'deleted')}
    ${button('spam', 'Spam', 's', comment.status === 'spam')}
    ${
      on.edit && comment.status !== 'deleted'
        ? html`<button ?disabled=${state.busy} @click=${() => on.edit?.(comment)}>Edit</button>`
        : nothing
    }
    ${
      on.filterAuthor
        ? html`<button @click=${() => on.filterAuthor?.(comment)}>All by ${name}</button>`
        : nothing
    }
    ${
      comment.blocked
        ? html`<span class="muted">Author blocked</span>`
        : html`<details class="block">
            <summary>Block author…</summary>
            <div class="bar">
              <button ?disabled=${state.busy} @click=${() => on.block(comment, 'hold')}>
                Block ${name}: hold new comments
              </button>
              <button ?disabled=${state.busy} @click=${() => on.block(comment, 'drop')}>
                Block ${name}: drop new comments
              </button>
            </div>
          </details>`
    }
  </div>`;
}

export function commentRow(comment: AdminComment, state: RowState, on: RowHandlers) {
  const {author} = comment;
  const site = safeUrl(author.url);
  const heading = `comment-${comment.id}-by`;
  const classes = ['card', state.current ? 'current' : '', state.selected ? 'selected' : ''];
  return html`<li
    class=${classes.join(' ')}
    data-id=${comment.id}
    tabindex=${state.current ? 0 : -1}
    aria-labelledby=${heading}
    @focusin=${() => on.focusRow(comment)}
  >
    <div class="head">
      <input
        type="checkbox"
        .checked=${state.selected}
        aria-label="Select the comment by ${author.name}"
        @change=${() => on.toggle(comment)}
      />
      <img class="avatar" src=${author.avatar} alt="" width="40" height="40" />
      <div class="who">
        <h3 id=${heading}>${author.name}</h3>
        <span class="muted">
          ${plural(comment.approvedCount, 'approved comment', 'approved comments')}
          ${site ? html`· <a href=${site} rel="nofollow noopener" target="_blank">${site}</a>` : nothing}
          ${author.email ? html`· ${author.email}` : nothing}
        </span>
      </div>
    </div>
    <p class="meta muted">
      ${state.showStatus ? html`<strong>${STATUS_WORDS[comment.status]}</strong> ·` : nothing} on
      ${threadLink(comment, state.site)} ·
      <time datetime=${comment.createdAt} title=${exactTime(comment.createdAt)}
        >${when(comment.createdAt)}</time
      >
      ${comment.editedAt ? html`· edited ${when(comment.editedAt)}` : nothing}
    </p>
    ${
      comment.parent
        ? html`<blockquote class="parent">
            <span class="muted">In reply to ${comment.parent.author.name}:</span>
            ${comment.parent.body}
          </blockquote>`
        : nothing
    }
    ${state.editing ? editor(comment, on, state.busy) : html`<p class="body">${comment.body}</p>`}
    ${state.editing ? nothing : actions(comment, on, state)}
  </li>`;
}
