import {html, nothing} from 'lit';
import {repeat} from 'lit/directives/repeat.js';
import {cards, controls, tokens} from './admin.styles.js';
import {bulkBar} from './bulk-bar.js';
import {CommentList} from './comment-list.js';
import {commentRow, type RowHandlers} from './comment-row.js';
import {listStyles} from './list.styles.js';
import {noRows, showMore} from './load-failed.js';
import {filtersForm, readFilters, type Filters} from './recent-filters.js';
import type {AdminComment} from './types.js';

/**
 * A list of comments to moderate: the queue (held comments, oldest first)
 * or the recent list (every comment, newest first, with filters and
 * editing).
 */
export class NatterAdminComments extends CommentList {
  static override styles = [tokens, controls, cards, listStyles];

  override render() {
    const queue = this.mode === 'queue';
    const count = `${this.comments.length}${this.nextCursor ? '+' : ''}`;
    return html`<section aria-labelledby="title">
      <div class="bar top">
        <h2 id="title">${queue ? 'Held comments' : 'Recent comments'}</h2>
        <span class="muted">${queue ? `${count} waiting` : `${count} shown`}</span>
      </div>
      ${
        queue
          ? nothing
          : filtersForm(this.filters, {
              apply: (form) => this.applyFilters(readFilters(form, this.filters)),
              clearAuthor: () => this.applyFilters({...this.filters, author: undefined}),
            })
      }
      <div class="notice" role="status">
        ${
          this.undo.available
            ? html`${this.undo.label} <button @click=${this.undoLast}>Undo</button>`
            : this.notice
        }
      </div>
      ${bulkBar(this.comments, this.selected, this.busy, {
        select: (ids) => (this.selected = new Set(ids)),
        act: (chosen, action) => void this.act(chosen, action),
      })}
      ${this.renderList(queue)} ${showMore(this.nextCursor, this.loading, () => this.load(true))}
    </section>`;
  }

  private renderList(queue: boolean) {
    if (!this.comments.length) {
      const empty = queue ? 'No comments are waiting. All done.' : 'No comments match.';
      return noRows(this.loading, this.failed, empty, () => this.load());
    }
    const current = this.comments.some((c) => c.id === this.currentId)
      ? this.currentId
      : this.comments[0].id;
    const handlers: RowHandlers = {
      act: (comment, action) => void this.act([comment], action),
      toggle: (comment) => this.toggle(comment),
      focusRow: (comment) => (this.currentId = comment.id),
      block: (comment, action) => void this.block(comment, action),
      ...(queue
        ? {}
        : {
            edit: (comment: AdminComment) => void this.editText(comment.id),
            save: (comment: AdminComment, body: string) => void this.save(comment, body),
            cancelEdit: () => void this.editText(undefined),
            filterAuthor: (comment: AdminComment) =>
              this.applyFilters({
                ...this.filters,
                author: comment.authorKey,
                authorName: comment.author.name,
              }),
          }),
    };
    return html`<ol class="cards" role="list" aria-labelledby="title">
      ${repeat(
        this.comments,
        (c) => c.id,
        (c) =>
          commentRow(
            c,
            {
              site: this.site,
              current: c.id === current,
              selected: this.selected.has(c.id),
              editing: c.id === this.editingId,
              busy: this.busy,
              showStatus: !queue,
            },
            handlers,
          ),
      )}
    </ol>`;
  }

  /** Opens the editor on a comment (focus goes into it), or closes it (focus back on the row). */
  private async editText(id: string | undefined) {
    const row = this.editingId;
    this.editingId = id;
    await this.updateComplete;
    if (id)
      this.renderRoot
        .querySelector<HTMLElement>(`li[data-id="${CSS.escape(id)}"] textarea`)
        ?.focus();
    else if (row) void this.focusRow(row);
  }

  private applyFilters(filters: Filters) {
    this.filters = filters;
    void this.load();
  }

  private async save(comment: AdminComment, body: string) {
    if (!this.api) return;
    this.busy = true;
    try {
      this.put(await this.api.edit(comment.id, body));
      void this.editText(undefined);
      this.notice = 'The new text is saved.';
    } catch (error) {
      this.fail(error, false);
    } finally {
      this.busy = false;
    }
  }
}
