/**
 * The parts of a comment that let the reader act on it: the vote buttons
 * with their counts, Edit and Delete on their own comments (Edit only while
 * the backend's edit window is open), the delete confirmation, and the
 * "edited" mark beside the time. Plain templates: the buttons carry what
 * they do in `data-action`, the list's one click listener hands them to
 * reader-actions.ts.
 */
import {html, nothing} from 'lit';
import {formatParam} from '../../core/format.js';
import {exactTime} from '../../core/time.js';
import type {Comment} from '../../core/types.js';
import type {SectionTranslate} from './section-words.js';

export interface ReaderView {
  /** The backend takes votes. */
  votes: boolean;
  downVotes: boolean;
  /** The backend can change and delete the reader's own comments. */
  edit: boolean;
  remove: boolean;
  /** The comment shown as an edit form, and that form. */
  editingId?: string;
  editForm?: HTMLElement;
  /** The comment whose Delete waits for the reader to confirm. */
  confirmingId?: string;
  /** Tells the section when an Edit button must go (the window closes). */
  editDeadline: (time: number) => void;
  /** Key presses in the delete question (Escape keeps the comment). */
  confirmKey: (event: KeyboardEvent) => void;
}

interface Context {
  t: SectionTranslate;
  lang: string;
  now: number;
  reader?: ReaderView;
}

/** "edited" beside the time, its time in the title and in what a screen reader says. */
export function renderEdited(comment: Comment, ctx: Context) {
  if (!comment.editedAt || comment.status === 'deleted') return nothing;
  const time = Date.parse(comment.editedAt);
  if (Number.isNaN(time)) return nothing;
  const exact = ctx.t('editedAt', {time: exactTime(time, ctx.lang)});
  return html`<span class="edited" title=${exact}
    ><span aria-hidden="true">${ctx.t('editedMark')}</span
    ><span class="visually-hidden">${exact}</span></span
  >`;
}

/** The comment's own form in place of its text, while the reader edits it. */
export function editSlot(comment: Comment, ctx: Context) {
  const reader = ctx.reader;
  if (!reader?.editForm || reader.editingId !== comment.id) return undefined;
  return html`<div class="edit-slot">${reader.editForm}</div>`;
}

function voteButton(comment: Comment, ctx: Context, up: boolean) {
  const count = (up ? comment.votes?.up : comment.votes?.down) ?? 0;
  const pressed = comment.myVote === (up ? 1 : -1);
  return html`<button
    type="button"
    part="button vote"
    class="vote"
    data-action=${up ? 'vote-up' : 'vote-down'}
    aria-pressed=${pressed ? 'true' : 'false'}
    aria-label=${ctx.t(up ? 'voteUp' : 'voteDown', {count})}
    ?disabled=${comment.own === true}
  >
    <span aria-hidden="true">${up ? '▲' : '▼'}</span
    ><span class="count">${formatParam(count, ctx.lang)}</span>
  </button>`;
}

function confirmDelete(comment: Comment, ctx: Context, reader: ReaderView) {
  const id = `confirm-${comment.id}`;
  return html`<div class="confirm" role="group" aria-labelledby=${id} @keydown=${reader.confirmKey}>
    <span id=${id}>${ctx.t('deleteQuestion')}</span>
    <button type="button" part="button" class="danger" data-action="delete-confirm">
      ${ctx.t('deleteButton')}
    </button>
    <button type="button" part="button" data-action="delete-cancel">${ctx.t('deleteKeep')}</button>
  </div>`;
}

/** Votes, Edit and Delete for the actions row; nothing on tombstones and posts on their way. */
export function renderReaderActions(comment: Comment, ctx: Context, sending: boolean) {
  const reader = ctx.reader;
  if (!reader || sending || comment.status === 'deleted') return nothing;
  const published = comment.status === 'published';
  const own = comment.own === true;
  const until = own && comment.editableUntil ? Date.parse(comment.editableUntil) : NaN;
  const canEdit = reader.edit && until > ctx.now && reader.editingId !== comment.id;
  if (canEdit) reader.editDeadline(until);
  if (reader.confirmingId === comment.id) return confirmDelete(comment, ctx, reader);
  return html`${
    reader.votes && published
      ? html`${voteButton(comment, ctx, true)}${
          reader.downVotes ? voteButton(comment, ctx, false) : nothing
        }`
      : nothing
  }${
    canEdit
      ? html`<button type="button" part="button" data-action="edit">${ctx.t('editButton')}</button>`
      : nothing
  }${
    own && reader.remove
      ? html`<button type="button" part="button" data-action="delete">
          ${ctx.t('deleteButton')}
        </button>`
      : nothing
  }`;
}
