/**
 * The template of the edit form (edit-form.ts) and what it tells the reader
 * when a save fails.
 */
import {html, nothing} from 'lit';
import {isAdapterError} from '../../adapters/errors.js';
import {editMessages} from '../../core/edit-messages.js';
import type {Translate} from '../../core/format.js';
import type {Comment} from '../../core/types.js';
import {fieldTemplate} from './field.js';
import {outcomeTemplate, titleTemplate, type Notice} from './form-parts.js';
import {escapeCancels, formWords, type FormView} from './form-template.js';

/** The edit form's strings: the reply form's, and its own. */
export const editWords = {...formWords, ...editMessages};
export type EditTranslate = Translate<keyof typeof editWords>;

/** Where an edit's draft is kept: apart from the replies to the same comment. */
export const editPlace = (id: string) => `edit:${id}`;

/** The text an edit starts from: the source as written, where the backend keeps it. */
export const editSource = (comment: Comment) => comment.markdown ?? comment.body;

export interface EditView {
  t: EditTranslate;
  dir?: 'rtl';
  body: string;
  error?: string;
  notice?: Notice;
  saving: boolean;
  on: FormView['on'];
}

export function editTemplate(view: EditView) {
  const {t, on, saving} = view;
  return html`<form
    part="form"
    class="edit"
    dir=${view.dir ?? nothing}
    novalidate
    aria-labelledby="title"
    @submit=${on.submit}
    @focusout=${on.focusout}
    @keydown=${(event: KeyboardEvent) => escapeCancels(event, on.cancel)}
  >
    ${titleTemplate(t('editTitle'))}
    ${fieldTemplate({
      id: 'body',
      type: 'textarea',
      label: t('commentLabel'),
      value: view.body,
      required: true,
      readonly: saving,
      error: view.error,
      keyshortcuts: 'Control+Enter Meta+Enter',
      onInput: on.bodyInput,
      onKeydown: on.keydown,
    })}
    <div class="actions">
      <button type="submit" part="submit" ?disabled=${saving}>
        ${t(saving ? 'savingEdit' : 'saveEdit')}
      </button>
      <button type="button" class="cancel" @click=${on.cancel}>${t('cancelEdit')}</button>
    </div>
    ${outcomeTemplate(view.notice, {label: t('retry'), disabled: saving, onClick: on.retry})}
  </form>`;
}

interface EditFailure {
  message: keyof typeof editWords;
  params?: Record<string, string | number>;
  /** The message belongs next to the comment box. */
  field?: 'body';
  retry: boolean;
}

export function describeEditFailure(error: unknown): EditFailure {
  if (!isAdapterError(error)) return {message: 'errorEditNetwork', retry: true};
  const reason = error.message.trim();
  switch (error.code) {
    case 'validation':
      return error.field === 'body' && reason
        ? {field: 'body', message: 'errorFieldRejected', params: {reason}, retry: false}
        : {message: 'errorRejected', params: {reason: reason || error.code}, retry: false};
    case 'rate-limited':
      return error.retryAfter && error.retryAfter > 0
        ? {message: 'errorRateLimited', params: {count: Math.ceil(error.retryAfter)}, retry: true}
        : {message: 'errorRateLimitedSoon', retry: true};
    case 'forbidden':
      return {message: 'errorEditClosed', retry: false};
    case 'not-found':
      return {message: 'errorEditGone', retry: false};
    default:
      return {message: 'errorEditNetwork', retry: true};
  }
}
