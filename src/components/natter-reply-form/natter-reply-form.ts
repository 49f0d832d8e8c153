import {LitElement, html, type PropertyValues} from 'lit';
import type {CommentsAdapter} from '../../adapters/types.js';
import type {Identity} from '../../core/identity.js';
import {formMessages} from '../../core/form-messages.js';
import {addMessages, format} from '../../core/format.js';
import type {MessageKey, MessageOverrides} from '../../core/messages.js';
import {validateDraft, type DraftField} from '../../core/validate.js';
import {NatterErrorEvent} from '../../events/error-event.js';
import {ReplyCancelEvent} from '../../events/reply-cancel-event.js';
import {describeFailure} from './describe-failure.js';
import {DraftKeeper, sameContext} from './draft-keeper.js';
import {fieldTemplate} from './field.js';
import {outcomeTemplate, titleTemplate, type Notice} from './form-parts.js';
import {identityFields} from './identity-fields.js';
import {IdentityKeeper, type IdentityField} from './identity-keeper.js';
import {styles} from './natter-reply-form.styles.js';
import {sendDraft} from './send-draft.js';

// The form's strings travel with it (the script-tag file loads it on first use).
addMessages(formMessages);

/**
 * The "leave a reply" form: comment, name, email and website, with drafts
 * that survive a reload and posts that never happen twice. Works inside
 * `<natter-comments>` or alone, given an `adapter` and a `thread`.
 *
 * @fires natter-comment-sending - A post is on its way; carries a stand-in comment.
 * @fires natter-comment-posted - The backend accepted the comment.
 * @fires natter-comment-failed - The post failed; the text stays in the form.
 * @fires natter-error - Every failure shown to the person (`context` is `post` or `config`).
 * @fires natter-reply-cancel - The person pressed "Cancel reply".
 * @csspart form - The form element.
 * @csspart field - Each field's wrapper (label, control, note, error).
 * @csspart submit - The post button.
 * @cssprop --natter-accent - Buttons, focus rings, the checkbox.
 * @cssprop --natter-on-accent - Text on the post button.
 * @cssprop --natter-text - Text colour (default: inherited).
 * @cssprop --natter-muted - Notes and "(optional)".
 * @cssprop --natter-surface - Field background.
 * @cssprop --natter-border - Field borders.
 * @cssprop --natter-error - Error messages and invalid fields.
 * @cssprop --natter-radius - Corner radius of fields and buttons.
 * @cssprop --natter-font - Font (default: inherited from the page).
 */
export class NatterReplyForm extends LitElement {
  static override styles = styles;
  // Declared here rather than with decorators, whose helpers would be one more file
  // for the script tag to load. `attribute: false` keeps states out of the manifest.
  static override properties = {
    adapter: {attribute: false},
    thread: {},
    parentId: {attribute: 'parent-id'},
    parentAuthor: {attribute: 'parent-author'},
    messages: {attribute: false},
    lang: {reflect: true},
    user: {attribute: false},
    requiresEmail: {
      attribute: 'requires-email',
      converter: (value: string | null) => value !== 'false',
    },
    body: {state: true, attribute: false},
    errors: {state: true, attribute: false},
    notice: {state: true, attribute: false},
    sending: {state: true, attribute: false},
    closed: {state: true, attribute: false},
  };

  /** Registers the element under `tag` unless that tag is already taken. */
  static define(tag = 'natter-reply-form', registry: CustomElementRegistry = customElements) {
    if (!registry.get(tag)) registry.define(tag, this);
  }

  /** The backend. Property only. */
  adapter?: CommentsAdapter;
  /** The thread key the comment belongs to. */
  thread = '';
  /** The comment being answered; `null` for a top-level comment. */
  parentId: string | null = null;
  /** Name of the author being answered, for "Replying to …". */
  parentAuthor = '';
  /** Overrides for any message of the catalogue. Property only. */
  messages: MessageOverrides = {};
  /** Language for plurals and numbers (default: the page's). */
  override lang!: string;
  /** A signed-in person supplied by the host page; hides the identity fields. */
  user: Identity | null = null;
  /** Whether an email address is required (`requires-email="false"` to relax). */
  requiresEmail = true;

  private body = '';
  private errors: Partial<Record<DraftField, string>> = {};
  private notice?: Notice;
  private sending = false;
  private closed = false;

  private get textarea(): HTMLTextAreaElement | undefined {
    return this.renderRoot?.querySelector<HTMLTextAreaElement>('#body') ?? undefined;
  }
  private get trap(): HTMLInputElement | undefined {
    return this.renderRoot?.querySelector<HTMLInputElement>('#homepage') ?? undefined;
  }

  private drafts = new DraftKeeper(this);
  private identity = new IdentityKeeper(this);
  private controller?: AbortController;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // The list moves the form between comments (disconnect, then connect):
    // only a form that stays gone gives up its post. Its draft and key stay
    // stored, so trying again later cannot make a second comment.
    setTimeout(() => {
      if (!this.isConnected) this.controller?.abort();
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('thread') || changed.has('parentId')) {
      this.drafts.open({thread: this.thread, parentId: this.parentId});
      this.body = this.drafts.draft.body;
      this.errors = {};
      if (this.notice?.failed && !this.closed) this.notice = undefined;
    }
  }

  /** Moves focus to the comment box. */
  override focus(options?: FocusOptions): void {
    if (this.textarea) this.textarea.focus(options);
    else void this.updateComplete.then(() => this.textarea?.focus(options));
  }

  override render() {
    const readonly = this.sending;
    return html`<form
      part="form"
      novalidate
      aria-labelledby="title"
      @submit=${this.onSubmit}
      @focusout=${this.drafts.flush}
    >
      ${this.renderTitle()}
      <fieldset ?disabled=${this.closed}>
        ${fieldTemplate({
          id: 'body',
          type: 'textarea',
          label: this.t('commentLabel'),
          value: this.body,
          required: true,
          readonly,
          note: this.t('submitHint'),
          error: this.errors.body,
          keyshortcuts: 'Control+Enter Meta+Enter',
          onInput: this.onBodyInput,
          onKeydown: this.onKeydown,
        })}
        ${
          this.signedIn
            ? html`<p class="signed-in">${this.t('commentingAs', {name: this.user!.name})}</p>`
            : identityFields({
                keeper: this.identity,
                t: this.t,
                emailRequired: this.emailRequired,
                errors: this.errors,
                readonly,
                onInput: this.onIdentityInput,
                onRememberChange: this.onRememberChange,
              })
        }
        <div class="trap" aria-hidden="true">
          <label for="homepage">${this.t('honeypotLabel')}</label>
          <input id="homepage" name="homepage" type="text" tabindex="-1" autocomplete="off" />
        </div>
        <div class="actions">
          <button type="submit" part="submit" ?disabled=${this.sending || this.closed}>
            ${this.t(this.sending ? 'submitting' : 'submit')}
          </button>
        </div>
      </fieldset>
      ${outcomeTemplate(this.notice, {
        label: this.t('retry'),
        disabled: this.sending,
        onClick: this.submit,
      })}
    </form>`;
  }

  private renderTitle() {
    if (this.parentId === null) return titleTemplate(this.t('formTitle'));
    const title = this.parentAuthor
      ? this.t('replyingTo', {name: this.parentAuthor})
      : this.t('replyingToComment');
    return titleTemplate(title, {label: this.t('cancelReply'), onClick: this.onCancel});
  }

  private onBodyInput = (event: InputEvent) => {
    this.body = (event.target as HTMLTextAreaElement).value;
    this.drafts.setBody(this.body);
    if (this.errors.body) this.recheck('body');
    if (this.thread) this.adapter?.prepare?.(this.thread);
  };

  private onIdentityInput = (event: InputEvent) => {
    const input = event.target as HTMLInputElement;
    const field = input.id as IdentityField;
    this.identity.set(field, input.value);
    if (this.errors[field]) this.recheck(field);
  };

  private onRememberChange = (event: Event) => {
    this.identity.setRemember((event.target as HTMLInputElement).checked);
  };

  private onKeydown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void this.submit();
    }
  };

  private onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    void this.submit();
  };

  private onCancel = () => {
    this.drafts.flush();
    this.dispatchEvent(new ReplyCancelEvent(this.parentId));
  };

  /** Checks the fields, then posts. Does nothing while a post is on its way. */
  private submit = async (): Promise<void> => {
    if (this.sending || this.closed) return;
    this.drafts.flush();
    const problems = this.check();
    this.errors = Object.fromEntries(problems.map((p) => [p.field, this.t(p.message, p.params)]));
    this.notice = undefined;
    if (problems.length) {
      await this.updateComplete;
      this.focusField(problems[0].field);
      return;
    }
    if (!this.signedIn) this.identity.keep();
    await this.post();
  };

  private async post(): Promise<void> {
    const {adapter, thread, parentId} = this;
    if (!adapter || !thread) {
      this.notice = {text: this.t('errorNotConfigured'), failed: true, retry: false};
      const error = new Error('natter-reply-form needs an adapter and a thread to post.');
      this.dispatchEvent(new NatterErrorEvent(error, 'config'));
      return;
    }
    const controller = new AbortController();
    this.controller = controller;
    this.sending = true;
    try {
      await sendDraft({
        target: this,
        adapter,
        thread,
        parentId,
        draft: {...this.drafts.draft},
        author: this.signedIn ? this.user! : this.identity.current(),
        honeypot: this.trap?.value ?? '',
        signal: controller.signal,
        onAccepted: (comment) => {
          this.drafts.accepted({thread, parentId});
          const still = this.drafts.context && sameContext(this.drafts.context, {thread, parentId});
          if (still) this.body = '';
          const text = this.t(comment.status === 'pending' ? 'postedPending' : 'posted');
          this.notice = {text, failed: false, retry: false};
        },
        onFailed: (error) => this.showFailure(error),
      });
    } finally {
      this.sending = false;
      this.controller = undefined;
    }
    await this.updateComplete;
    this.restoreFocus();
  }

  private showFailure(error: Error): void {
    const view = describeFailure(error, this.parentId !== null);
    const text = this.t(view.message, view.params);
    if (view.closed) this.closed = true;
    const field = view.field;
    if (field && (field === 'body' || !this.signedIn)) {
      this.errors = {[field]: text};
      void this.updateComplete.then(() => this.focusField(field));
    } else {
      this.notice = {text, failed: true, retry: view.retry};
    }
  }

  /** Re-validates one field after an edit, so a fixed field loses its message at once. */
  private recheck(field: DraftField) {
    const found = this.check().find((error) => error.field === field);
    this.errors = {...this.errors, [field]: found && this.t(found.message, found.params)};
  }

  private check() {
    return validateDraft(
      {body: this.body, ...this.identity.values},
      {requiresEmail: this.emailRequired, signedIn: this.signedIn},
    );
  }

  private focusField(field: DraftField): void {
    this.shadowRoot?.querySelector<HTMLElement>(`#${field}`)?.focus();
  }

  /**
   * Clicking Post disables the button, which drops focus to the page. Put it
   * back somewhere useful: Retry when there is one, else the comment box.
   */
  private restoreFocus(): void {
    if (this.shadowRoot?.activeElement) return;
    const active = document.activeElement;
    if (active && active !== document.body) return;
    const retry = this.shadowRoot?.querySelector<HTMLElement>('.retry');
    if (retry) retry.focus();
    else if (!this.closed) this.textarea?.focus();
  }

  private get signedIn(): boolean {
    return Boolean(this.user?.name?.trim());
  }

  private get emailRequired(): boolean {
    return this.requiresEmail && this.adapter?.capabilities?.requiresEmail !== false;
  }

  private t = (key: MessageKey, params?: Record<string, string | number>): string =>
    format(key, params, this.messages, this.lang || document.documentElement.lang || 'en');
}
