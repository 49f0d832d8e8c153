import type {Kysely} from 'kysely';
import type {CommentRow, Database, StoredStatus} from '../db/schema.js';
import {encodeCursor, type Cursor} from './cursor.js';

/** Comments in one state, oldest first, for the moderation queue. */
export async function listByStatus(
  db: Kysely<Database>,
  query: {status: StoredStatus; limit: number; cursor?: Cursor},
): Promise<{rows: CommentRow[]; nextCursor?: string}> {
  const {status, limit, cursor} = query;
  let select = db.selectFrom('comments').selectAll().where('status', '=', status);
  if (cursor) {
    select = select.where((eb) =>
      eb.or([
        eb('created_at', '>', cursor.createdAt),
        eb.and([eb('created_at', '=', cursor.createdAt), eb('id', '>', cursor.id)]),
      ]),
    );
  }
  const rows = await select
    .orderBy('created_at')
    .orderBy('id')
    .limit(limit + 1)
    .execute();
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return {
    rows: page,
    nextCursor:
      rows.length > limit && last
        ? encodeCursor({createdAt: last.created_at, id: last.id})
        : undefined,
  };
}
