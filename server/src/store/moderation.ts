import {sql, type Kysely} from 'kysely';
import type {CommentRow, Database, StoredStatus} from '../db/schema.js';
import {encodeCursor, type Cursor} from './cursor.js';

export interface AdminQuery {
  /** One state, or every comment. */
  status: StoredStatus | 'all';
  order: 'oldest' | 'newest';
  thread?: string;
  authorKey?: string;
  /** Words to find in the text or the author's name, in any case. */
  search?: string;
  limit: number;
  cursor?: Cursor;
}

/** Comments for the console: the queue (held, oldest first) or any filtered list. */
export async function listForAdmin(
  db: Kysely<Database>,
  query: AdminQuery,
): Promise<{rows: CommentRow[]; nextCursor?: string}> {
  const {status, order, limit, cursor} = query;
  let select = db.selectFrom('comments').selectAll();
  if (status !== 'all') select = select.where('status', '=', status);
  if (query.thread !== undefined) select = select.where('thread', '=', query.thread);
  if (query.authorKey !== undefined) select = select.where('author_key', '=', query.authorKey);
  if (query.search) {
    const pattern = `%${query.search.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    select = select.where((eb) =>
      eb.or([
        sql<boolean>`lower(body) like ${pattern} escape '\\'`,
        sql<boolean>`lower(author_name) like ${pattern} escape '\\'`,
      ]),
    );
  }
  const op = order === 'newest' ? '<' : '>';
  if (cursor) {
    select = select.where((eb) =>
      eb.or([
        eb('created_at', op, cursor.createdAt),
        eb.and([eb('created_at', '=', cursor.createdAt), eb('id', op, cursor.id)]),
      ]),
    );
  }
  const direction = order === 'newest' ? 'desc' : 'asc';
  const rows = await select
    .orderBy('created_at', direction)
    .orderBy('id', direction)
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

/** What the console shows beside a page of comments, read in three queries for the page. */
export interface AdminExtras {
  approved: Map<string, number>;
  parents: Map<string, CommentRow>;
  blockedKeys: Set<string>;
}

export async function adminExtras(db: Kysely<Database>, rows: CommentRow[]): Promise<AdminExtras> {
  const authorKeys = [...new Set(rows.map((row) => row.author_key))];
  const parentIds = [...new Set(rows.flatMap((row) => (row.parent_id ? [row.parent_id] : [])))];
  const emailKeys = [...new Set(rows.flatMap((row) => (row.email_key ? [row.email_key] : [])))];
  const extras: AdminExtras = {approved: new Map(), parents: new Map(), blockedKeys: new Set()};
  if (authorKeys.length) {
    const counts = await db
      .selectFrom('comments')
      .select(['author_key', (eb) => eb.fn.countAll<number>().as('n')])
      .where('author_key', 'in', authorKeys)
      .where('status', '=', 'published')
      .groupBy('author_key')
      .execute();
    for (const row of counts) extras.approved.set(row.author_key, Number(row.n));
    const blocks = await db
      .selectFrom('natter_blocks')
      .select(['author_key', 'email_key'])
      .where((eb) =>
        eb.or([
          eb('author_key', 'in', authorKeys),
          ...(emailKeys.length ? [eb('email_key', 'in', emailKeys)] : []),
        ]),
      )
      .execute();
    for (const block of blocks) {
      extras.blockedKeys.add(block.author_key);
      if (block.email_key) extras.blockedKeys.add(block.email_key);
    }
  }
  if (parentIds.length) {
    const parents = await db
      .selectFrom('comments')
      .selectAll()
      .where('id', 'in', parentIds)
      .execute();
    for (const parent of parents) extras.parents.set(parent.id, parent);
  }
  return extras;
}
