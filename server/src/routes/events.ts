import {Hono} from 'hono';
import {streamSSE} from 'hono/streaming';
import {normaliseThreadKey} from '../domain/thread-key.js';
import type {LiveEvent} from '../live/hub.js';
import type {Services} from '../services.js';

/**
 * `GET /api/events?thread=KEY`: a Server-Sent Events stream of the thread's
 * changes. The stream ends when the client goes away or the app closes; a
 * comment line every `pingIntervalMs` keeps proxies from timing it out.
 */
export function eventRoutes(services: Services): Hono {
  const app = new Hono();
  app.get('/', (c) => {
    services.limits.reads.take(services.clientAddress(c));
    const thread = normaliseThreadKey(c.req.query('thread'));
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
      try {
        // Tells the client (and tests) the subscription is in place.
        await stream.write(': connected\n\n');
        await finished;
      } finally {
        clearInterval(ping);
        unsubscribe();
      }
    });
  });
  return app;
}
