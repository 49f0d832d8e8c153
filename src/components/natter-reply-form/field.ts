/**
 * One labelled field of the reply form: label, "(optional)" marker, a note,
 * and the field's error tied to the control with `aria-describedby` and
 * `aria-invalid`. The comment box is the same, as a textarea.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {live} from 'lit/directives/live.js';
import type {DraftField} from '../../core/validate.js';

export interface FieldOptions {
  id: DraftField;
  label: string;
  value: string;
  onInput: (event: InputEvent) => void;
  /** `textarea` for the comment box. */
  type?: 'text' | 'email' | 'url' | 'textarea';
  autocomplete?: string;
  required: boolean;
  /** Shown after the label when the field is not required, e.g. "(optional)". */
  optionalText?: string;
  note?: string;
  error?: string;
  readonly: boolean;
  onKeydown?: (event: KeyboardEvent) => void;
  keyshortcuts?: string;
}

/** The ids that describe a field: its note and its error, when present. */
function describedBy(id: string, note: boolean, error: boolean): string | undefined {
  const ids = [note ? `${id}-note` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

export function fieldTemplate(options: FieldOptions): TemplateResult {
  const {id, error, note, required, readonly} = options;
  const invalid = error ? 'true' : undefined;
  const described = describedBy(id, Boolean(note), Boolean(error));
  const control =
    options.type === 'textarea'
      ? html`<textarea
          id=${id}
          name=${id}
          rows="6"
          ?required=${required}
          ?readonly=${readonly}
          aria-keyshortcuts=${ifDefined(options.keyshortcuts)}
          aria-invalid=${ifDefined(invalid)}
          aria-describedby=${ifDefined(described)}
          .value=${live(options.value)}
          @input=${options.onInput}
          @keydown=${options.onKeydown}
        ></textarea>`
      : html`<input
          id=${id}
          name=${id}
          type=${options.type ?? 'text'}
          autocomplete=${ifDefined(options.autocomplete)}
          spellcheck="false"
          ?required=${required}
          ?readonly=${readonly}
          aria-invalid=${ifDefined(invalid)}
          aria-describedby=${ifDefined(described)}
          .value=${live(options.value)}
          @input=${options.onInput}
        />`;
  const marker =
    required || !options.optionalText
      ? nothing
      : html` <span class="optional">${options.optionalText}</span>`;
  return html`<div class="field" part="field">
    <label for=${id}>${options.label}${marker}</label>
    ${control} ${note ? html`<p class="note" id="${id}-note">${note}</p>` : nothing}
    ${error ? html`<p class="error" id="${id}-error">${error}</p>` : nothing}
  </div>`;
}
