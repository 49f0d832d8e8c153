/** What the console's parts tell its root element. */

/** A request failed; the root shows it (and asks to sign in again on `unauthorized`). */
export class AdminErrorEvent extends Event {
  static readonly eventName = 'natter-admin-error';
  constructor(readonly error: unknown) {
    super(AdminErrorEvent.eventName, {bubbles: true, composed: true});
  }
}

declare global {
  interface HTMLElementEventMap {
    'natter-admin-error': AdminErrorEvent;
  }
}
