import {timingSafeEqual, createHash} from 'node:crypto';
import {Hono, type Context} from 'hono';
import type {StoredStatus} from '../db/schema.js';
import {announceStatusChange} from '../live/changes.js';
import {HttpError, notFound, validationError} from '../http/errors.js';
import {readCommentId, readLimit} from '../http/request.js';
import type {Services} from '../services.js';
import {decodeCursor} from '../store/cursor.js';
import {listByStatus} from '../store/moderation.js';
import {findComment} from '../store/read.js';
import {adminView} from '../store/view.js';
import {setStatus} from '../store/write.js';

const STATUSES: StoredStatus[] = ['pending', 'published', 'spam', 'deleted'];

/** Moderation, behind `Authorization: Bearer <admin token>`. */
export function adminRoutes(services: Services): Hono {
  const {db, hub, options} = services;
  const app = new Hono();

  app.use('*', async (c, next) => {
    await services.limits.reads.take(services.clientAddress(c));
    authorise(c, options.adminToken);
    await next();
  });

  app.get('/comments', async (c) => {
    const status = (c.req.query('status') ?? 'pending') as StoredStatus;
    if (!STATUSES.includes(status)) {
      throw validationError('status', `status must be one of ${STATUSES.join(', ')}.`);
    }
    const page = await listByStatus(db, {
      status,
      limit: readLimit(c.req.query('limit'), 50, 100),
      cursor: decodeCursor(c.req.query('cursor')),
    });
    return c.json({comments: page.rows.map(adminView), nextCursor: page.nextCursor});
  });

  const change = (status: StoredStatus) => async (c: Context) => {
    const id = readCommentId(c.req.param('id') ?? '');
    const before = await findComment(db, id);
    if (!before) throw notFound('There is no such comment.');
    if (before.status === status) return c.json({comment: adminView(before)});
    const row = await setStatus(db, id, status);
    if (!row) throw notFound('There is no such comment.');
    const wasPublished = before.status === 'published';
    if (status === 'published' || wasPublished) {
      await announceStatusChange(db, hub, row, status === 'published');
    }
    return c.json({comment: adminView(row)});
  };

  app.post('/comments/:id/approve', change('published'));
  app.post('/comments/:id/spam', change('spam'));
  app.delete('/comments/:id', change('deleted'));

  return app;
}

function authorise(c: Context, adminToken: string | undefined): void {
  const header = c.req.header('Authorization') ?? '';
  const match = /^Bearer\s+(.+)$/i.exec(header);
  if (!adminToken || !match || !sameSecret(match[1].trim(), adminToken)) {
    throw new HttpError(401, 'unauthorized', 'The admin token is missing or wrong.');
  }
}

/** Compares digests so that neither the length nor the content leaks through timing. */
function sameSecret(given: string, expected: string): boolean {
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(given), digest(expected));
}
