import type {Comment} from '../core/types.js';

/** Fired when the backend has accepted a new comment (published or pending). */
export class CommentPostedEvent extends Event {
  static readonly eventName = 'natter-comment-posted';
  readonly comment: Comment;
  readonly thread: string;
  /**
   * The id of the optimistic comment this one replaces (see
   * `CommentSendingEvent`), when the post came from a reply form.
   */
  readonly tempId?: string;
  /**
   * True when the comment was written offline and sent later from the
   * browser's outbox, while the reader may be doing something else.
   */
  readonly fromOutbox: boolean;

  constructor(comment: Comment, thread: string, tempId?: string, fromOutbox = false) {
    super(CommentPostedEvent.eventName, {bubbles: true, composed: true});
    this.comment = comment;
    this.thread = thread;
    this.tempId = tempId;
    this.fromOutbox = fromOutbox;
  }
}

declare global {
  interface HTMLElementEventMap {
    'natter-comment-posted': CommentPostedEvent;
  }
}
