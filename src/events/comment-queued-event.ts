import type {Comment} from '../core/types.js';

/**
 * Fired by the reply form when the browser is offline: the comment is kept
 * in this browser with its idempotency key and sent once the connection is
 * back (`natter-comment-sending`, then `natter-comment-posted`, follow with
 * the same `tempId`). `comment` is the stand-in a list may show meanwhile.
 */
export class CommentQueuedEvent extends Event {
  static readonly eventName = 'natter-comment-queued';
  readonly comment: Comment;
  readonly tempId: string;
  readonly thread: string;

  constructor(comment: Comment, tempId: string, thread: string) {
    super(CommentQueuedEvent.eventName, {bubbles: true, composed: true});
    this.comment = comment;
    this.tempId = tempId;
    this.thread = thread;
  }
}

declare global {
  interface HTMLElementEventMap {
    'natter-comment-queued': CommentQueuedEvent;
  }
}
