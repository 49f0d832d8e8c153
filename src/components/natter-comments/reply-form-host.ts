/**
 * The one `<natter-reply-form>` of a comments section. It is created once
 * and moved: under the thread for a new comment, under a comment when the
 * reader presses its Reply button. Moving the same element (rather than
 * rendering a new one per place) means one form at a time and no lost state.
 * The host listens to the form it made and tells the thread state what the
 * reader's post is doing.
 */
import type {CommentsAdapter} from '../../adapters/types.js';
import {displayName} from '../../core/display-name.js';
import type {Identity} from '../../core/identity.js';
import type {ThreadNode} from '../../core/thread.js';
import {commentingAs} from '../../core/user-token.js';
import type {MessageOverrides} from '../../core/messages.js';
import type {CommentFailedEvent} from '../../events/comment-failed-event.js';
import type {CommentPostedEvent} from '../../events/comment-posted-event.js';
import type {CommentQueuedEvent} from '../../events/comment-queued-event.js';
import type {CommentSendingEvent} from '../../events/comment-sending-event.js';
import type {ReplyCancelEvent} from '../../events/reply-cancel-event.js';
import type {NatterReplyForm} from '../natter-reply-form/natter-reply-form.js';
import {quoteText} from '../../core/quote.js';
import {loadReplyForm} from './form-loader.js';
import {insertQuote} from './quote-button.js';
import type {SectionTranslate} from './section-words.js';
import type {TabSync} from './tab-sync.js';
import type {ThreadState} from './thread-state.js';

/** What the section's element lends its form. */
export interface FormHostElement extends HTMLElement {
  messages: MessageOverrides;
  user: Identity | null;
  userToken?: string | null;
  signOutUrl?: string;
  readonly updateComplete: Promise<boolean>;
  focusComment(id: string): Promise<HTMLElement | undefined>;
}

/** The loaded thread, as far as the form needs it. */
export interface FormContext {
  readonly adapter?: CommentsAdapter;
  readonly threadKey: string;
  /** Tells the reader's other tabs what their posts did. */
  readonly tabs?: TabSync;
}

type ReplyForm = HTMLElement &
  Pick<
    NatterReplyForm,
    | 'adapter'
    | 'thread'
    | 'parentId'
    | 'parentAuthor'
    | 'messages'
    | 'lang'
    | 'user'
    | 'requiresEmail'
    | 'offerNotify'
    | 'focus'
    | 'updateComplete'
  >;

/**
 * The comment a reply to `node` is filed under: `node` itself, or, when the
 * backend keeps no level below it, its ancestor one level above the deepest.
 */
function filedUnder(node: ThreadNode, deepest = Infinity): ThreadNode {
  const chain = [node];
  for (let up = node.parent; up; up = up.parent) chain.unshift(up);
  return chain[Math.max(1, Math.min(chain.length, deepest - 1)) - 1];
}

export class ReplyFormHost {
  private form?: ReplyForm;

  constructor(
    private readonly host: FormHostElement,
    private readonly data: FormContext,
    private readonly state: ThreadState,
    private readonly announce: (text: string) => void,
    private readonly t: SectionTranslate,
  ) {}

  /** Id of the comment the form answers, `null` when it sits under the thread. */
  get target(): string | null {
    return this.state.replyTarget;
  }

  /** The form, created on first use, with its properties brought up to date. */
  element(lang: string): ReplyForm {
    const form = (this.form ??= this.create());
    const {data, state} = this;
    const node = this.target ? state.tree?.get(this.target) : undefined;
    const parent = node?.comment;
    form.adapter = data.adapter;
    form.thread = data.threadKey;
    // The form names the comment the reader answers, even when the reply is
    // filed higher up because the backend keeps no deeper level.
    form.parentId = node
      ? filedUnder(node, data.adapter?.capabilities?.deepestLevel).comment.id
      : this.target;
    form.parentAuthor = parent?.status === 'deleted' ? '' : displayName(parent?.author?.name);
    form.messages = this.host.messages;
    form.lang = lang;
    form.user = commentingAs(this.host.user, this.host.userToken, this.host.signOutUrl);
    form.requiresEmail = data.adapter?.capabilities?.requiresEmail !== false;
    form.offerNotify = state.notify;
    return form;
  }

  /** Moves the form under comment `id` and puts the cursor in its comment box. */
  async open(id: string): Promise<void> {
    this.state.moveReplyForm(id);
    await this.host.updateComplete;
    this.form?.focus();
  }

  /** Opens the form under comment `id` with its text quoted, after any draft already there. */
  async quote(id: string): Promise<void> {
    const comment = this.state.tree?.get(id)?.comment;
    if (!comment || comment.status === 'deleted') return;
    await this.open(id);
    await customElements.whenDefined('natter-reply-form');
    if (this.form) await insertQuote(this.form, quoteText(comment.markdown ?? comment.body));
  }

  private create(): ReplyForm {
    loadReplyForm(this.host);
    const form = document.createElement('natter-reply-form') as ReplyForm;
    form.setAttribute('part', 'form');
    form.setAttribute('exportparts', 'field, submit: button');
    // The form lives as long as the section, so its listeners do too.
    form.addEventListener('natter-comment-sending', this.onSending);
    form.addEventListener('natter-comment-posted', this.onPosted);
    form.addEventListener('natter-comment-failed', this.onFailed);
    form.addEventListener('natter-comment-queued', this.onQueued);
    form.addEventListener('natter-reply-cancel', this.onCancel);
    return form;
  }

  private onSending = (event: CommentSendingEvent) => this.state.addSending(event.comment);

  private onFailed = (event: CommentFailedEvent) => this.state.dropSending(event.tempId);

  private onQueued = (event: CommentQueuedEvent) => {
    const known = this.state.tree?.get(event.tempId);
    this.state.markQueued(event.comment);
    this.data.tabs?.queued(event.comment);
    // Said once, when the reader queues a reply (the form under the thread speaks for itself).
    if (!known && this.target !== null) {
      this.state.moveReplyForm(null);
      this.announce(this.t('queuedNotice'));
    }
  };

  private onPosted = async (event: CommentPostedEvent) => {
    this.data.tabs?.posted(event.comment, event.tempId);
    if (event.fromOutbox) {
      // Sent in the background: the reader may be busy elsewhere, so no focus moves.
      const node = this.state.confirmPosted(event.comment, event.tempId);
      if (node)
        this.announce(this.t(node.comment.status === 'pending' ? 'postedPending' : 'posted'));
      return;
    }
    const wasReply = this.target !== null;
    const node = this.state.confirmPosted(event.comment, event.tempId);
    this.state.moveReplyForm(null);
    if (!node) return;
    // The form speaks for a top-level post; a reply's form has just moved, so we do.
    if (wasReply) {
      this.announce(this.t(node.comment.status === 'pending' ? 'postedPending' : 'posted'));
    }
    await this.host.focusComment(node.comment.id);
  };

  private onCancel = async (event: ReplyCancelEvent) => {
    const parentId = this.target ?? event.parentId;
    this.state.moveReplyForm(null);
    await this.host.updateComplete;
    if (parentId) {
      const article = this.host.shadowRoot?.getElementById(`comment-${parentId}`);
      article?.querySelector<HTMLElement>('button[data-action="reply"]')?.focus();
    }
  };
}
