import type {Kysely} from 'kysely';
import type {CommentRow, Database} from '../db/schema.js';
import {encodeCursor, type Cursor} from './cursor.js';
import {personalFor} from './personal.js';
import {countVisible, repliesOf} from './read.js';
import {topRows, type TopCursor} from './top.js';
import {publicView, type PublicComment} from './view.js';
import {shown} from './visibility.js';

export interface ThreadQuery {
  thread: string;
  sort: 'oldest' | 'newest' | 'top';
  limit: number;
  cursor?: Cursor;
  /** The cursor of a `top` listing. */
  topCursor?: TopCursor;
  tokenHash: string | null;
  /** The server's edit window, for `editableUntil` on the reader's own comments. */
  editWindowMs?: number;
}

export interface ThreadPage {
  comments: PublicComment[];
  total: number;
  nextCursor?: string;
}

/**
 * One page of a thread: top-level comments by (createdAt, id), or by score
 * for `top`, each with its first replies. A `top` page is read in one
 * snapshot with its thread's version, which its cursor keeps.
 */
export async function listThread(db: Kysely<Database>, query: ThreadQuery): Promise<ThreadPage> {
  if (query.sort !== 'top') return pageOf(db, query, await timeRows(db, query));
  return db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute(async (trx) => {
      const version =
        query.topCursor?.version ??
        Number(
          (
            await trx
              .selectFrom('natter_thread_versions')
              .select('version')
              .where('thread', '=', query.thread)
              .executeTakeFirst()
          )?.version ?? 0,
        );
      return pageOf(trx, query, await topRows(trx, {...query, cursor: query.topCursor, version}));
    });
}

async function timeRows(
  db: Kysely<Database>,
  query: ThreadQuery,
): Promise<{rows: CommentRow[]; nextCursor?: string}> {
  const {thread, sort, limit, cursor, tokenHash} = query;
  const newest = sort === 'newest';
  let top = db
    .selectFrom('comments as c')
    .selectAll('c')
    .where('c.thread', '=', thread)
    .where('c.depth', '=', 1)
    .where(shown(tokenHash));
  if (cursor) {
    const op = newest ? '<' : '>';
    top = top.where((eb) =>
      eb.or([
        eb('c.created_at', op, cursor.createdAt),
        eb.and([eb('c.created_at', '=', cursor.createdAt), eb('c.id', op, cursor.id)]),
      ]),
    );
  }
  const direction = newest ? 'desc' : 'asc';
  const rows = await top
    .orderBy('c.created_at', direction)
    .orderBy('c.id', direction)
    .limit(limit + 1)
    .execute();
  const pageRows = rows.slice(0, limit);
  const last = pageRows.at(-1);
  return {
    rows: pageRows,
    nextCursor:
      rows.length > limit && last
        ? encodeCursor({createdAt: last.created_at, id: last.id})
        : undefined,
  };
}

async function pageOf(
  db: Kysely<Database>,
  query: ThreadQuery,
  top: {rows: CommentRow[]; nextCursor?: string},
): Promise<ThreadPage> {
  const {thread, tokenHash} = query;
  const pageRows = top.rows;
  const [replies, total] = await Promise.all([
    repliesOf(
      db,
      pageRows.map((row) => row.id),
      tokenHash,
    ),
    countVisible(db, [thread], tokenHash),
  ]);
  const all = [...pageRows, ...[...replies.values()].flatMap((group) => group.rows)];
  const personal = await personalFor(db, query, all);
  const comments: PublicComment[] = [];
  for (const row of pageRows) {
    const group = replies.get(row.id);
    comments.push({...publicView(row, tokenHash, personal), moreReplies: group ? group.more : 0});
    for (const reply of group?.rows ?? []) comments.push(publicView(reply, tokenHash, personal));
  }
  const page: ThreadPage = {comments, total: total.get(thread) ?? 0};
  if (top.nextCursor) page.nextCursor = top.nextCursor;
  return page;
}
