/** Fired when a thread's first page has loaded (also after a reload, e.g. a new sort). */
export class LoadedEvent extends Event {
  static readonly eventName = 'natter-loaded';
  readonly thread: string;
  /** Visible comments in the thread, at every level. */
  readonly total: number;

  constructor(thread: string, total: number) {
    super(LoadedEvent.eventName, {bubbles: true, composed: true});
    this.thread = thread;
    this.total = total;
  }
}

declare global {
  interface HTMLElementEventMap {
    'natter-loaded': LoadedEvent;
  }
}
