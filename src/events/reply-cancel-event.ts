/**
 * Fired when the person presses "Cancel reply" in a reply form. The list
 * that moved the form under a comment moves it back; the draft of the reply
 * stays saved for that comment.
 */
export class ReplyCancelEvent extends Event {
  static readonly eventName = 'natter-reply-cancel';
  /** The comment the form was answering. */
  readonly parentId: string | null;

  constructor(parentId: string | null) {
    super(ReplyCancelEvent.eventName, {bubbles: true, composed: true});
    this.parentId = parentId;
  }
}

declare global {
  interface HTMLElementEventMap {
    'natter-reply-cancel': ReplyCancelEvent;
  }
}
