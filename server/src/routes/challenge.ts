import {Hono} from 'hono';
import type {Services} from '../services.js';

/**
 * `GET /api/challenge`: a fresh proof-of-work challenge for the next post,
 * or `{"challenge": null}` when this server asks for none.
 */
export function challengeRoutes(services: Services): Hono {
  const app = new Hono();
  app.get('/', async (c) => {
    await services.limits.reads.take(services.clientAddress(c));
    c.header('Cache-Control', 'no-store');
    const challenge = (await services.proofOfWork?.issue()) ?? null;
    return c.json({challenge});
  });
  return app;
}
