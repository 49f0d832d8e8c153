import {Hono, type Context} from 'hono';
import type {CommentRow, StoredStatus} from '../db/schema.js';
import {normaliseThreadKey} from '../domain/thread-key.js';
import {commentText} from '../domain/comment-text.js';
import {validateBody} from '../domain/validate.js';
import {notFound, validationError} from '../http/errors.js';
import {readCommentId, readJsonObject, readLimit, requireJson} from '../http/request.js';
import type {Services} from '../services.js';
import {decodeCursor} from '../store/cursor.js';
import {adminExtras, listForAdmin} from '../store/moderation.js';
import {editBody} from '../store/owner.js';
import {findComment} from '../store/read.js';
import {adminView} from '../store/view.js';
import {changeStatus} from './status-change.js';

const STATUSES: StoredStatus[] = ['pending', 'published', 'spam', 'deleted'];

/** `/api/admin/comments`: the queue, every comment, and what the owner does to one. */
export function adminCommentRoutes(services: Services): Hono {
  const {db, hub} = services;
  const app = new Hono();

  /** The console's view of rows, with author counts, parents and blocks. */
  const present = async (rows: CommentRow[]) => {
    const extras = await adminExtras(db, rows);
    return rows.map((row) => adminView(row, extras));
  };
  const one = async (row: CommentRow) => (await present([row]))[0];

  /** Tells the console streams of every instance; readers hear only what they can see. */
  const announce = (row: CommentRow) =>
    hub.publish({type: 'updated', thread: row.thread, id: row.id, ownerOnly: true});

  app.get('/', async (c) => {
    const status = c.req.query('status') ?? 'pending';
    if (status !== 'all' && !STATUSES.includes(status as StoredStatus)) {
      throw validationError('status', `status must be all or one of ${STATUSES.join(', ')}.`);
    }
    const order = c.req.query('order') ?? 'oldest';
    if (order !== 'oldest' && order !== 'newest') {
      throw validationError('order', 'order must be "oldest" or "newest".');
    }
    const thread = c.req.query('thread');
    const author = c.req.query('author');
    if (author !== undefined && !/^[0-9a-f]{16,128}$/.test(author)) {
      throw validationError('author', 'author must be an author key from a listed comment.');
    }
    const search = c.req.query('q')?.trim();
    if (search !== undefined && search.length > 200) {
      throw validationError('q', 'The search text is limited to 200 characters.');
    }
    const page = await listForAdmin(db, {
      status: status as StoredStatus | 'all',
      order,
      thread: thread ? normaliseThreadKey(thread) : undefined,
      authorKey: author,
      search: search || undefined,
      limit: readLimit(c.req.query('limit'), 50, 100),
      cursor: decodeCursor(c.req.query('cursor')),
    });
    return c.json({comments: await present(page.rows), nextCursor: page.nextCursor});
  });

  const change = async (c: Context, status: StoredStatus) => {
    const id = readCommentId(c.req.param('id') ?? '');
    const row = await changeStatus(services, id, status, services.publicBase(c));
    if (!row) throw notFound('There is no such comment.');
    return c.json({comment: await one(row)});
  };

  app.post('/:id/approve', (c) => change(c, 'published'));
  app.post('/:id/spam', (c) => change(c, 'spam'));
  app.delete('/:id', (c) => change(c, 'deleted'));
  // Puts back any state, for the console's Undo.
  app.post('/:id/status', async (c) => {
    requireJson(c);
    const {status} = await readJsonObject(c);
    if (typeof status !== 'string' || !STATUSES.includes(status as StoredStatus)) {
      throw validationError('status', `status must be one of ${STATUSES.join(', ')}.`);
    }
    return change(c, status as StoredStatus);
  });

  app.patch('/:id', async (c) => {
    requireJson(c);
    const id = readCommentId(c.req.param('id'));
    const text = validateBody((await readJsonObject(c)).body);
    const before = await findComment(db, id);
    if (!before) throw notFound('There is no such comment.');
    // A comment written in Markdown stays Markdown: the text is its new source.
    const row =
      before.markdown === null
        ? await editBody(db, id, text)
        : await editBody(db, id, commentText(text).body, text);
    if (!row) throw notFound('There is no such comment.');
    if (row.status === 'published') {
      await hub.publish({type: 'updated', thread: row.thread, id: row.id});
    } else {
      await announce(row);
    }
    return c.json({comment: await one(row)});
  });

  return app;
}
