import type {CommentEvent} from '../types.js';
import type {ReadCommentOptions} from '../kit/comment-shape.js';
import {readServerComment, readVotes} from './comment.js';

export interface EventStreamOptions extends ReadCommentOptions {
  /** The `EventSource` class to use; defaults to the global one. */
  eventSource?: typeof EventSource;
  /** First delay before reconnecting a closed stream, in ms. Default 1000. */
  minDelay?: number;
  /** Longest delay between reconnection attempts, in ms. Default 30000. */
  maxDelay?: number;
}

// EventSource.CLOSED, spelled out so a stand-in class needs no static fields.
const CLOSED = 2;
const TYPES = ['created', 'updated', 'deleted', 'voted'] as const;

/** Reads one event's data; `undefined` for anything malformed, which is then ignored. */
export function parseCommentEvent(
  type: (typeof TYPES)[number],
  data: unknown,
  options: ReadCommentOptions = {},
): CommentEvent | undefined {
  if (typeof data !== 'string') return undefined;
  let value: unknown;
  try {
    value = JSON.parse(data);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  if (type === 'deleted' || type === 'voted') {
    const {id, votes: counts} = value as {id?: unknown; votes?: unknown};
    if (typeof id !== 'string' || id === '') return undefined;
    if (type === 'deleted') return {type, id};
    const votes = readVotes(counts);
    return votes ? {type, id, votes} : undefined;
  }
  const comment = readServerComment((value as {comment?: unknown}).comment, options);
  if (!comment) return undefined;
  // One stream serves every reader of the thread: its comments are nobody's own.
  return {type, comment, shared: true};
}

/**
 * Milliseconds before the next reconnection: doubling from `min` per
 * failure, never above `max`, with jitter (half to all of it) so that many
 * readers do not all come back in the same instant after an outage.
 */
export function reconnectDelay(
  failures: number,
  min: number,
  max: number,
  random = Math.random(),
): number {
  const base = Math.min(max, min * 2 ** Math.min(failures, 30));
  return base / 2 + random * (base / 2);
}

/**
 * Listens to a Server-Sent Events stream of comment events. `EventSource`
 * reconnects by itself after a dropped connection; when it gives up (the
 * stream is CLOSED, e.g. after an error status), this reconnects with
 * exponential backoff up to `maxDelay`. Returns a function that closes the
 * stream and cancels any pending reconnection.
 */
export function openEventStream(
  url: string,
  onEvent: (event: CommentEvent) => void,
  options: EventStreamOptions = {},
): () => void {
  const Source = options.eventSource ?? globalThis.EventSource;
  if (typeof Source !== 'function') return () => {};
  const minDelay = options.minDelay ?? 1000;
  const maxDelay = options.maxDelay ?? 30_000;
  let source: EventSource | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let failures = 0;
  let stopped = false;

  const deliver = (event: CommentEvent) => {
    try {
      onEvent(event);
    } catch (error) {
      // A faulty listener must not close the stream.
      if (typeof reportError === 'function') reportError(error);
      else console.error(error);
    }
  };

  const reconnectLater = () => {
    timer = setTimeout(connect, reconnectDelay(failures++, minDelay, maxDelay));
  };

  function connect() {
    timer = undefined;
    if (stopped) return;
    let current: EventSource;
    try {
      current = new Source(url);
    } catch {
      reconnectLater();
      return;
    }
    source = current;
    current.addEventListener('open', () => {
      failures = 0;
    });
    for (const type of TYPES) {
      current.addEventListener(type, (message) => {
        const event = parseCommentEvent(type, (message as MessageEvent).data, options);
        if (event && !stopped) deliver(event);
      });
    }
    current.addEventListener('error', () => {
      // CONNECTING means the browser is already retrying on its own.
      if (stopped || current.readyState !== CLOSED) return;
      current.close();
      reconnectLater();
    });
  }

  connect();
  return () => {
    stopped = true;
    if (timer !== undefined) clearTimeout(timer);
    source?.close();
  };
}
