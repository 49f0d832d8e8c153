import type {AdapterError} from '../adapters/errors.js';

/**
 * Fired when a post announced by `natter-comment-sending` did not go through.
 * The form keeps the text; a list should take the stand-in comment `tempId`
 * away. A `natter-error` event with the same error is fired as well.
 */
export class CommentFailedEvent extends Event {
  static readonly eventName = 'natter-comment-failed';
  readonly tempId: string;
  readonly error: AdapterError | Error;
  readonly thread: string;

  constructor(tempId: string, error: AdapterError | Error, thread = '') {
    super(CommentFailedEvent.eventName, {bubbles: true, composed: true});
    this.tempId = tempId;
    this.error = error;
    this.thread = thread;
  }
}

declare global {
  interface HTMLElementEventMap {
    'natter-comment-failed': CommentFailedEvent;
  }
}
