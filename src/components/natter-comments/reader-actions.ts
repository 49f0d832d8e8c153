/**
 * What the reader's buttons on a comment do: Edit moves a second reply form
 * (in edit mode) into the comment in place of its text, Delete asks first
 * and then removes the comment or leaves its tombstone, and the vote buttons
 * count at once and take it back if the backend refuses. Every outcome is
 * spoken through the section's live region; failures also go out as
 * `natter-error`.
 */
import {asError} from '../../core/as-error.js';
import type {Comment} from '../../core/types.js';
import {CommentDeletedEvent} from '../../events/comment-deleted-event.js';
import type {CommentUpdatedEvent} from '../../events/comment-updated-event.js';
import type {EditCancelEvent} from '../../events/edit-cancel-event.js';
import {NatterErrorEvent} from '../../events/error-event.js';
import type {NatterEditForm} from '../natter-reply-form/edit-form.js';
import type {FormHostElement} from './reply-form-host.js';
import type {ReaderView} from './reader-view.js';
import {VoteActions, type VoteTools} from './vote-actions.js';

type EditForm = HTMLElement &
  Pick<NatterEditForm, 'adapter' | 'thread' | 'editing' | 'messages' | 'lang' | 'focus'>;

let loading: Promise<void> | undefined;

/** The edit form's code comes on the first Edit; until then the element waits to upgrade. */
function loadEditForm(host: EventTarget): void {
  loading ??= import('../natter-reply-form/edit-form.js').then(
    (module) => module.NatterEditForm.define(),
    (error: unknown) => {
      loading = undefined;
      host.dispatchEvent(new NatterErrorEvent(asError(error), 'load'));
    },
  );
}

export interface ReaderTools extends VoteTools {
  host: FormHostElement;
  later: (run: () => void, ms: number) => void;
}

export class ReaderActions {
  private editingId?: string;
  private confirmingId?: string;
  private form?: EditForm;
  private deadline = Infinity;
  private readonly deleting = new Set<string>();
  private readonly votes: VoteActions;

  constructor(private readonly tools: ReaderTools) {
    this.votes = new VoteActions(tools);
  }

  /** What the templates need this render. */
  view(lang: string): ReaderView {
    const adapter = this.tools.data.adapter;
    const editing = this.editingId ? this.tools.state.tree?.get(this.editingId) : undefined;
    if (editing && this.form) {
      const form = this.form;
      form.adapter = adapter;
      form.thread = this.tools.data.threadKey;
      form.messages = this.tools.host.messages;
      form.lang = lang;
      if (form.editing?.id !== editing.comment.id) form.editing = editing.comment;
    }
    return {
      votes: typeof adapter?.vote === 'function',
      downVotes: adapter?.capabilities?.downVotes === true,
      edit: typeof adapter?.update === 'function',
      remove: typeof adapter?.remove === 'function',
      editingId: editing ? this.editingId : undefined,
      editForm: editing ? this.form : undefined,
      confirmingId: this.confirmingId,
      editDeadline: this.editDeadline,
      confirmKey: this.confirmKey,
    };
  }

  /** A click on one of the reader's buttons (`data-action`) of comment `id`. */
  act(id: string, action: string | undefined): void {
    if (action === 'vote-up' || action === 'vote-down') void this.votes.toggle(id, action);
    else if (action === 'edit') void this.openEdit(id);
    else if (action === 'delete') void this.askDelete(id);
    else if (action === 'delete-cancel') void this.closeConfirm(id);
    else if (action === 'delete-confirm') void this.remove(id);
  }

  /** Escape in the delete question keeps the comment. */
  private confirmKey = (event: KeyboardEvent) => {
    const id = this.confirmingId;
    if (event.key !== 'Escape' || !id || event.defaultPrevented) return;
    event.preventDefault();
    void this.closeConfirm(id);
  };

  private editDeadline = (time: number) => {
    // One timer for the soonest window to close; the redraw then asks for the next.
    // A timer the element's leaving cancelled has left a deadline in the past.
    if (time >= this.deadline && this.deadline > Date.now()) return;
    this.deadline = time;
    this.tools.later(
      () => {
        this.deadline = Infinity;
        this.tools.state.redrawAll();
      },
      Math.max(0, time - Date.now()) + 50,
    );
  };

  private async openEdit(id: string): Promise<void> {
    const previous = this.editingId;
    this.editingId = id;
    this.form ??= this.createForm();
    this.tools.state.touch(previous, id);
    await this.tools.host.updateComplete;
    // The first Edit waits for the form's code; until then focus() does nothing.
    await loading;
    if (this.editingId === id) this.form.focus();
  }

  private async closeEdit(id: string, focus: 'article' | 'edit'): Promise<void> {
    if (this.editingId !== id) return;
    this.editingId = undefined;
    if (this.form) this.form.editing = null;
    this.tools.state.touch(id);
    await this.tools.host.updateComplete;
    if (focus === 'edit') this.button(id, 'edit')?.focus();
    if (focus === 'article' || !this.button(id, 'edit')) await this.tools.host.focusComment(id);
  }

  private createForm(): EditForm {
    loadEditForm(this.tools.host);
    const form = document.createElement('natter-edit-form') as EditForm;
    form.setAttribute('part', 'form');
    form.setAttribute('exportparts', 'field, submit: button');
    form.addEventListener('natter-comment-updated', this.onUpdated);
    form.addEventListener('natter-edit-cancel', this.onEditCancel);
    return form;
  }

  private onUpdated = (event: CommentUpdatedEvent) => {
    this.tools.state.applyLive({type: 'updated', comment: event.comment});
    this.tools.announce(this.tools.t('announceEdited'));
    void this.closeEdit(event.comment.id, 'article');
  };

  private onEditCancel = (event: EditCancelEvent) => void this.closeEdit(event.id, 'edit');

  private async askDelete(id: string): Promise<void> {
    const previous = this.confirmingId;
    this.confirmingId = id;
    this.tools.state.touch(previous, id);
    await this.tools.host.updateComplete;
    this.button(id, 'delete-cancel')?.focus();
  }

  private async closeConfirm(id: string): Promise<void> {
    if (this.confirmingId === id) this.confirmingId = undefined;
    this.tools.state.touch(id);
    await this.tools.host.updateComplete;
    this.button(id, 'delete')?.focus();
  }

  private async remove(id: string): Promise<void> {
    const {data, state, t, announce, host} = this.tools;
    const adapter = data.adapter;
    if (!adapter?.remove || this.deleting.has(id)) return;
    this.deleting.add(id);
    // Where focus goes if the comment leaves: the comment after it, else the one before.
    const item = this.article(id)?.parentElement;
    const near = (item?.nextElementSibling ?? item?.previousElementSibling)?.querySelector(
      ':scope > article',
    );
    try {
      const tombstone: Comment | null = await adapter.remove(data.threadKey, id);
      this.confirmingId = undefined;
      if (tombstone) state.applyLive({type: 'updated', comment: tombstone});
      else state.applyLive({type: 'deleted', id});
      if (this.editingId === id) this.editingId = undefined;
      announce(t('announceDeleted'));
      host.dispatchEvent(new CommentDeletedEvent(id, data.threadKey, tombstone));
      await host.updateComplete;
      const target = tombstone ? this.article(id) : near;
      if (target instanceof HTMLElement) target.focus();
    } catch (caught) {
      const error = asError(caught);
      announce(t('deleteError'));
      host.dispatchEvent(new NatterErrorEvent(error, 'delete'));
      await this.closeConfirm(id);
    } finally {
      this.deleting.delete(id);
    }
  }

  private article(id: string): HTMLElement | null | undefined {
    return this.tools.host.shadowRoot?.getElementById(`comment-${id}`);
  }

  private button(id: string, action: string): HTMLElement | null | undefined {
    return this.article(id)?.querySelector<HTMLElement>(
      `:scope > .actions button[data-action="${action}"]`,
    );
  }
}
