/**
 * Sends what the reader wrote while offline (core/outbox.ts): when the
 * browser says it is back online, when the form comes onto the page (after
 * a reload, say) and on a retry timer while anything is left. Each post
 * goes with its draft's idempotency key, so a post that two tabs, or a
 * retry after a lost answer, send again is still one comment.
 */
import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {isAdapterError} from '../../adapters/errors.js';
import type {CommentsAdapter} from '../../adapters/types.js';
import {asError} from '../../core/as-error.js';
import type {Comment} from '../../core/types.js';
import {loadDraft, saveDraft} from '../../core/drafts.js';
import {dequeuePost, isOffline, loadOutbox, type QueuedPost} from '../../core/outbox.js';
import {CommentFailedEvent} from '../../events/comment-failed-event.js';
import {CommentPostedEvent} from '../../events/comment-posted-event.js';
import {CommentQueuedEvent} from '../../events/comment-queued-event.js';
import {CommentSendingEvent} from '../../events/comment-sending-event.js';
import {NatterErrorEvent} from '../../events/error-event.js';

const FIRST_RETRY_MS = 5_000;
const LAST_RETRY_MS = 5 * 60_000;
/** Failures worth another try later; anything else goes back to the reader. */
const PASSING = new Set(['network', 'server', 'rate-limited']);

/** Keys being sent by any form on this page, so two forms never send one post at once. */
const inFlight = new Set<string>();

export interface OutboxTarget {
  adapter?: CommentsAdapter;
  thread: string;
  /** False for a form that must leave the outbox to another (an edit form). */
  readonly sendsQueued?: boolean;
}

export class OutboxSender implements ReactiveController {
  private timer?: ReturnType<typeof setTimeout>;
  private delay = FIRST_RETRY_MS;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly target: () => OutboxTarget,
    /**
     * A post left the outbox: the backend accepted it (`Comment`), or refused
     * it for good (`Error`), and its text is back in its draft.
     */
    private readonly onSettled: (post: QueuedPost, result: Comment | Error) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('online', this.flush);
    this.soon(0);
  }

  hostDisconnected(): void {
    window.removeEventListener('online', this.flush);
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Looks at the outbox again soon (after the form queued a post, say). */
  soon(ms = FIRST_RETRY_MS): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(this.flush, ms);
  }

  /** Sends every queued post of the form's thread; offline, shows them as waiting. */
  flush = async (): Promise<void> => {
    clearTimeout(this.timer);
    this.timer = undefined;
    const {adapter, thread, sendsQueued} = this.target();
    if (!adapter || !thread || sendsQueued === false) return;
    const posts = loadOutbox(thread);
    if (!posts.length) {
      this.delay = FIRST_RETRY_MS;
      return;
    }
    let again = isOffline();
    for (const post of posts) {
      if (isOffline())
        this.dispatch(new CommentQueuedEvent(post.placeholder, post.placeholder.id, thread));
      else if (!inFlight.has(post.key)) again = (await this.send(adapter, post)) || again;
    }
    if (!again) return;
    this.soon(this.delay);
    this.delay = Math.min(this.delay * 2, LAST_RETRY_MS);
  };

  /** One post; returns true when it should be tried again later. */
  private async send(adapter: CommentsAdapter, post: QueuedPost): Promise<boolean> {
    const {thread, placeholder} = post;
    const tempId = placeholder.id;
    inFlight.add(post.key);
    this.dispatch(new CommentSendingEvent(placeholder, tempId, thread));
    try {
      const comment = await adapter.create(thread, post.comment, {idempotencyKey: post.key});
      dequeuePost(thread, post.key);
      this.delay = FIRST_RETRY_MS;
      this.onSettled(post, comment);
      this.dispatch(new CommentPostedEvent(comment, thread, tempId, true));
      return false;
    } catch (caught) {
      const error = asError(caught);
      if (isAdapterError(error) && PASSING.has(error.code)) {
        this.dispatch(new CommentQueuedEvent(placeholder, tempId, thread));
        return true;
      }
      dequeuePost(thread, post.key);
      returnToDraft(post);
      this.onSettled(post, error);
      this.dispatch(new CommentFailedEvent(tempId, error, thread));
      this.dispatch(new NatterErrorEvent(error, 'post'));
      return false;
    } finally {
      inFlight.delete(post.key);
    }
  }

  private dispatch(event: Event): void {
    this.host.dispatchEvent(event);
  }
}

/** Puts a refused post's text back where the reader wrote it, after any newer text there. */
function returnToDraft(post: QueuedPost): void {
  const parentId = post.comment.parentId;
  const stored = loadDraft(post.thread, parentId);
  const body = post.comment.body;
  if (stored?.body.trim())
    saveDraft(post.thread, parentId, {...stored, body: `${stored.body}\n\n${body}`});
  else saveDraft(post.thread, parentId, {body, idempotencyKey: post.key, startedAt: post.queuedAt});
}
