import {sql, type Kysely} from 'kysely';
import type {BlockAction, BlocksTable, CommentRow, Database} from '../db/schema.js';
import {newId} from './ids.js';
import {bumpThreadVersion} from './versions.js';

/** Changes besides a comment's status: text edits (the owner's and authors'), blocks, closed threads. */

export async function editBody(
  db: Kysely<Database>,
  id: string,
  body: string,
  /** The new source of a comment kept as Markdown; `undefined` leaves the column as it is. */
  markdown?: string | null,
): Promise<CommentRow | undefined> {
  const now = new Date().toISOString();
  const row = await db
    .updateTable('comments')
    .set({body, ...(markdown === undefined ? {} : {markdown}), edited_at: now, updated_at: now})
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
  if (row) await bumpThreadVersion(db, row.thread);
  return row;
}

export interface Block {
  id: string;
  name: string;
  authorKey: string;
  hasEmail: boolean;
  action: BlockAction;
  createdAt: string;
}

const blockView = (row: BlocksTable): Block => ({
  id: row.id,
  name: row.name,
  authorKey: row.author_key,
  hasEmail: row.email_key !== null,
  action: row.action,
  createdAt: row.created_at,
});

/** Blocks the author of `row` by author key and email key; a second block replaces the first. */
export async function blockAuthor(
  db: Kysely<Database>,
  row: CommentRow,
  action: BlockAction,
): Promise<Block> {
  const block: BlocksTable = {
    id: newId(),
    author_key: row.author_key,
    email_key: row.email_key,
    name: row.author_name,
    action,
    created_at: new Date().toISOString(),
  };
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('natter_blocks').where('author_key', '=', row.author_key).execute();
    await trx.insertInto('natter_blocks').values(block).execute();
  });
  return blockView(block);
}

export async function listBlocks(db: Kysely<Database>): Promise<Block[]> {
  const rows = await db
    .selectFrom('natter_blocks')
    .selectAll()
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows.map(blockView);
}

export async function unblock(db: Kysely<Database>, id: string): Promise<boolean> {
  const result = await db.deleteFrom('natter_blocks').where('id', '=', id).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** The block that applies to a new comment's author, if any; `drop` wins over `hold`. */
export async function blockFor(
  db: Kysely<Database>,
  authorKey: string,
  emailKey: string | null,
): Promise<BlockAction | undefined> {
  const rows = await db
    .selectFrom('natter_blocks')
    .select('action')
    .where((eb) =>
      eb.or([
        eb('author_key', '=', authorKey),
        ...(emailKey ? [eb('email_key', '=', emailKey)] : []),
      ]),
    )
    .execute();
  if (rows.length === 0) return undefined;
  return rows.some((row) => row.action === 'drop') ? 'drop' : 'hold';
}

export interface ThreadSummary {
  thread: string;
  published: number;
  pending: number;
  spam: number;
  deleted: number;
  lastActivity: string;
  closed: boolean;
}

/** Threads with comments, the most recently commented first. */
export async function listThreads(
  db: Kysely<Database>,
  query: {limit: number; offset: number; thread?: string},
): Promise<ThreadSummary[]> {
  const count = (status: string) =>
    sql<number>`sum(case when c.status = ${status} then 1 else 0 end)`.as(status);
  let select = db
    .selectFrom('comments as c')
    .leftJoin('natter_closed_threads as t', 't.thread', 'c.thread')
    .select([
      'c.thread',
      count('published'),
      count('pending'),
      count('spam'),
      count('deleted'),
      (eb) => eb.fn.max('c.created_at').as('last'),
      (eb) => eb.fn.max('t.closed_at').as('closed_at'),
    ])
    .groupBy('c.thread');
  if (query.thread !== undefined) select = select.where('c.thread', '=', query.thread);
  const rows = await select
    .orderBy('last', 'desc')
    .orderBy('c.thread')
    .limit(query.limit)
    .offset(query.offset)
    .execute();
  return rows.map((row) => ({
    thread: row.thread,
    published: Number(row.published),
    pending: Number(row.pending),
    spam: Number(row.spam),
    deleted: Number(row.deleted),
    lastActivity: String(row.last),
    closed: row.closed_at !== null,
  }));
}

export async function setThreadClosed(
  db: Kysely<Database>,
  thread: string,
  closed: boolean,
): Promise<void> {
  if (closed) {
    await db
      .insertInto('natter_closed_threads')
      .values({thread, closed_at: new Date().toISOString()})
      .onConflict((oc) => oc.column('thread').doNothing())
      .execute();
  } else {
    await db.deleteFrom('natter_closed_threads').where('thread', '=', thread).execute();
  }
  // Lists say whether a thread is closed, so their cached answers must change.
  await bumpThreadVersion(db, thread);
}

export async function isThreadClosed(db: Kysely<Database>, thread: string): Promise<boolean> {
  const row = await db
    .selectFrom('natter_closed_threads')
    .select('thread')
    .where('thread', '=', thread)
    .executeTakeFirst();
  return row !== undefined;
}
