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

  constructor(comment: Comment, thread: string, tempId?: string) {
    super(CommentPostedEvent.eventName, {bubbles: true, composed: true});
    this.comment = comment;
    this.thread = thread;
    this.tempId = tempId;
  }
}

declare global {
  interface HTMLElementEventMap {
    'natter-comment-posted': CommentPostedEvent;
  }
}
