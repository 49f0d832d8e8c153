import type {Comment} from '../core/types.js';

/**
 * Fired by the reply form just before it asks the backend to create a
 * comment. `comment` is a stand-in (`status: 'pending'`, `id === tempId`) that
 * a list may show at once; `natter-comment-posted` or `natter-comment-failed`
 * with the same `tempId` follows.
 */
export class CommentSendingEvent extends Event {
  static readonly eventName = 'natter-comment-sending';
  readonly comment: Comment;
  readonly tempId: string;
  readonly thread: string;

  constructor(comment: Comment, tempId: string, thread = '') {
    super(CommentSendingEvent.eventName, {bubbles: true, composed: true});
    this.comment = comment;
    this.tempId = tempId;
    this.thread = thread;
  }
}

declare global {
  interface HTMLElementEventMap {
    'natter-comment-sending': CommentSendingEvent;
  }
}
