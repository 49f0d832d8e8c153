import {LitElement, type PropertyValues} from 'lit';
import type {CommentsAdapter} from '../../adapters/types.js';
import type {Identity} from '../../core/identity.js';
import type {QueuedPost} from '../../core/outbox.js';
import type {Comment} from '../../core/types.js';
import {translator} from '../../core/format.js';
import type {MessageOverrides} from '../../core/messages.js';
import {validateDraft, type DraftField} from '../../core/validate.js';
import {ReplyCancelEvent} from '../../events/reply-cancel-event.js';
import {placeFailure} from './describe-failure.js';
import {DraftKeeper, sameContext, type DraftContext} from './draft-keeper.js';
import {commentBox, focusField, restoreFocus, type Notice} from './form-parts.js';
import {notConfigured, postedKey, said} from './form-notices.js';
import {formHandlers} from './form-handlers.js';
import {formTemplate, formWords, type FormTranslate} from './form-template.js';
import {IdentityKeeper} from './identity-keeper.js';
import {PageWords} from '../page-words.js';
import {styles} from './natter-reply-form.styles.js';
import {Posting} from './send-draft.js';
import {writePreviewOf} from './write-preview.js';

/**
 * The "leave a reply" form: comment, name, email and website, with drafts
 * that survive a reload and posts that never happen twice. Works inside
 * `<natter-comments>` or alone, given an `adapter` and a `thread`.
 *
 * @fires natter-comment-sending - A post is on its way; carries a stand-in comment.
 * @fires natter-comment-posted - The backend accepted the comment.
 * @fires natter-comment-failed - The post failed; the text stays in the form.
 * @fires natter-comment-queued - Offline: the comment waits in this browser and is sent when the connection is back.
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
    offerNotify: {attribute: 'offer-notify', type: Boolean},
    body: {state: true, attribute: false},
    errors: {state: true, attribute: false},
    notice: {state: true, attribute: false},
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
  /** Offer "Notify me of replies by email" (`<natter-comments>` sets it from the backend's list). */
  offerNotify = false;
  private body = '';
  private errors: Partial<Record<DraftField, string>> = {};
  private notice?: Notice;
  private closed = false;
  private drafts = new DraftKeeper(this, () => (this.body = this.drafts.draft.body));
  private identity = new IdentityKeeper(this);
  private posting = new Posting(this, (post, result) => this.fromOutbox(post, result));
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
    const box = commentBox(this.renderRoot);
    if (box) box.focus(options);
    else void this.updateComplete.then(() => commentBox(this.renderRoot)?.focus(options));
  }

  override render() {
    return formTemplate({
      t: this.t,
      dir: this.words.dir,
      parentId: this.parentId,
      parentAuthor: this.parentAuthor,
      body: this.body,
      errors: this.errors,
      notice: this.notice,
      sending: this.posting.sending,
      closed: this.closed,
      signedInAs: this.signedIn ? this.user! : undefined,
      identity: this.identity,
      emailRequired: this.emailRequired,
      offerNotify: this.offerNotify,
      writePreview: writePreviewOf(this),
      on: this.handlers,
    });
  }

  private handlers = formHandlers({
    submit: () => void this.submit(),
    typed: (body) => {
      this.body = body;
      this.drafts.setBody(body);
      if (this.errors.body) this.recheck('body');
      if (this.thread) this.adapter?.prepare?.(this.thread);
    },
    identityTyped: (field, value) => {
      this.identity.set(field, value);
      if (this.errors[field]) this.recheck(field);
    },
    left: () => this.drafts.flush(),
    cancel: () => {
      this.drafts.flush();
      this.dispatchEvent(new ReplyCancelEvent(this.parentId));
    },
  });

  /** Checks the fields, then posts. Does nothing while a post is on its way. */
  private submit = async (): Promise<void> => {
    if (this.posting.sending || this.closed) return;
    this.drafts.flush();
    const problems = this.check();
    this.errors = Object.fromEntries(problems.map((p) => [p.field, this.t(p.message, p.params)]));
    this.notice = undefined;
    if (problems.length) {
      await this.updateComplete;
      focusField(this.shadowRoot, problems[0].field);
      return;
    }
    if (!this.signedIn) this.identity.keep();
    await this.post();
  };

  private async post(): Promise<void> {
    const {adapter, thread, parentId} = this;
    if (!adapter || !thread) return void (this.notice = notConfigured(this, this.t));
    const draft = {...this.drafts.draft, thread, parentId};
    await this.posting.send({
      adapter,
      thread,
      parentId,
      draft,
      author: this.signedIn ? this.user! : this.identity.current(),
      honeypot: this.renderRoot.querySelector<HTMLInputElement>('#homepage')?.value ?? '',
      notifyReplies: !this.signedIn && this.offerNotify && this.identity.notifyReplies,
      onAccepted: (comment) => this.settle(draft, this.t(postedKey(comment))),
      onFailed: (error) => this.showFailure(error),
      onQueued: () => this.settle(draft, this.t('queuedNotice')),
    });
    await this.updateComplete;
    restoreFocus(this.shadowRoot, this.closed ? undefined : commentBox(this.renderRoot));
  }

  /** The draft went to the backend or to the outbox: a new one starts where it was. */
  private settle(sent: DraftContext & {idempotencyKey: string}, text: string): void {
    this.drafts.accepted(sent, sent.idempotencyKey);
    if (this.drafts.context && sameContext(this.drafts.context, sent)) this.body = '';
    this.notice = said(text);
  }

  /** A post queued offline was sent, or refused and its text put back in its draft. */
  private fromOutbox(post: QueuedPost, result: Comment | Error): void {
    if (result instanceof Error) {
      if (!this.drafts.reload({thread: post.thread, parentId: post.comment.parentId})) return;
      this.body = this.drafts.draft.body;
      this.showFailure(result);
    } else if (this.notice?.text === this.t('queuedNotice')) {
      this.notice = said(this.t(postedKey(result)));
    }
  }

  private showFailure(error: Error): void {
    const {field, ...shown} = placeFailure(error, this.parentId !== null, this.signedIn);
    const text = this.t(shown.message, shown.params);
    if (shown.closed) this.closed = true;
    if (!field) return void (this.notice = {text, failed: true, retry: shown.retry});
    this.errors = {[field]: text};
    void this.updateComplete.then(() => focusField(this.shadowRoot, field));
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

  private get signedIn(): boolean {
    return Boolean(this.user?.name?.trim());
  }

  private get emailRequired(): boolean {
    const backend = this.requiresEmail && this.adapter?.capabilities?.requiresEmail !== false;
    return this.identity.needsEmail(backend, this.offerNotify);
  }

  private readonly words = new PageWords(this, () => this.messages);
  private t: FormTranslate = translator(formWords, this.words.wording);
}

declare global {
  interface HTMLElementTagNameMap {
    'natter-reply-form': NatterReplyForm;
  }
}
