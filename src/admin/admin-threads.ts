import {LitElement, css, html} from 'lit';
import {cards, controls, tokens} from './admin.styles.js';
import type {AdminApi} from './api.js';
import {exactTime, threadUrl, when} from './describe.js';
import {AdminErrorEvent} from './events.js';
import {ListLoad, noRows, showMore} from './load-failed.js';
import type {ThreadSummary} from './types.js';

/** Threads by last activity, with their counts; each can be closed to new comments and reopened. */
export class NatterAdminThreads extends LitElement {
  static override styles = [
    tokens,
    controls,
    cards,
    css`
      dl {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem 1rem;
        margin: 0;
      }
      dl div {
        display: flex;
        gap: 0.3rem;
      }
      dd {
        margin: 0;
        font-weight: 600;
      }
    `,
  ];
  static override properties = {
    api: {attribute: false},
    site: {attribute: false},
    threads: {state: true},
    nextCursor: {state: true},
    notice: {state: true},
  };

  api?: AdminApi;
  site?: string;
  private threads: ThreadSummary[] = [];
  private nextCursor?: string;
  private readonly list = new ListLoad(this);
  private notice = '';

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('api')) void this.load();
  }

  async load(more = false): Promise<void> {
    if (!this.api) return;
    const api = this.api;
    await this.list.run(async () => {
      const page = await api.threads(more ? this.nextCursor : undefined);
      this.threads = more ? [...this.threads, ...page.threads] : page.threads;
      this.nextCursor = page.nextCursor;
    });
  }

  override render() {
    return html`<section aria-labelledby="title">
      <h2 id="title">Threads</h2>
      <div role="status">${this.notice}</div>
      ${
        this.threads.length
          ? html`<ul class="cards" role="list" aria-labelledby="title">
              ${this.threads.map((t) => this.renderThread(t))}
            </ul>`
          : noRows(this.list.loading, this.list.failed, 'No threads yet.', () => this.load())
      }
      ${showMore(this.nextCursor, this.list.loading, () => this.load(true))}
    </section>`;
  }

  private renderThread(t: ThreadSummary) {
    const href = threadUrl(t.thread, this.site);
    const count = (label: string, value: number) =>
      html`<div>
        <dt>${label}</dt>
        <dd>${value.toLocaleString()}</dd>
      </div>`;
    return html`<li class="card">
      <h3>
        ${href ? html`<a href=${href} target="_blank" rel="noopener">${t.thread}</a>` : t.thread}
      </h3>
      <dl>
        ${count('Published', t.published)} ${count('Held', t.pending)} ${count('Spam', t.spam)}
        ${count('Deleted', t.deleted)}
      </dl>
      <p class="muted">
        ${t.closed ? 'Closed to new comments. ' : ''}Last activity
        <time datetime=${t.lastActivity} title=${exactTime(t.lastActivity)}
          >${when(t.lastActivity)}</time
        >.
      </p>
      <div class="bar">
        <button @click=${() => this.toggle(t)}>
          ${t.closed ? 'Reopen' : 'Close'}<span class="visually-hidden"> ${t.thread}</span>
        </button>
      </div>
    </li>`;
  }

  private async toggle(t: ThreadSummary) {
    if (!this.api) return;
    try {
      const updated = t.closed
        ? await this.api.reopenThread(t.thread)
        : await this.api.closeThread(t.thread);
      this.threads = this.threads.map((x) => (x.thread === updated.thread ? updated : x));
      this.notice = updated.closed
        ? `${updated.thread} is closed to new comments.`
        : `${updated.thread} is open to new comments again.`;
    } catch (error) {
      this.dispatchEvent(new AdminErrorEvent(error));
    }
  }
}
