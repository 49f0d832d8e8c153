import type {PublicComment} from '../store/view.js';
import {encodeEvent, type LiveStream} from './sse.js';

/** A change to one comment, as it travels between instances: ids only, re-read on arrival. */
export interface ChangeNotice {
  /** `voted`: the comment's vote counts changed. */
  type: 'created' | 'updated' | 'deleted' | 'voted';
  thread: string;
  id: string;
  /** A change only the owner's console hears of (a held comment, a status readers never saw). */
  ownerOnly?: boolean;
}

/** What an SSE stream sends, as in docs/protocol.md. */
export type LiveEvent =
  | {type: 'created' | 'updated'; comment: PublicComment}
  | {type: 'deleted'; id: string}
  | {type: 'voted'; id: string; votes: {up: number; down: number}};

/**
 * In-process fan-out of comment changes to the SSE streams of each thread.
 * A notice is turned into the event readers see, and that into bytes, once
 * per instance (`resolve` re-reads the row), however many streams listen.
 * A relay (PostgreSQL LISTEN/NOTIFY) may carry the same notices to and from
 * other instances.
 */
export class EventHub {
  private readonly streams = new Map<string, Set<LiveStream>>();
  private count = 0;
  /** The console's streams: each hears every notice and is ended with the hub. */
  private readonly watchers = new Map<(notice: ChangeNotice) => void, () => void>();
  private relay?: (notice: ChangeNotice) => Promise<void>;

  constructor(private readonly resolve: (notice: ChangeNotice) => Promise<LiveEvent | null>) {}

  /** Sends notices to other instances as well (set by the PostgreSQL relay). */
  setRelay(relay: (notice: ChangeNotice) => Promise<void>): void {
    this.relay = relay;
  }

  /** Sends one thread's events to `stream` until the returned function is called. */
  subscribe(thread: string, stream: LiveStream): () => void {
    let set = this.streams.get(thread);
    if (!set) {
      set = new Set();
      this.streams.set(thread, set);
    }
    set.add(stream);
    this.count++;
    return () => {
      if (!set.delete(stream)) return;
      this.count--;
      if (set.size === 0 && this.streams.get(thread) === set) this.streams.delete(thread);
    };
  }

  /** A change made by this instance: tell local streams, and other instances through the relay. */
  async publish(notice: ChangeNotice): Promise<void> {
    await Promise.all([this.deliver(notice), this.relay?.(notice)]).catch((error: unknown) => {
      console.error('natter: could not send a live event', error);
    });
  }

  /** Hears every notice of every thread, as ids (the console's stream); returns the unsubscribe function. */
  watch(watcher: (notice: ChangeNotice) => void, onClose: () => void): () => void {
    this.watchers.set(watcher, onClose);
    return () => void this.watchers.delete(watcher);
  }

  /** A change from anywhere: tell this instance's streams of that thread. */
  async deliver(notice: ChangeNotice): Promise<void> {
    // The console shows no votes: it hears of every other change.
    if (notice.type !== 'voted') for (const watcher of this.watchers.keys()) watcher(notice);
    if (notice.ownerOnly || !this.streams.get(notice.thread)?.size) return;
    const event = await this.resolve(notice);
    // Streams may have come or gone while the row was read.
    const streams = this.streams.get(notice.thread);
    if (!event || !streams) return;
    const frame = encodeEvent(event);
    for (const stream of streams) stream.send(frame);
  }

  get streamCount(): number {
    return this.count;
  }

  /** Ends every open stream. */
  close(): void {
    for (const set of [...this.streams.values()]) {
      for (const stream of [...set]) stream.close();
    }
    this.streams.clear();
    this.count = 0;
    for (const close of [...this.watchers.values()]) close();
    this.watchers.clear();
  }
}
