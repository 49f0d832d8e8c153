import {LitElement} from 'lit';
import type {AdminApi} from './api.js';
import {AdminApiError} from './api.js';
import {changedBy, DONE_WORDS, moderate, type Outcome, putBack} from './comment-actions.js';
import type {RowAction} from './comment-row.js';
import {type ListMode, upsert} from './comment-list-state.js';
import {plural} from './describe.js';
import {AdminErrorEvent} from './events.js';
import type {KeyCommand} from './keys.js';
import type {Filters} from './recent-filters.js';
import type {AdminComment, BlockAction, CommentQuery} from './types.js';
import {UndoController} from './undo.js';

/**
 * The state and actions of a list of comments to moderate; the element
 * (admin-comments.ts) draws it. Keys come from the console (`handleKey`),
 * live changes too (`receive`); each action can be undone for a few seconds.
 */
export class CommentList extends LitElement {
  static override properties = {
    api: {attribute: false},
    site: {attribute: false},
    mode: {attribute: 'mode'},
    comments: {state: true},
    nextCursor: {state: true},
    loading: {state: true},
    failed: {state: true},
    currentId: {state: true},
    selected: {state: true},
    busy: {state: true},
    editingId: {state: true},
    filters: {state: true},
    notice: {state: true},
  };

  api?: AdminApi;
  /** Origin of the article pages, for thread links. */
  site?: string;
  mode: ListMode = 'queue';

  protected comments: AdminComment[] = [];
  protected nextCursor?: string;
  protected loading = false;
  /** The last load failed (the list is not to be read as empty). */
  protected failed = false;
  protected currentId?: string;
  protected selected = new Set<string>();
  protected busy = false;
  protected editingId?: string;
  protected filters: Filters = {status: 'all'};
  protected notice = '';
  private loads = 0;
  protected readonly undo = new UndoController(this);

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('api') || changed.has('mode')) void this.load();
  }

  /** Puts in a comment that changed elsewhere (the live stream). */
  receive(comment: AdminComment): void {
    const known = this.comments.some((c) => c.id === comment.id);
    const queue = this.mode === 'queue';
    if (!known && queue && comment.status === 'pending') {
      this.notice = `New held comment from ${comment.author.name}.`;
      // Older held comments are still to load: the new one comes after them.
      if (this.nextCursor) return;
    }
    this.put(comment);
  }

  /** Carries out a console key; returns whether it meant something here. */
  handleKey(command: KeyCommand): boolean {
    const at = this.comments.findIndex((c) => c.id === this.currentId);
    const current = this.comments[at];
    if (command === 'next' || command === 'previous') {
      const to = this.comments[at < 0 ? 0 : at + (command === 'next' ? 1 : -1)];
      if (to) void this.focusRow(to.id);
      return Boolean(to);
    }
    if (!current || this.editingId) return false;
    if (command === 'select') this.toggle(current);
    else if (command === 'approve' || command === 'remove' || command === 'spam') {
      void this.act([current], command);
    } else return false;
    return true;
  }

  async load(more = false): Promise<void> {
    if (!this.api) return;
    const token = ++this.loads;
    const {authorName: _, ...filters} = this.filters;
    const query: CommentQuery =
      this.mode === 'queue'
        ? {status: 'pending', order: 'oldest'}
        : {...filters, status: filters.status ?? 'all', order: 'newest'};
    this.loading = true;
    try {
      const page = await this.api.comments({...query, cursor: more ? this.nextCursor : undefined});
      if (token !== this.loads) return;
      const known = new Set(this.comments.map((c) => c.id));
      this.comments = more
        ? [...this.comments, ...page.comments.filter((c) => !known.has(c.id))]
        : page.comments;
      this.nextCursor = page.nextCursor;
      this.failed = false;
      if (!more) this.selected = new Set();
    } catch (error) {
      if (token !== this.loads) return;
      this.failed = !more;
      this.fail(error, false);
    } finally {
      if (token === this.loads) this.loading = false;
    }
  }

  protected toggle(comment: AdminComment) {
    const selected = new Set(this.selected);
    if (!selected.delete(comment.id)) selected.add(comment.id);
    this.selected = selected;
  }

  protected put(comment: AdminComment) {
    const {authorName: _, ...filters} = this.filters;
    this.comments = upsert(this.comments, comment, this.mode, filters);
  }

  protected async focusRow(id: string) {
    this.currentId = id;
    await this.updateComplete;
    const row = this.renderRoot.querySelector<HTMLElement>(`li[data-id="${CSS.escape(id)}"]`);
    row?.focus();
    row?.scrollIntoView?.({block: 'nearest'});
  }

  protected async act(targets: AdminComment[], action: RowAction) {
    const todo = changedBy(targets, action);
    if (!this.api || this.busy || !todo.length) return;
    const at = this.comments.findIndex((c) => c.id === this.currentId);
    const hadFocus = Boolean((this.renderRoot as ShadowRoot).activeElement);
    this.busy = true;
    const outcome = await moderate(this.api, todo, action);
    this.busy = false;
    this.settle(outcome);
    const gone = new Set(outcome.undo.map((u) => u.id));
    this.selected = new Set([...this.selected].filter((id) => !gone.has(id)));
    if (outcome.undo.length) {
      const what = plural(outcome.undo.length, 'comment', 'comments');
      this.undo.offer(`${DONE_WORDS[action]} ${what}.`, outcome.undo);
    }
    // The queue drops what was acted on: the row that took its place becomes current.
    const next = this.comments[Math.min(Math.max(at, 0), this.comments.length - 1)];
    if (next && !this.comments.some((c) => c.id === this.currentId)) {
      if (hadFocus) void this.focusRow(next.id);
      else this.currentId = next.id;
    }
  }

  protected undoLast = async () => {
    const entries = this.undo.take();
    if (!this.api || !entries.length) return;
    const outcome = await putBack(this.api, entries);
    this.settle(outcome);
    if (!outcome.error) {
      this.notice = `Undone: ${plural(entries.length, 'comment', 'comments')} put back.`;
    }
  };

  private settle(outcome: Outcome) {
    for (const comment of outcome.updated) this.put(comment);
    if (outcome.error) this.fail(outcome.error);
  }

  protected async block(comment: AdminComment, action: BlockAction) {
    if (!this.api) return;
    try {
      const block = await this.api.block(comment.id, action);
      this.comments = this.comments.map((c) =>
        c.authorKey === comment.authorKey ? {...c, blocked: true} : c,
      );
      const what = action === 'hold' ? 'held for review' : 'dropped';
      this.notice = `Blocked ${block.name}: their new comments will be ${what}.`;
    } catch (error) {
      this.fail(error);
    }
  }

  protected fail(error: unknown, reload = true) {
    this.dispatchEvent(new AdminErrorEvent(error));
    if (reload && error instanceof AdminApiError && error.code === 'not-found') void this.load();
  }
}
