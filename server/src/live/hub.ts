import type {PublicComment} from '../store/view.js';

/** A change to one comment, as it travels between instances: ids only, re-read on arrival. */
export interface ChangeNotice {
  type: 'created' | 'updated' | 'deleted';
  thread: string;
  id: string;
  /** A change only the owner's console hears of (a held comment, a status readers never saw). */
  ownerOnly?: boolean;
}

/** What an SSE stream sends, as in docs/protocol.md. */
export type LiveEvent =
  {type: 'created' | 'updated'; comment: PublicComment} | {type: 'deleted'; id: string};

type Listener = (event: LiveEvent) => void;

/**
 * In-process fan-out of comment changes to the SSE streams of each thread.
 * A notice is turned into the event readers see once per instance (`resolve`
 * re-reads the row), however many streams listen. A relay (PostgreSQL
 * LISTEN/NOTIFY) may carry the same notices to and from other instances.
 */
export class EventHub {
  private readonly listeners = new Map<string, Set<Listener>>();
  private readonly closers = new Set<() => void>();
  private readonly watchers = new Set<(notice: ChangeNotice) => void>();
  private relay?: (notice: ChangeNotice) => Promise<void>;

  constructor(private readonly resolve: (notice: ChangeNotice) => Promise<LiveEvent | null>) {}

  /** Sends notices to other instances as well (set by the PostgreSQL relay). */
  setRelay(relay: (notice: ChangeNotice) => Promise<void>): void {
    this.relay = relay;
  }

  /** Listens to one thread; `onClose` runs when the hub shuts down. Returns the unsubscribe function. */
  subscribe(thread: string, listener: Listener, onClose: () => void): () => void {
    let set = this.listeners.get(thread);
    if (!set) {
      set = new Set();
      this.listeners.set(thread, set);
    }
    set.add(listener);
    this.closers.add(onClose);
    return () => {
      set.delete(listener);
      if (set.size === 0 && this.listeners.get(thread) === set) this.listeners.delete(thread);
      this.closers.delete(onClose);
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
    this.watchers.add(watcher);
    this.closers.add(onClose);
    return () => {
      this.watchers.delete(watcher);
      this.closers.delete(onClose);
    };
  }

  /** A change from anywhere: tell this instance's streams of that thread. */
  async deliver(notice: ChangeNotice): Promise<void> {
    for (const watcher of this.watchers) watcher(notice);
    if (notice.ownerOnly) return;
    const listeners = this.listeners.get(notice.thread);
    if (!listeners?.size) return;
    const event = await this.resolve(notice);
    if (!event) return;
    for (const listener of listeners) listener(event);
  }

  get streamCount(): number {
    return this.closers.size;
  }

  /** Ends every open stream. */
  close(): void {
    for (const close of [...this.closers]) close();
    this.closers.clear();
    this.listeners.clear();
    this.watchers.clear();
  }
}
