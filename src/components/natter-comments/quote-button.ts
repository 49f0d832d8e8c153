/**
 * The Quote button of a comment, offered where the backend keeps Markdown:
 * it opens the reply form under the comment with the comment's text quoted
 * (reply-form-host.ts). Its spoken name says whose words it quotes.
 */
import {html, type TemplateResult} from 'lit';
import {withQuote} from '../../core/quote.js';
import type {SectionTranslate} from './section-words.js';

/** "Quote <name>", formatted once per render (a new context each) and name. */
const labels = new WeakMap<object, Map<string, string>>();

export function quoteButton(ctx: {t: SectionTranslate}, name: string): TemplateResult {
  const t = ctx.t;
  let known = labels.get(ctx);
  if (!known) labels.set(ctx, (known = new Map()));
  let label = known.get(name);
  if (label === undefined) {
    label = t('quoteButtonLabel', {name});
    known.set(name, label);
  }
  return html`<button
    type="button"
    part="button"
    data-action="quote"
    aria-label=${label}
    .textContent=${t('quoteButton')}
  ></button>`;
}

/**
 * Adds `quote` to the form's comment box after the text already there (a
 * draft in progress is kept, never replaced), as if the reader had pasted
 * it, so the form saves it like anything typed. Switches to the Write tab
 * first and leaves the cursor after the quote.
 */
export async function insertQuote(
  form: HTMLElement & {readonly updateComplete: Promise<boolean>},
  quote: string,
): Promise<void> {
  await form.updateComplete;
  const root = form.shadowRoot;
  const writeTab = root?.querySelector<HTMLElement>('#write-tab[aria-selected="false"]');
  if (writeTab) {
    writeTab.click();
    await form.updateComplete;
  }
  const box = root?.querySelector<HTMLTextAreaElement>('textarea#body');
  if (!box) return;
  box.value = withQuote(box.value, quote);
  box.dispatchEvent(new InputEvent('input', {bubbles: true, inputType: 'insertFromPaste'}));
  box.focus();
  box.setSelectionRange(box.value.length, box.value.length);
}
