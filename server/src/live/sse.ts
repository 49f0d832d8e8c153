import type {LiveEvent} from './hub.js';

/** Milliseconds a browser waits before reopening a stream the server ended on purpose. */
export const RECONNECT_MS = 1000;

const encoder = new TextEncoder();

// The frames every stream shares, encoded once.
export const CONNECTED = encoder.encode(': connected\n\n');
export const PING = encoder.encode(': ping\n\n');
export const EXPIRED = encoder.encode(`retry: ${RECONNECT_MS}\n: expired\n\n`);

/**
 * One event as Server-Sent Events bytes. Encoded once per event and written
 * as is to every stream. JSON has no raw line breaks, so the data fits on
 * one `data:` line.
 */
export function encodeEvent(event: LiveEvent): Uint8Array {
  const {type, ...data} = event;
  return encoder.encode(`event: ${type}\ndata: ${JSON.stringify(data)}\n\n`);
}

/** What the hub and the heartbeat write to: one open stream. */
export interface LiveStream {
  /** Queues bytes for the client; does nothing once the stream has ended. */
  send(frame: Uint8Array): void;
  /** Ends the stream, after `last` when given. */
  close(last?: Uint8Array): void;
}
