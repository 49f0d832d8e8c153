/**
 * The Write and Preview tabs around the comment box, where the backend keeps
 * Markdown. The preview is the comment as the list will show it, built by
 * the same renderer (loaded when the reader first opens the preview); the
 * formatting help lists the syntax. Tabs follow the ARIA tabs pattern:
 * arrow keys, Home and End move between them, and selecting follows focus.
 */
import {html, nothing, type TemplateResult} from 'lit';
import type {CommentsAdapter} from '../../adapters/types.js';
import {asError} from '../../core/as-error.js';
import {NatterErrorEvent} from '../../events/error-event.js';
import type {Translate} from '../../core/format.js';
import type {FormMessageKey} from '../../core/form-messages.js';

type FormTranslate = Translate<FormMessageKey>;

type Host = HTMLElement & {
  adapter?: CommentsAdapter;
  requestUpdate(): void;
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly updateComplete: Promise<boolean>;
};

const tabs = new WeakMap<Host, WritePreview>();

/** The form's Write and Preview tabs, or `undefined` where the backend keeps no Markdown. */
export function writePreviewOf(host: Host): WritePreview | undefined {
  if (!host.adapter?.capabilities?.markdown) return undefined;
  let found = tabs.get(host);
  if (!found) tabs.set(host, (found = new WritePreview(host)));
  return found;
}

export class WritePreview {
  /** The Preview tab is selected. */
  previewing = false;
  private render?: (source: string) => HTMLElement;
  private loading = false;
  private shown?: {source: string; body: HTMLElement};
  private lastError?: string;
  private lastBody = '';

  constructor(private readonly host: Host) {}

  /** Selects a tab; `focus` moves the focus onto it (keyboard). */
  async select(preview: boolean, focus = false): Promise<void> {
    this.previewing = preview;
    if (preview) this.load();
    this.host.requestUpdate();
    if (!focus) return;
    await this.host.updateComplete;
    this.host.renderRoot
      .querySelector<HTMLElement>(preview ? '#preview-tab' : '#write-tab')
      ?.focus();
  }

  /** The comment box `field` inside the tabs, with the preview panel and the formatting help. */
  template(t: FormTranslate, field: TemplateResult, body: string, error?: string): TemplateResult {
    // A new error about the text, or a posted comment, brings the comment box back.
    if ((error && error !== this.lastError) || (this.lastBody && !body)) this.previewing = false;
    this.lastError = error;
    this.lastBody = body;
    const previewing = this.previewing;
    return html`<div class="write-preview">
      <div class="tabs" role="tablist" aria-label=${t('commentLabel')} @keydown=${this.onKeydown}>
        <button
          type="button"
          role="tab"
          id="write-tab"
          aria-selected=${previewing ? 'false' : 'true'}
          aria-controls="write-panel"
          tabindex=${previewing ? '-1' : '0'}
          @click=${() => this.select(false)}
        >
          ${t('writeTab')}
        </button>
        <button
          type="button"
          role="tab"
          id="preview-tab"
          aria-selected=${previewing ? 'true' : 'false'}
          aria-controls="preview-panel"
          tabindex=${previewing ? '0' : '-1'}
          @click=${() => this.select(true)}
        >
          ${t('previewTab')}
        </button>
      </div>
      <div role="tabpanel" id="write-panel" aria-labelledby="write-tab" ?hidden=${previewing}>
        ${field}
      </div>
      <div
        role="tabpanel"
        id="preview-panel"
        class="preview"
        aria-labelledby="preview-tab"
        tabindex="0"
        aria-busy=${previewing && !this.render ? 'true' : 'false'}
        ?hidden=${!previewing}
      >
        ${previewing ? this.preview(t, body) : nothing}
      </div>
      ${formattingHelp(t)}
    </div>`;
  }

  private preview(t: FormTranslate, source: string) {
    if (!source.trim()) return html`<p class="preview-empty">${t('previewEmpty')}</p>`;
    if (!this.render) return nothing;
    if (this.shown?.source !== source) this.shown = {source, body: this.render(source)};
    return this.shown.body;
  }

  private load(): void {
    if (this.render || this.loading) return;
    this.loading = true;
    import('../markdown-body.js').then(
      (module) => {
        this.render = module.markdownBody;
        this.host.requestUpdate();
      },
      (error: unknown) => {
        // The tab stays empty; opening it again tries again.
        this.loading = false;
        this.host.dispatchEvent(new NatterErrorEvent(asError(error), 'load'));
      },
    );
  }

  private onKeydown = (event: KeyboardEvent) => {
    const key = event.key;
    let preview: boolean;
    // Two tabs: either arrow moves to the other one, whatever the writing direction.
    if (key === 'ArrowLeft' || key === 'ArrowRight') preview = !this.previewing;
    else if (key === 'Home') preview = false;
    else if (key === 'End') preview = true;
    else return;
    event.preventDefault();
    void this.select(preview, true);
  };
}

/** What the reader may write, each with the words of their language. */
function formattingHelp(t: FormTranslate): TemplateResult {
  const examples = [
    `*${t('formatItalic')}*`,
    `**${t('formatBold')}**`,
    `\`${t('formatCode')}\``,
    `> ${t('formatQuote')}`,
    `- ${t('formatListItem')}`,
    `1. ${t('formatListItem')}`,
    `[${t('formatLink')}](https://example.com)`,
  ];
  return html`<details class="formatting">
    <summary>${t('formattingHelp')}</summary>
    <ul>
      ${examples.map((example) => html`<li><code>${example}</code></li>`)}
      <li>${t('formatCodeBlock')}</li>
    </ul>
  </details>`;
}
