/**
 * One attempt to post a draft: announce a stand-in comment, ask the adapter,
 * and tell the page how it went through events. The form decides what to
 * show; this only talks to the adapter and dispatches.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {AdapterError, isAdapterError} from '../../adapters/errors.js';
import type {CommentsAdapter} from '../../adapters/types.js';
import {asError} from '../../core/as-error.js';
import type {Draft} from '../../core/drafts.js';
import type {Identity} from '../../core/identity.js';
import {isOffline, queuePost, type QueuedPost} from '../../core/outbox.js';
import type {Comment} from '../../core/types.js';
import {CommentFailedEvent} from '../../events/comment-failed-event.js';
import {CommentPostedEvent} from '../../events/comment-posted-event.js';
import {CommentQueuedEvent} from '../../events/comment-queued-event.js';
import {CommentSendingEvent} from '../../events/comment-sending-event.js';
import {NatterErrorEvent} from '../../events/error-event.js';
import {OutboxSender, type OutboxTarget} from './outbox-sender.js';
import {buildSubmission, type Submission} from './submission.js';

export interface SendOptions {
  /** Where the events are dispatched (the form element). */
  target: EventTarget;
  adapter: CommentsAdapter;
  thread: string;
  parentId: string | null;
  draft: Draft;
  author: Identity;
  honeypot: string;
  /** The reader ticked "Notify me of replies by email". */
  notifyReplies?: boolean;
  signal: AbortSignal;
  /**
   * Called when the backend accepted the comment, before
   * `natter-comment-posted` fires, so listeners see the draft already gone.
   */
  onAccepted: (comment: Comment) => void;
  /** Called when the post failed, before `natter-comment-failed` fires. */
  onFailed: (error: Error) => void;
  /**
   * Called when the browser is offline and the comment went to the outbox
   * (core/outbox.ts) instead, before `natter-comment-queued` fires.
   */
  onQueued: () => void;
}

/** Keeps the post for later when the browser is offline; false when it is online or storage refused. */
function parked(options: SendOptions, submission: Submission): boolean {
  const {thread, draft} = options;
  if (!isOffline()) return false;
  const post = {
    thread,
    key: draft.idempotencyKey,
    comment: submission.comment,
    placeholder: submission.placeholder,
    queuedAt: Date.now(),
  };
  if (!queuePost(post)) return false;
  options.onQueued();
  options.target.dispatchEvent(
    new CommentQueuedEvent(submission.placeholder, submission.tempId, thread),
  );
  return true;
}

/** Fires `natter-comment-sending`, then `natter-comment-posted` or `-failed` + `natter-error`. */
export async function sendDraft(options: SendOptions): Promise<void> {
  const {target, thread, draft, signal} = options;
  const submission = buildSubmission({
    draft,
    parentId: options.parentId,
    author: options.author,
    honeypot: options.honeypot,
    notifyReplies: options.notifyReplies,
    now: Date.now(),
  });
  const {tempId} = submission;
  if (parked(options, submission)) return;
  target.dispatchEvent(new CommentSendingEvent(submission.placeholder, tempId, thread));
  let comment: Comment;
  try {
    comment = await options.adapter.create(thread, submission.comment, {
      idempotencyKey: draft.idempotencyKey,
      signal,
    });
    // A hand-written adapter may resolve with nothing useful; the draft must
    // then stay, as after any other failure.
    if (!comment || typeof comment !== 'object' || typeof comment.id !== 'string') {
      throw new AdapterError('server', 'The adapter did not return the new comment.');
    }
  } catch (caught) {
    const error = asError(caught);
    // The connection went while the post was on its way.
    if (isAdapterError(error) && error.code === 'network' && parked(options, submission)) return;
    options.onFailed(error);
    target.dispatchEvent(new CommentFailedEvent(tempId, error, thread));
    target.dispatchEvent(new NatterErrorEvent(error, 'post'));
    return;
  }
  options.onAccepted(comment);
  target.dispatchEvent(new CommentPostedEvent(comment, thread, tempId));
}

/**
 * The form's post in flight: whether one is, and its cancellation when the
 * form goes for good; and the posts its thread queued offline (`outbox`).
 */
export class Posting implements ReactiveController {
  sending = false;
  readonly outbox: OutboxSender;
  private controller?: AbortController;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & OutboxTarget,
    onSettled: (post: QueuedPost, result: Comment | Error) => void,
  ) {
    host.addController(this);
    this.outbox = new OutboxSender(host, () => host, onSettled);
  }

  hostDisconnected(): void {
    // The list moves the form between comments (disconnect, then connect):
    // only a form that stays gone gives up its post. Its draft and key stay
    // stored, so trying again later cannot make a second comment.
    setTimeout(() => {
      if (!this.host.isConnected) this.controller?.abort();
    });
  }

  /** Sends a draft from the host (see `sendDraft`); one at a time. */
  async send(options: Omit<SendOptions, 'target' | 'signal'>): Promise<void> {
    const controller = new AbortController();
    this.controller = controller;
    this.setSending(true);
    const onQueued = () => {
      options.onQueued();
      this.outbox.soon();
    };
    try {
      await sendDraft({...options, onQueued, target: this.host, signal: controller.signal});
    } finally {
      this.controller = undefined;
      this.setSending(false);
    }
  }

  private setSending(sending: boolean): void {
    this.sending = sending;
    this.host.requestUpdate();
  }
}
