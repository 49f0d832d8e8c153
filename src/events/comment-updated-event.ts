import type {Comment} from '../core/types.js';

/** Fired when the backend has saved the reader's edit of their own comment. */
export class CommentUpdatedEvent extends Event {
  static readonly eventName = 'natter-comment-updated';
  /** The comment as it is now, with `editedAt` set. */
  readonly comment: Comment;
  readonly thread: string;

  constructor(comment: Comment, thread: string) {
    super(CommentUpdatedEvent.eventName, {bubbles: true, composed: true});
    this.comment = comment;
    this.thread = thread;
  }
}

declare global {
  interface HTMLElementEventMap {
    'natter-comment-updated': CommentUpdatedEvent;
  }
}
