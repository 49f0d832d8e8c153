import type {AdapterError} from '../adapters/errors.js';

/** Where in the widget a failure happened. */
export type ErrorContext =
  'config' | 'load' | 'post' | 'live' | 'count' | 'edit' | 'delete' | 'vote';

/**
 * Fired whenever the widget shows an error to the person, so the host page
 * can log or report it. The same error is always rendered too.
 */
export class NatterErrorEvent extends Event {
  static readonly eventName = 'natter-error';
  readonly error: AdapterError | Error;
  readonly context: ErrorContext;

  constructor(error: AdapterError | Error, context: ErrorContext) {
    super(NatterErrorEvent.eventName, {bubbles: true, composed: true});
    this.error = error;
    this.context = context;
  }
}

declare global {
  interface HTMLElementEventMap {
    'natter-error': NatterErrorEvent;
  }
}
