import type {PropertyValues} from 'lit';
import {asError} from '../../core/as-error.js';
import {translator} from '../../core/format.js';
import type {Comment} from '../../core/types.js';
import {validateDraft} from '../../core/validate.js';
import {CommentUpdatedEvent} from '../../events/comment-updated-event.js';
import {EditCancelEvent} from '../../events/edit-cancel-event.js';
import {NatterErrorEvent} from '../../events/error-event.js';
import {PageWords} from '../page-words.js';
import {DraftKeeper} from './draft-keeper.js';
import {
  describeEditFailure,
  editPlace,
  editSource,
  editTemplate,
  editWords,
  type EditTranslate,
} from './edit-mode.js';
import {focusField, type Notice} from './form-parts.js';
import type {FormView} from './form-template.js';
import {NatterReplyForm} from './natter-reply-form.js';

/**
 * The reply form in edit mode: the reader's own comment, in place of its
 * text, with Save and Cancel and no identity fields. It keeps the reply's
 * draft safety: the text is stored per comment while it is written (a
 * reload restores it when the reader presses Edit again), and a failed save
 * keeps it in the box. `<natter-comments>` loads it on the first Edit.
 *
 * @fires natter-comment-updated - The edit was saved (`CommentUpdatedEvent`).
 * @fires natter-edit-cancel - The person left the edit without saving; its draft is dropped.
 * @fires natter-error - A save failed (`context` `edit`); the text stays.
 */
export class NatterEditForm extends NatterReplyForm {
  static override properties = {
    ...NatterReplyForm.properties,
    editing: {attribute: false},
    text: {state: true, attribute: false},
    problem: {state: true, attribute: false},
    saving: {state: true, attribute: false},
  };

  static override define(tag = 'natter-edit-form', registry = customElements) {
    if (!registry.get(tag)) registry.define(tag, this);
  }

  /** The reader's own comment to edit. Property only. */
  editing: Comment | null = null;
  /** Comments queued offline are the thread's reply form's to send, not an edit's. */
  readonly sendsQueued = false;

  private text = '';
  private problem?: {field?: 'body'; notice?: Notice; text: string};
  private saving = false;
  private editDrafts = new DraftKeeper(this);
  private readonly pageWords = new PageWords(this, () => this.messages);
  private tr: EditTranslate = translator(editWords, this.pageWords.wording);

  // Replaces the reply form's own: an edit has no reply draft to open.
  protected override willUpdate(changed: PropertyValues<this>): void {
    const comment = this.editing;
    if (!comment || !(changed.has('editing') || changed.has('thread'))) return;
    this.editDrafts.open({thread: this.thread, parentId: editPlace(comment.id)});
    this.text = this.editDrafts.draft.body || editSource(comment);
    this.problem = undefined;
  }

  override render() {
    const problem = this.problem;
    return editTemplate({
      t: this.tr,
      dir: this.pageWords.dir,
      body: this.text,
      error: problem?.field ? problem.text : undefined,
      notice: problem?.notice,
      saving: this.saving,
      on: this.on,
    });
  }

  private on: FormView['on'] = {
    submit: (event) => {
      event.preventDefault();
      void this.save();
    },
    focusout: () => this.editDrafts.flush(),
    bodyInput: (event) => {
      this.text = (event.target as HTMLTextAreaElement).value;
      this.editDrafts.setBody(this.text);
      if (this.problem?.field) this.problem = undefined;
    },
    keydown: (event) => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        void this.save();
      }
    },
    identityInput: () => {},
    cancel: () => {
      const comment = this.editing;
      if (!comment) return;
      this.editDrafts.accepted({thread: this.thread, parentId: editPlace(comment.id)});
      this.dispatchEvent(new EditCancelEvent(comment.id));
    },
    retry: () => void this.save(),
  };

  /** Checks the text and saves it; unchanged text just leaves the edit. */
  private async save(): Promise<void> {
    const {adapter, thread, editing: comment} = this;
    if (this.saving || !comment) return;
    this.editDrafts.flush();
    const input = {body: this.text, name: '', email: '', url: ''};
    const [invalid] = validateDraft(input, {signedIn: true});
    if (invalid) return this.show('body', this.tr(invalid.message, invalid.params), false);
    const body = this.text.trim();
    if (body === editSource(comment).trim()) return this.on.cancel();
    this.saving = true;
    try {
      if (!adapter?.update) throw new Error('Editing needs an adapter with update().');
      const saved = await adapter.update(thread, comment.id, {body});
      this.editDrafts.accepted({thread, parentId: editPlace(comment.id)});
      this.dispatchEvent(new CommentUpdatedEvent(saved, thread));
    } catch (caught) {
      const error = asError(caught);
      const view = describeEditFailure(error);
      this.show(view.field, this.tr(view.message, view.params), view.retry);
      this.dispatchEvent(new NatterErrorEvent(error, 'edit'));
    } finally {
      this.saving = false;
    }
  }

  private show(field: 'body' | undefined, text: string, retry: boolean): void {
    this.problem = field ? {field, text} : {text, notice: {text, failed: true, retry}};
    if (field) void this.updateComplete.then(() => focusField(this.shadowRoot, field));
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'natter-edit-form': NatterEditForm;
  }
}
