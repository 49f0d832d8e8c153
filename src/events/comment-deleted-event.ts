import type {Comment} from '../core/types.js';

/** Fired when the backend has deleted the reader's own comment. */
export class CommentDeletedEvent extends Event {
  static readonly eventName = 'natter-comment-deleted';
  readonly id: string;
  readonly thread: string;
  /** The tombstone left in its place while it has replies; `null` when it is gone. */
  readonly tombstone: Comment | null;

  constructor(id: string, thread: string, tombstone: Comment | null) {
    super(CommentDeletedEvent.eventName, {bubbles: true, composed: true});
    this.id = id;
    this.thread = thread;
    this.tombstone = tombstone;
  }
}

declare global {
  interface HTMLElementEventMap {
    'natter-comment-deleted': CommentDeletedEvent;
  }
}
