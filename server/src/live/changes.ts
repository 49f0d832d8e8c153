import type {Kysely} from 'kysely';
import type {CommentRow, Database} from '../db/schema.js';
import {findComment} from '../store/read.js';
import {publicView} from '../store/view.js';
import {shown} from '../store/visibility.js';
import type {ChangeNotice, EventHub, LiveEvent} from './hub.js';

/**
 * Turns a notice into what anonymous readers of the stream may see, from the
 * row as it is now: a published comment, a tombstone, or its disappearance.
 */
export async function resolveNotice(
  db: Kysely<Database>,
  notice: ChangeNotice,
): Promise<LiveEvent | null> {
  if (notice.type === 'deleted') return {type: 'deleted', id: notice.id};
  const row = await db
    .selectFrom('comments as c')
    .selectAll('c')
    .where('c.id', '=', notice.id)
    .where(shown(null))
    .executeTakeFirst();
  if (notice.type === 'voted') {
    if (row?.status !== 'published') return null;
    return {
      type: 'voted',
      id: row.id,
      votes: {up: Number(row.votes_up), down: Number(row.votes_down)},
    };
  }
  if (!row) return notice.type === 'created' ? null : {type: 'deleted', id: notice.id};
  return {type: notice.type, comment: publicView(row, null)};
}

/**
 * Announces a moderation change of `row`. Hidden ancestors are announced too,
 * because whether they show as tombstones depends on their replies: before
 * the comment when it appears (so its parent is there first), after it when
 * it goes.
 */
export async function announceStatusChange(
  db: Kysely<Database>,
  hub: EventHub,
  row: CommentRow,
  appeared: boolean,
): Promise<void> {
  const ancestors: ChangeNotice[] = [];
  for (const id of row.path.split('/').slice(0, -1).reverse()) {
    const ancestor = await findComment(db, id);
    if (ancestor && ancestor.status !== 'published') {
      ancestors.push({type: 'updated', thread: row.thread, id});
    }
  }
  const self: ChangeNotice = {
    type: appeared ? 'created' : 'updated',
    thread: row.thread,
    id: row.id,
  };
  const order = appeared ? [...ancestors.reverse(), self] : [self, ...ancestors];
  for (const notice of order) await hub.publish(notice);
}
