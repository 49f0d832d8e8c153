// A stand-in for EventSource: msw cannot hold a stream open, so the
// console takes an event source factory and tests hand it this one.
import type {EventSourceLike} from '../../../src/admin/live.js';
import type {AdminComment} from '../../../src/admin/types.js';

export class FakeEventSource implements EventSourceLike {
  static opened: FakeEventSource[] = [];
  readyState = 1;
  closed = false;
  private readonly listeners = new Map<string, ((event: MessageEvent) => void)[]>();

  constructor(readonly url: string) {
    FakeEventSource.opened.push(this);
  }

  static latest(): FakeEventSource {
    const last = FakeEventSource.opened.at(-1);
    if (!last) throw new Error('No event source was opened.');
    return last;
  }

  addEventListener(type: string, listener: (event: MessageEvent) => void): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }

  close(): void {
    this.closed = true;
    this.readyState = 2;
  }

  emit(type: string, data: string): void {
    for (const listener of this.listeners.get(type) ?? []) {
      listener(new MessageEvent(type, {data}));
    }
  }

  comment(comment: AdminComment): void {
    this.emit('comment', JSON.stringify({comment}));
  }

  /** What EventSource does when the server refuses a reconnection (401). */
  fail(): void {
    this.readyState = 2;
    this.emit('error', '');
  }
}

export const fakeEventSource = (url: string) => new FakeEventSource(url);
