/**
 * The reply form's template: the comment box, the identity fields (or who
 * is signed in), the honeypot, the post button and the outcome line. The
 * element (natter-reply-form.ts) owns the state and the handlers.
 */
import {html, nothing, type TemplateResult} from 'lit';
import {formMessages} from '../../core/form-messages.js';
import type {Translate} from '../../core/format.js';
import type {Identity} from '../../core/identity.js';
import {listMessages} from '../../core/list-messages.js';
import type {DraftField} from '../../core/validate.js';
import {fieldTemplate} from './field.js';
import {outcomeTemplate, titleTemplate, type Notice} from './form-parts.js';
import {identityFields} from './identity-fields.js';
import {signedInTemplate} from './signed-in.js';
import type {IdentityKeeper} from './identity-keeper.js';
import type {WritePreview} from './write-preview.js';

/** The strings the form renders, carried with it (the script-tag file loads it on first use). */
export const formWords = {...listMessages, ...formMessages};
export type FormTranslate = Translate<keyof typeof formWords>;

export interface FormView {
  t: FormTranslate;
  /** `rtl` for a right-to-left language the page does not already set a direction for. */
  dir?: 'rtl';
  /** The comment answered, and its author's name ('' when unknown). */
  parentId: string | null;
  parentAuthor: string;
  body: string;
  errors: Partial<Record<DraftField, string>>;
  notice?: Notice;
  sending: boolean;
  closed: boolean;
  /** The signed-in person; the identity fields show when absent. */
  signedInAs?: Identity;
  identity: IdentityKeeper;
  emailRequired: boolean;
  offerNotify: boolean;
  /** The Write and Preview tabs, where the backend keeps Markdown. */
  writePreview?: WritePreview;
  on: {
    submit: (event: SubmitEvent) => void;
    focusout: () => void;
    bodyInput: (event: InputEvent) => void;
    keydown: (event: KeyboardEvent) => void;
    identityInput: (event: InputEvent) => void;
    cancel: () => void;
    retry: () => void;
  };
}

function title(view: FormView): TemplateResult {
  const {t} = view;
  if (view.parentId === null) return titleTemplate(t('formTitle'));
  const text = view.parentAuthor
    ? t('replyingTo', {name: view.parentAuthor})
    : t('replyingToComment');
  return titleTemplate(text, {label: t('cancelReply'), onClick: view.on.cancel});
}

/** Escape anywhere in a reply's form cancels the reply, as its Cancel button does. */
/** Escape leaves a reply (or an edit) as its Cancel button would. */
export function escapeCancels(event: KeyboardEvent, cancel: () => void): void {
  if (event.key !== 'Escape' || event.defaultPrevented) return;
  event.preventDefault();
  cancel();
}

function withTabs(view: FormView, field: TemplateResult): TemplateResult {
  return view.writePreview?.template(view.t, field, view.body, view.errors.body) ?? field;
}

export function formTemplate(view: FormView): TemplateResult {
  const {t, on, sending: readonly} = view;
  return html`<form
    part="form"
    dir=${view.dir ?? nothing}
    novalidate
    aria-labelledby="title"
    @submit=${on.submit}
    @focusout=${on.focusout}
    @keydown=${(event: KeyboardEvent) => view.parentId !== null && escapeCancels(event, on.cancel)}
  >
    ${title(view)}
    <fieldset ?disabled=${view.closed}>
      ${withTabs(
        view,
        fieldTemplate({
          id: 'body',
          type: 'textarea',
          label: t('commentLabel'),
          value: view.body,
          required: true,
          readonly,
          note: t('submitHint'),
          error: view.errors.body,
          keyshortcuts: 'Control+Enter Meta+Enter',
          onInput: on.bodyInput,
          onKeydown: on.keydown,
        }),
      )}
      ${
        view.signedInAs !== undefined
          ? signedInTemplate(t, view.signedInAs)
          : identityFields({
              keeper: view.identity,
              t,
              emailRequired: view.emailRequired,
              errors: view.errors,
              readonly,
              offerNotify: view.offerNotify,
              onInput: on.identityInput,
            })
      }
      <div class="trap" aria-hidden="true">
        <label for="homepage">${t('honeypotLabel')}</label>
        <input id="homepage" name="homepage" type="text" tabindex="-1" autocomplete="off" />
      </div>
      <div class="actions">
        <button type="submit" part="submit" ?disabled=${view.sending || view.closed}>
          ${t(view.sending ? 'submitting' : 'submit')}
        </button>
      </div>
    </fieldset>
    ${outcomeTemplate(view.notice, {label: t('retry'), disabled: view.sending, onClick: on.retry})}
  </form>`;
}
