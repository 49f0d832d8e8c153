/**
 * The reply form's edit mode: the reader's own comment, shown in place of
 * its text, with Save and Cancel and no identity fields. It keeps the
 * reply's draft safety: the text is stored per comment while it is written
 * (a reload restores it when the reader presses Edit again), and a failed
 * save keeps it in the box.
 */
import {html, nothing, type ReactiveController, type ReactiveControllerHost} from 'lit';
import {isAdapterError} from '../../adapters/errors.js';
import type {CommentsAdapter} from '../../adapters/types.js';
import {asError} from '../../core/as-error.js';
import type {FormMessageKey} from '../../core/form-messages.js';
import type {Comment} from '../../core/types.js';
import {validateDraft} from '../../core/validate.js';
import {CommentUpdatedEvent} from '../../events/comment-updated-event.js';
import {EditCancelEvent} from '../../events/edit-cancel-event.js';
import {NatterErrorEvent} from '../../events/error-event.js';
import type {DraftKeeper} from './draft-keeper.js';
import {fieldTemplate} from './field.js';
import {outcomeTemplate, titleTemplate, type Notice} from './form-parts.js';
import type {FormTranslate, FormView} from './form-template.js';

/** Where an edit's draft is kept: apart from the replies to the same comment. */
export const editPlace = (id: string) => `edit:${id}`;

/** The text an edit starts from: the source as written, where the backend keeps it. */
export const editSource = (comment: Comment) => comment.markdown ?? comment.body;

export interface EditView {
  t: FormTranslate;
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
    @keydown=${(event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      on.cancel();
    }}
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
  message: FormMessageKey;
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

/** What the edit mode reads from and shows in its form. */
export interface EditAccess {
  readonly drafts: DraftKeeper;
  readonly t: FormTranslate;
  current(): {adapter?: CommentsAdapter; thread: string; comment: Comment; body: string};
  /** Shows a problem: by the comment box (`field`) or in the outcome line. */
  show(problem: {field?: 'body'; text: string; retry: boolean}): void;
}

/** Saves an edit, one at a time, and says how it went through events. */
export class EditMode implements ReactiveController {
  saving = false;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly access: EditAccess,
  ) {
    host.addController(this);
  }

  hostConnected(): void {}

  async save(): Promise<void> {
    if (this.saving) return;
    const {drafts, t} = this.access;
    const {adapter, thread, comment, body} = this.access.current();
    drafts.flush();
    const [problem] = validateDraft({body, name: '', email: '', url: ''}, {signedIn: true});
    if (problem) {
      this.access.show({field: 'body', text: t(problem.message, problem.params), retry: false});
      return;
    }
    const text = body.trim();
    if (text === editSource(comment).trim()) return this.cancel(comment);
    this.setSaving(true);
    try {
      if (!adapter?.update) throw new Error('natter-reply-form needs an adapter that can update.');
      const saved = await adapter.update(thread, comment.id, {body: text});
      drafts.accepted({thread, parentId: editPlace(comment.id)});
      this.host.dispatchEvent(new CommentUpdatedEvent(saved, thread));
    } catch (caught) {
      const error = asError(caught);
      const view = describeEditFailure(error);
      this.access.show({field: view.field, text: t(view.message, view.params), retry: view.retry});
      this.host.dispatchEvent(new NatterErrorEvent(error, 'edit'));
    } finally {
      this.setSaving(false);
    }
  }

  /** Leaves the edit: its draft goes, and the list shows the comment's text again. */
  cancel(comment: Comment): void {
    const {thread} = this.access.current();
    this.access.drafts.accepted({thread, parentId: editPlace(comment.id)});
    this.host.dispatchEvent(new EditCancelEvent(comment.id));
  }

  private setSaving(saving: boolean): void {
    this.saving = saving;
    this.host.requestUpdate();
  }
}
