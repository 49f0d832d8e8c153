/**
 * The reply form's heading (or "Replying to …" with Cancel) and the outcome
 * line under it: a polite live region for "posted" or what went wrong, and a
 * Retry button when trying again can help.
 */
import {html, nothing, type TemplateResult} from 'lit';

export interface Notice {
  text: string;
  failed: boolean;
  retry: boolean;
}

export function titleTemplate(
  title: string,
  cancel?: {label: string; onClick: () => void},
): TemplateResult {
  if (!cancel) return html`<h2 id="title">${title}</h2>`;
  return html`<div class="replying">
    <h2 id="title">${title}</h2>
    <button type="button" class="cancel" @click=${cancel.onClick}>${cancel.label}</button>
  </div>`;
}

export function outcomeTemplate(
  notice: Notice | undefined,
  retry: {label: string; disabled: boolean; onClick: () => void},
): TemplateResult {
  // The status region is always in the page, so screen readers hear what
  // appears in it (a region added together with its text is often missed).
  return html`<p class="notice ${notice?.failed ? 'failed' : ''}" role="status">${notice?.text}</p>
    ${
      notice?.retry
        ? html`<div class="actions">
            <button type="button" class="retry" ?disabled=${retry.disabled} @click=${retry.onClick}>
              ${retry.label}
            </button>
          </div>`
        : nothing
    }`;
}

/**
 * Clicking Post disables the button, which drops focus to the page. Put it
 * back somewhere useful: Retry when there is one, else `fallback`.
 */
export function restoreFocus(root: ShadowRoot | null, fallback: HTMLElement | undefined): void {
  if (root?.activeElement) return;
  const active = document.activeElement;
  if (active && active !== document.body) return;
  const retry = root?.querySelector<HTMLElement>('.retry');
  if (retry) retry.focus();
  else fallback?.focus();
}

export function commentBox(root: ParentNode | undefined): HTMLTextAreaElement | undefined {
  return root?.querySelector<HTMLTextAreaElement>('#body') ?? undefined;
}

export function focusField(root: ShadowRoot | null, field: string): void {
  root?.querySelector<HTMLElement>(`#${field}`)?.focus();
}
