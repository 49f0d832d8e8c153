/**
 * The console's live stream (`/api/admin/events`): every comment created,
 * moderated or edited anywhere. EventSource reconnects by itself after a
 * dropped connection; when it gives up (the server answered 401 or another
 * error status), the console checks the session and either asks to sign in
 * or opens a new stream a little later.
 */
import type {AdminComment} from './types.js';

/** The part of EventSource the console uses, so tests can hand in their own. */
export interface EventSourceLike {
  readonly readyState: number;
  addEventListener(type: string, listener: (event: MessageEvent) => void): void;
  addEventListener(type: 'error', listener: (event: Event) => void): void;
  close(): void;
}

export type EventSourceFactory = (url: string) => EventSourceLike;

export const browserEventSource: EventSourceFactory = (url) =>
  new EventSource(url, {withCredentials: true});

const CLOSED = 2;

export class LiveComments {
  private source?: EventSourceLike;
  private retry?: ReturnType<typeof setTimeout>;

  constructor(
    private readonly factory: EventSourceFactory,
    private readonly url: string,
    private readonly on: {comment(comment: AdminComment): void; closed(): void},
  ) {}

  open(): void {
    this.close();
    const source = this.factory(this.url);
    this.source = source;
    source.addEventListener('comment', (event: MessageEvent) => {
      let comment: AdminComment | undefined;
      try {
        comment = (JSON.parse(String(event.data)) as {comment?: AdminComment}).comment;
      } catch {
        return; // A garbled event is skipped; the next load shows the truth.
      }
      if (comment?.id) this.on.comment(comment);
    });
    source.addEventListener('error', () => {
      if (source === this.source && source.readyState === CLOSED) this.on.closed();
    });
  }

  /** Opens a new stream after `ms` (the session is still good). */
  reopenLater(ms = 5000): void {
    clearTimeout(this.retry);
    this.retry = setTimeout(() => this.open(), ms);
  }

  close(): void {
    clearTimeout(this.retry);
    this.source?.close();
    this.source = undefined;
  }
}
