import {Hono} from 'hono';
import {streamSSE} from 'hono/streaming';
import {normaliseThreadKey} from '../domain/thread-key.js';
import type {LiveEvent} from '../live/hub.js';
import type {Services} from '../services.js';

/** Milliseconds a browser waits before reopening a stream the server ended on purpose. */
const RECONNECT_MS = 1000;

/**
 * `GET /api/events?thread=KEY`: a Server-Sent Events stream of the thread's
 * changes. It ends when the client goes away, the app closes, or its
 * lifetime is up (then `EventSource` reopens it by itself); a comment line
 * every `pingIntervalMs` keeps proxies from timing it out. Open streams are
 * capped per client address and in total.
 */
export function eventRoutes(services: Services): Hono {
  const app = new Hono();
  app.get('/', async (c) => {
    const address = services.clientAddress(c);
    await services.limits.reads.take(address);
    const thread = normaliseThreadKey(c.req.query('thread'));
    const release = services.streams.admit(address);
    c.header('X-Accel-Buffering', 'no');
    return streamSSE(c, async (stream) => {
      let finish!: () => void;
      const finished = new Promise<void>((resolve) => (finish = resolve));
      const send = (event: LiveEvent) => {
        const {type, ...data} = event;
        stream.writeSSE({event: type, data: JSON.stringify(data)}).catch(finish);
      };
      const unsubscribe = services.hub.subscribe(thread, send, finish);
      stream.onAbort(finish);
      const ping = setInterval(
        () => void stream.write(': ping\n\n'),
        services.options.pingIntervalMs,
      );
      // Spread over the last tenth of the lifetime, so streams opened together
      // do not all come back at the same moment.
      const lifetime = services.options.streamLifetimeMs * (0.9 + Math.random() * 0.1);
      const expiry = setTimeout(() => {
        stream.write(`retry: ${RECONNECT_MS}\n: expired\n\n`).then(finish, finish);
      }, lifetime);
      try {
        // Tells the client (and tests) the subscription is in place.
        await stream.write(': connected\n\n');
        await finished;
      } finally {
        clearInterval(ping);
        clearTimeout(expiry);
        unsubscribe();
        release();
      }
    });
  });
  return app;
}
