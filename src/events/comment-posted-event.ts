import type {Comment} from '../core/types.js';

/** Fired when the backend has accepted a new comment (published or pending). */
export class CommentPostedEvent extends Event {
  static readonly eventName = 'natter-comment-posted';
  readonly comment: Comment;
  readonly thread: string;

  constructor(comment: Comment, thread: string) {
    super(CommentPostedEvent.eventName, {bubbles: true, composed: true});
    this.comment = comment;
    this.thread = thread;
  }
}

declare global {
  interface HTMLElementEventMap {
    'natter-comment-posted': CommentPostedEvent;
  }
}
