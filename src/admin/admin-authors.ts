import {LitElement, html} from 'lit';
import {cards, controls, tokens} from './admin.styles.js';
import type {AdminApi} from './api.js';
import {exactTime, when} from './describe.js';
import {AdminErrorEvent} from './events.js';
import {ListLoad, noRows} from './load-failed.js';
import type {Block} from './types.js';

/**
 * Blocked authors, newest first, each with Unblock. Authors are blocked
 * from their comments (in the queue or the recent list).
 */
export class NatterAdminAuthors extends LitElement {
  static override styles = [tokens, controls, cards];
  static override properties = {
    api: {attribute: false},
    blocks: {state: true},
    notice: {state: true},
  };

  api?: AdminApi;
  private blocks: Block[] = [];
  private readonly list = new ListLoad(this);
  private notice = '';

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('api')) void this.load();
  }

  async load(): Promise<void> {
    if (!this.api) return;
    const api = this.api;
    await this.list.run(async () => {
      this.blocks = await api.blocks();
    });
  }

  override render() {
    return html`<section aria-labelledby="title">
      <h2 id="title">Blocked authors</h2>
      <p class="muted">
        Block an author from one of their comments in the queue or the recent list. A block matches
        their author key and, when they gave one, their email.
      </p>
      <div role="status">${this.notice}</div>
      ${
        this.blocks.length
          ? html`<ul class="cards" role="list" aria-labelledby="title">
              ${this.blocks.map((block) => this.renderBlock(block))}
            </ul>`
          : noRows(this.list.loading, this.list.failed, 'Nobody is blocked.', () => this.load())
      }
    </section>`;
  }

  private renderBlock(block: Block) {
    const action =
      block.action === 'hold' ? 'New comments are held for review' : 'New comments are dropped';
    return html`<li class="card">
      <h3>${block.name}</h3>
      <p>
        ${action}. Blocked
        <time datetime=${block.createdAt} title=${exactTime(block.createdAt)}
          >${when(block.createdAt)}</time
        >${block.hasEmail ? ', by author key and email' : ', by author key'}.
      </p>
      <div class="bar">
        <button @click=${() => this.unblock(block)}>Unblock ${block.name}</button>
      </div>
    </li>`;
  }

  private async unblock(block: Block) {
    if (!this.api) return;
    try {
      await this.api.unblock(block.id);
      this.blocks = this.blocks.filter((b) => b.id !== block.id);
      this.notice = `${block.name} is no longer blocked.`;
    } catch (error) {
      this.dispatchEvent(new AdminErrorEvent(error));
    }
  }
}
