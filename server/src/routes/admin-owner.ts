import {Hono} from 'hono';
import type {BlockAction} from '../db/schema.js';
import {storedPasswordHash} from '../admin/password.js';
import {SESSION_HOURS} from '../admin/sessions.js';
import {normaliseThreadKey} from '../domain/thread-key.js';
import {selfOrigin} from '../http/client.js';
import {notFound, validationError} from '../http/errors.js';
import {readCommentId, readJsonObject, readLimit, requireJson} from '../http/request.js';
import type {Services} from '../services.js';
import {blockAuthor, listBlocks, listThreads, setThreadClosed, unblock} from '../store/owner.js';
import {findComment} from '../store/read.js';

const ACTIONS: BlockAction[] = ['hold', 'drop'];

/** Blocks, threads and the settings page of the console. */
export function adminOwnerRoutes(services: Services): Hono {
  const {db, options} = services;
  const app = new Hono();

  app.get('/blocks', async (c) => c.json({blocks: await listBlocks(db)}));

  app.post('/blocks', async (c) => {
    requireJson(c);
    const input = await readJsonObject(c);
    const action = input.action ?? 'hold';
    if (!ACTIONS.includes(action as BlockAction)) {
      throw validationError('action', 'action must be "hold" or "drop".');
    }
    if (typeof input.commentId !== 'string') {
      throw validationError('commentId', 'Name a comment of the author to block.');
    }
    const row = await findComment(db, readCommentId(input.commentId));
    if (!row) throw notFound('There is no such comment.', 'commentId');
    return c.json({block: await blockAuthor(db, row, action as BlockAction)}, 201);
  });

  app.delete('/blocks/:id', async (c) => {
    const id = c.req.param('id');
    if (!/^[0-9a-z]{26}$/.test(id) || !(await unblock(db, id))) {
      throw notFound('There is no such block.');
    }
    return c.body(null, 204);
  });

  app.get('/threads', async (c) => {
    const limit = readLimit(c.req.query('limit'), 50, 200);
    const raw = c.req.query('cursor');
    const offset = raw === undefined ? 0 : Number(raw);
    if (raw !== undefined && (!/^\d{1,9}$/.test(raw) || !Number.isSafeInteger(offset))) {
      throw validationError('cursor', 'The page cursor is not valid.');
    }
    const threads = await listThreads(db, {limit: limit + 1, offset});
    return c.json({
      threads: threads.slice(0, limit),
      nextCursor: threads.length > limit ? String(offset + limit) : undefined,
    });
  });

  for (const [path, closed] of [
    ['/threads/close', true],
    ['/threads/reopen', false],
  ] as const) {
    app.post(path, async (c) => {
      requireJson(c);
      const thread = normaliseThreadKey((await readJsonObject(c)).thread);
      await setThreadClosed(db, thread, closed);
      const [summary] = await listThreads(db, {limit: 1, offset: 0, thread});
      // A page may be closed before anyone comments on it.
      const empty = {thread, published: 0, pending: 0, spam: 0, deleted: 0, lastActivity: null};
      return c.json({thread: summary ?? {...empty, closed}});
    });
  }

  app.get('/settings', async (c) =>
    c.json({
      moderation: options.moderation,
      emailOptional: options.emailOptional,
      origins: options.origins,
      site: options.origins[0] ?? selfOrigin(c, options.proxyTrust),
      rateLimits: options.rateLimits,
      proofOfWork: options.proofOfWork,
      maxStreams: options.maxStreams,
      maxStreamsPerAddress: options.maxStreamsPerAddress,
      cache: options.cache,
      database: services.databaseKind,
      passwordSet: (await storedPasswordHash(db)) !== undefined,
      sessionHours: SESSION_HOURS,
    }),
  );

  return app;
}
