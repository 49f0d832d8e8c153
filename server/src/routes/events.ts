import {Hono} from 'hono';
import {RESPONSE_ALREADY_SENT} from '@hono/node-server/utils/response';
import {normaliseThreadKey} from '../domain/thread-key.js';
import {NodeEventStream, WebEventStream, type NodeResponse} from '../live/event-stream.js';
import {CONNECTED, type LiveStream} from '../live/sse.js';
import type {Services} from '../services.js';

const HEADERS = {
  'Content-Type': 'text/event-stream',
  'Cache-Control': 'no-cache',
  'X-Accel-Buffering': 'no',
};

/**
 * `GET /api/events?thread=KEY`: a Server-Sent Events stream of the thread's
 * changes. It ends when the client goes away, the app closes, or its
 * lifetime is up (then `EventSource` reopens it by itself); the instance's
 * heartbeat sends a comment line every `pingIntervalMs` to keep proxies
 * from timing it out. Open streams are capped per client address and in
 * total.
 */
export function eventRoutes(services: Services): Hono {
  const app = new Hono();
  app.get('/', async (c) => {
    const address = services.clientAddress(c);
    await services.limits.reads.take(address);
    const thread = normaliseThreadKey(c.req.query('thread'));
    const release = services.streams.admit(address);
    let unsubscribe = () => {};
    let stopBeating = () => {};
    const onEnd = () => {
      stopBeating();
      unsubscribe();
      release();
    };
    // The headers the middleware set so far (CORS, nosniff) with the stream's own.
    const head = c.body(null, 200, HEADERS);
    const outgoing = (c.env as {outgoing?: NodeResponse} | undefined)?.outgoing;
    let stream: LiveStream;
    let answer: Response;
    if (outgoing && !outgoing.headersSent) {
      // On Node, written to the socket directly: a web stream per reader
      // would cost several times the memory and time of the connection.
      // Headers a wrapping middleware sets after the handler do not apply.
      stream = new NodeEventStream(outgoing, head.headers, onEnd);
      answer = RESPONSE_ALREADY_SENT;
    } else {
      const web = new WebEventStream(onEnd);
      stream = web;
      answer = new Response(web.body, {status: 200, headers: head.headers});
    }
    unsubscribe = services.hub.subscribe(thread, stream);
    stopBeating = services.heartbeat.add(stream);
    // Tells the client (and tests) the subscription is in place.
    stream.send(CONNECTED);
    // A client that left while the rate limit was checked will send no `close` any more.
    if (outgoing?.destroyed) stream.close();
    return answer;
  });
  return app;
}
