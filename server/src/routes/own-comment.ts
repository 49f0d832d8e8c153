import type {Context} from 'hono';
import type {CommentRow} from '../db/schema.js';
import {commentText} from '../domain/comment-text.js';
import {validateBody} from '../domain/validate.js';
import {HttpError, notFound} from '../http/errors.js';
import {readCommentId, readJsonObject, requireJson} from '../http/request.js';
import {readViewer} from '../http/viewer.js';
import type {Services} from '../services.js';
import {editBody} from '../store/owner.js';
import {personalFor} from '../store/personal.js';
import {findComment} from '../store/read.js';
import {authorView, publicView} from '../store/view.js';
import {shown} from '../store/visibility.js';
import {changeStatus} from './status-change.js';

const notYours = () => new HttpError(403, 'forbidden', 'This comment is not yours to change.');

/**
 * The comment `id` as its author reaches it: not-found when the reader
 * cannot see it (gone, spam, someone else's held comment), forbidden when
 * it is someone else's.
 */
async function ownComment(services: Services, id: string, tokenHash: string | null) {
  const row = await findComment(services.db, id);
  const mine = row !== undefined && tokenHash !== null && row.author_token_hash === tokenHash;
  if (!row || !(row.status === 'published' || (row.status === 'pending' && mine))) {
    throw notFound('There is no such comment.');
  }
  if (!mine) throw notYours();
  return row;
}

/** `PATCH /api/comments/:id`: the author changes the text, within the edit window. */
export async function editOwnComment(services: Services, c: Context): Promise<Response> {
  const {db, options, hub} = services;
  requireJson(c);
  const id = readCommentId(c.req.param('id') ?? '');
  // Edits spend the same budget as posts: each one is new text to read.
  await services.limits.posts.take(services.clientAddress(c));
  const text = commentText(validateBody((await readJsonObject(c)).body));
  const {tokenHash} = await readViewer(services, c);
  const row = await ownComment(services, id, tokenHash);
  checkWindow(row, options.editWindowMs);
  const edited = await editBody(db, id, text.body, text.markdown);
  if (!edited) throw notFound('There is no such comment.');
  await hub.publish({
    type: 'updated',
    thread: edited.thread,
    id: edited.id,
    ...(edited.status === 'published' ? {} : {ownerOnly: true}),
  });
  const personal = await personalFor(db, {tokenHash, editWindowMs: options.editWindowMs}, [edited]);
  return c.json({comment: authorView(edited, personal)});
}

function checkWindow(row: CommentRow, windowMs: number): void {
  if (windowMs <= 0) {
    throw new HttpError(403, 'forbidden', 'Editing comments is turned off on this site.');
  }
  if (Date.now() > Date.parse(row.created_at) + windowMs) {
    const minutes = Math.round((windowMs / 60_000) * 100) / 100;
    throw new HttpError(
      403,
      'forbidden',
      `The time to edit this comment has passed: comments can be edited for ${minutes} minutes after posting.`,
    );
  }
}

/**
 * `DELETE /api/comments/:id`: the author deletes their comment, at any
 * time, as the owner's delete does it. Answers the tombstone that stays
 * while the comment has visible replies, or `null` when it is gone.
 */
export async function deleteOwnComment(services: Services, c: Context): Promise<Response> {
  const {db, options} = services;
  const id = readCommentId(c.req.param('id') ?? '');
  await services.limits.posts.take(services.clientAddress(c));
  const {tokenHash} = await readViewer(services, c);
  await ownComment(services, id, tokenHash);
  const row = await changeStatus(services, id, 'deleted', services.publicBase(c));
  if (!row) throw notFound('There is no such comment.');
  const still = await db
    .selectFrom('comments as c')
    .selectAll('c')
    .where('c.id', '=', id)
    .where(shown(tokenHash))
    .executeTakeFirst();
  if (!still) return c.json({comment: null});
  const personal = await personalFor(db, {tokenHash, editWindowMs: options.editWindowMs}, [still]);
  return c.json({comment: publicView(still, tokenHash, personal)});
}
