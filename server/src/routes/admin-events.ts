import {Hono} from 'hono';
import {getCookie} from 'hono/cookie';
import {streamSSE} from 'hono/streaming';
import {findSession, SESSION_COOKIE} from '../admin/sessions.js';
import type {ChangeNotice} from '../live/hub.js';
import type {Services} from '../services.js';
import {adminExtras} from '../store/moderation.js';
import {findComment} from '../store/read.js';
import {adminView} from '../store/view.js';

/**
 * `GET /api/admin/events`: every change of every thread as the console sees
 * it (`comment` events with the comment in full). A stream opened with a
 * session ends once that session is over (signed out or expired).
 */
export function adminEventRoutes(services: Services): Hono {
  const {db, hub, options} = services;
  const app = new Hono();
  app.get('/', (c) => {
    const session = getCookie(c, SESSION_COOKIE);
    const release = services.streams.admit(services.clientAddress(c));
    c.header('X-Accel-Buffering', 'no');
    return streamSSE(c, async (stream) => {
      let finish!: () => void;
      const finished = new Promise<void>((resolve) => (finish = resolve));
      const stillSignedIn = async () =>
        session === undefined || (await findSession(db, session)) !== undefined;
      // One at a time, in the order they came, so the console sees the last state last.
      let queue = Promise.resolve();
      const send = (notice: ChangeNotice) => {
        queue = queue
          .then(async () => {
            if (!(await stillSignedIn())) return finish();
            const row = await findComment(db, notice.id);
            if (!row) return;
            const comment = adminView(row, await adminExtras(db, [row]));
            await stream.writeSSE({event: 'comment', data: JSON.stringify({comment})});
          })
          .catch(finish);
      };
      const unwatch = hub.watch(send, finish);
      stream.onAbort(finish);
      const ping = setInterval(() => {
        stillSignedIn().then(
          (yes) => (yes ? void stream.write(': ping\n\n').catch(finish) : finish()),
          finish,
        );
      }, options.pingIntervalMs);
      try {
        await stream.write(': connected\n\n');
        await finished;
      } finally {
        clearInterval(ping);
        unwatch();
        release();
      }
    });
  });
  return app;
}
