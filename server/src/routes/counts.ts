import {Hono} from 'hono';
import {normaliseThreadKey} from '../domain/thread-key.js';
import {cachedRead} from '../http/caching.js';
import {validationError} from '../http/errors.js';
import {readViewer} from '../http/viewer.js';
import type {Services} from '../services.js';
import {countVisible} from '../store/read.js';

export const MAX_COUNT_THREADS = 100;

/** `GET /api/counts?thread=A&thread=B`: one request for every badge on an index page. */
export function countRoutes(services: Services): Hono {
  const app = new Hono();
  app.get('/', async (c) => {
    await services.limits.reads.take(services.clientAddress(c));
    const asked = c.req.queries('thread') ?? [];
    if (asked.length === 0) throw validationError('thread', 'Name at least one thread.');
    if (asked.length > MAX_COUNT_THREADS) {
      throw validationError('thread', `Ask for at most ${MAX_COUNT_THREADS} threads at once.`);
    }
    const keys = asked.map((raw) => normaliseThreadKey(raw));
    const {tokenHash} = await readViewer(services, c);
    const threads = [...new Set(keys)];
    return cachedRead(
      c,
      services,
      threads,
      tokenHash,
      async () => {
        const found = await countVisible(services.db, threads, tokenHash);
        const counts: Record<string, number> = {};
        asked.forEach((raw, i) => (counts[raw] = found.get(keys[i]) ?? 0));
        return {counts};
      },
      'held',
    );
  });
  return app;
}
