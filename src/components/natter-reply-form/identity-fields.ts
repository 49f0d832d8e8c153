/**
 * The name, email and website fields, the "save my details" box and, when
 * the backend can send mail, the "notify me of replies" box, shown
 * when the host page has not supplied a signed-in user.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {live} from 'lit/directives/live.js';
import type {FormMessageKey} from '../../core/form-messages.js';
import type {DraftField} from '../../core/validate.js';
import {fieldTemplate} from './field.js';
import type {IdentityKeeper} from './identity-keeper.js';

export interface IdentityFieldsOptions {
  keeper: IdentityKeeper;
  t: (key: FormMessageKey) => string;
  emailRequired: boolean;
  errors: Partial<Record<DraftField, string>>;
  readonly: boolean;
  /** Show "Notify me of replies by email" (the backend can send mail). */
  offerNotify: boolean;
  onInput: (event: InputEvent) => void;
}

const checked = (event: Event) => (event.target as HTMLInputElement).checked;

export function identityFields(options: IdentityFieldsOptions): TemplateResult {
  const {keeper, t, errors} = options;
  const {values} = keeper;
  const common = {optionalText: t('optionalField'), readonly: options.readonly};
  return html`
    ${fieldTemplate({
      ...common,
      id: 'name',
      label: t('nameLabel'),
      value: values.name,
      autocomplete: 'name',
      required: true,
      error: errors.name,
      onInput: options.onInput,
    })}
    ${fieldTemplate({
      ...common,
      id: 'email',
      type: 'email',
      label: t('emailLabel'),
      value: values.email,
      autocomplete: 'email',
      required: options.emailRequired,
      note: t('emailNote'),
      error: errors.email,
      onInput: options.onInput,
    })}
    ${fieldTemplate({
      ...common,
      id: 'url',
      type: 'url',
      label: t('websiteLabel'),
      value: values.url,
      autocomplete: 'url',
      required: false,
      error: errors.url,
      onInput: options.onInput,
    })}
    <div class="consent">
      <input
        id="remember"
        type="checkbox"
        .checked=${live(keeper.remember)}
        @change=${(event: Event) => keeper.setRemember(checked(event))}
      />
      <label for="remember">${t('rememberMe')}</label>
    </div>
    ${
      options.offerNotify
        ? html`<div class="consent">
            <input
              id="notify"
              type="checkbox"
              .checked=${live(keeper.notifyReplies)}
              @change=${(event: Event) => keeper.setNotify(checked(event))}
            />
            <label for="notify">${t('notifyReplies')}</label>
          </div>`
        : nothing
    }
  `;
}
