/**
 * Fired when the reader leaves editing their comment without saving. The
 * list shows the comment's text again; the edit's draft is dropped.
 */
export class EditCancelEvent extends Event {
  static readonly eventName = 'natter-edit-cancel';
  /** The comment that was being edited. */
  readonly id: string;

  constructor(id: string) {
    super(EditCancelEvent.eventName, {bubbles: true, composed: true});
    this.id = id;
  }
}

declare global {
  interface HTMLElementEventMap {
    'natter-edit-cancel': EditCancelEvent;
  }
}
