import {Hono} from 'hono';
import {normaliseThreadKey} from '../domain/thread-key.js';
import {cachedRead} from '../http/caching.js';
import {notFound, validationError} from '../http/errors.js';
import {readCommentId, readLimit} from '../http/request.js';
import {readViewer} from '../http/viewer.js';
import type {Services} from '../services.js';
import {decodeCursor} from '../store/cursor.js';
import {decodeTopCursor} from '../store/top.js';
import {commentInContext, listReplies} from '../store/read.js';
import {listThread} from '../store/thread-page.js';
import {isThreadClosed} from '../store/owner.js';
import {threadOf} from '../store/versions.js';
import {createComment} from './create.js';
import {deleteOwnComment, editOwnComment} from './own-comment.js';
import {voteOnComment} from './vote.js';

export const PAGE_SIZE = {default: 20, max: 100};
export const REPLY_PAGE_SIZE = {default: 100, max: 200};

/** Reading threads and posting comments: `/api/comments`. */
export function commentRoutes(services: Services): Hono {
  const {db, limits} = services;
  const app = new Hono();

  app.get('/', async (c) => {
    await limits.reads.take(services.clientAddress(c));
    const thread = normaliseThreadKey(c.req.query('thread'));
    const sort = c.req.query('sort') ?? 'oldest';
    if (sort !== 'oldest' && sort !== 'newest' && sort !== 'top') {
      throw validationError('sort', 'sort must be "oldest", "newest" or "top".');
    }
    const limit = readLimit(c.req.query('limit'), PAGE_SIZE.default, PAGE_SIZE.max);
    const raw = c.req.query('cursor');
    const cursor = sort === 'top' ? undefined : decodeCursor(raw);
    const topCursor = sort === 'top' ? decodeTopCursor(raw) : undefined;
    const {tokenHash} = await readViewer(services, c);
    const {editWindowMs, downVotes} = services.options;
    return cachedRead(c, services, [thread], tokenHash, async () => {
      const query = {thread, sort, limit, cursor, topCursor, tokenHash, editWindowMs} as const;
      const page = await listThread(db, query);
      const closed = await isThreadClosed(db, thread);
      // Tells the widget it may offer "notify me of replies".
      const notify = services.notifier.sendsMail && !closed;
      return {
        ...page,
        ...(closed ? {closed: true} : {}),
        ...(notify ? {notify: true} : {}),
        // Tells the widget it may offer a down-vote.
        ...(downVotes ? {downVotes: true} : {}),
      };
    });
  });

  app.get('/:id/replies', async (c) => {
    await limits.reads.take(services.clientAddress(c));
    const id = readCommentId(c.req.param('id'));
    const limit = readLimit(c.req.query('limit'), REPLY_PAGE_SIZE.default, REPLY_PAGE_SIZE.max);
    const cursor = decodeCursor(c.req.query('cursor'));
    const {tokenHash} = await readViewer(services, c);
    const thread = await threadOf(db, id);
    if (thread === undefined) throw notFound('There is no such comment.');
    return cachedRead(c, services, [thread], tokenHash, async () => {
      const {editWindowMs} = services.options;
      const page = await listReplies(db, {id, limit, cursor, tokenHash, editWindowMs});
      if (!page) throw notFound('There is no such comment.');
      return page;
    });
  });

  app.get('/:id/context', async (c) => {
    await limits.reads.take(services.clientAddress(c));
    const found = await commentInContext(db, {
      id: readCommentId(c.req.param('id')),
      thread: normaliseThreadKey(c.req.query('thread')),
      tokenHash: (await readViewer(services, c)).tokenHash,
      editWindowMs: services.options.editWindowMs,
    });
    if (!found) throw notFound('There is no such comment in this thread.');
    return c.json(found);
  });

  app.post('/', (c) => createComment(services, c));
  app.patch('/:id', (c) => editOwnComment(services, c));
  app.delete('/:id', (c) => deleteOwnComment(services, c));
  app.post('/:id/vote', (c) => voteOnComment(services, c));

  return app;
}
