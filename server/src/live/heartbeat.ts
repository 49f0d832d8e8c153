import {EXPIRED, PING, type LiveStream} from './sse.js';

/** Streams pinged in one go; between batches other work (a post, an event) gets its turn. */
const PING_BATCH = 500;

/**
 * Keeps every open stream of an instance alive with one timer, however many
 * there are: each tick it ends the streams past their lifetime (with
 * `retry:`, so `EventSource` comes back) and, every `pingIntervalMs`, sends
 * all of them the same `: ping` comment so proxies keep them open. The timer
 * runs only while a stream is open.
 */
export class Heartbeat {
  private readonly deadlines = new Map<LiveStream, number>();
  private readonly tickMs: number;
  private readonly ticksPerPing: number;
  private timer?: ReturnType<typeof setInterval>;
  private ticks = 0;

  constructor(
    pingIntervalMs: number,
    private readonly lifetimeMs: number,
  ) {
    // A lifetime much shorter than the ping interval (in tests) needs finer ticks.
    this.tickMs = Math.max(1, Math.min(pingIntervalMs, lifetimeMs / 20));
    this.ticksPerPing = Math.max(1, Math.round(pingIntervalMs / this.tickMs));
  }

  /**
   * Beats for `stream` until the returned function is called. Its lifetime
   * ends at a random point in the last tenth, so streams opened together do
   * not all come back at the same moment; the tick that ends it is never
   * later than the full lifetime.
   */
  add(stream: LiveStream): () => void {
    const spread = Math.max(0, this.lifetimeMs / 10 - this.tickMs);
    this.deadlines.set(stream, Date.now() + this.lifetimeMs * 0.9 + Math.random() * spread);
    this.timer ??= setInterval(() => this.tick(), this.tickMs);
    return () => {
      this.deadlines.delete(stream);
      if (this.deadlines.size === 0) this.stop();
    };
  }

  /** Streams beating now. */
  get size(): number {
    return this.deadlines.size;
  }

  /** Stops the timer; streams still open get no more pings. */
  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    this.ticks = 0;
  }

  private tick(): void {
    const now = Date.now();
    const ping = ++this.ticks % this.ticksPerPing === 0;
    const due: LiveStream[] = [];
    for (const [stream, deadline] of this.deadlines) {
      // Closing runs the stream's release, which removes it from the map.
      if (deadline <= now) stream.close(EXPIRED);
      else if (ping) due.push(stream);
    }
    this.ping(due, 0);
  }

  /** A write to a socket costs a system call: ten thousand at once would hold up everything else. */
  private ping(due: LiveStream[], from: number): void {
    const end = Math.min(due.length, from + PING_BATCH);
    // A stream that ended in between ignores the ping.
    for (let i = from; i < end; i++) due[i]!.send(PING);
    if (end < due.length) setImmediate(() => this.ping(due, end));
  }
}
