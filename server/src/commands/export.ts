import {once} from 'node:events';
import {existsSync} from 'node:fs';
import type {Writable} from 'node:stream';
import type {Kysely} from 'kysely';
import {databaseKind, openDatabase} from '../db/connect.js';
import type {CommentRow, Database} from '../db/schema.js';
import type {
  PortableComment,
  PortableEnd,
  PortableHeader,
  PortableThread,
} from '../import/portable.js';

const PAGE = 1000;

/**
 * Writes every thread and comment of the database at `location` to `out` in
 * the portable format (import/portable.ts), a thread at a time and a page of
 * comments at a time. No email, address or hash leaves the database. All
 * reads are one consistent moment, also while a server writes.
 */
export async function exportComments(
  location: string,
  out: Writable,
): Promise<{threads: number; comments: number}> {
  if (databaseKind(location) === 'sqlite' && !existsSync(location)) {
    throw new Error(`there is no database at ${location}.`);
  }
  const {db} = await openDatabase(location);
  const write = async (value: PortableHeader | PortableThread | PortableComment | PortableEnd) => {
    if (!out.write(`${JSON.stringify(value)}\n`)) await once(out, 'drain');
  };
  try {
    await write({natter: 1, exportedAt: new Date().toISOString()});
    const counts = await db
      .transaction()
      .setIsolationLevel('repeatable read')
      .execute(async (trx) => {
        const closed = new Map(
          (await trx.selectFrom('natter_closed_threads').selectAll().execute()).map((row) => [
            row.thread,
            row.closed_at,
          ]),
        );
        let threads = 0;
        let comments = 0;
        for await (const [thread, count] of threadsOf(trx)) {
          await write({thread, closedAt: closed.get(thread) ?? null, comments: count});
          closed.delete(thread);
          threads++;
          for await (const row of commentsOf(trx, thread)) {
            await write(portable(row));
            comments++;
          }
        }
        // Closed threads nobody has commented on yet.
        for (const [thread, closedAt] of closed) {
          await write({thread, closedAt, comments: 0});
          threads++;
        }
        return {threads, comments};
      });
    await write({end: true, ...counts});
    return counts;
  } finally {
    await db.destroy();
  }
}

async function* threadsOf(db: Kysely<Database>): AsyncIterable<[string, number]> {
  let after: string | null = null;
  for (;;) {
    let query = db
      .selectFrom('comments')
      .select((eb) => ['thread', eb.fn.countAll<number>().as('n')])
      .groupBy('thread')
      .orderBy('thread')
      .limit(PAGE);
    if (after !== null) query = query.where('thread', '>', after);
    const page = await query.execute();
    for (const row of page) yield [row.thread, Number(row.n)];
    if (page.length < PAGE) return;
    after = page[page.length - 1].thread;
  }
}

/** Ordered by path, so a parent always comes before its replies. */
async function* commentsOf(db: Kysely<Database>, thread: string): AsyncIterable<CommentRow> {
  let after: string | null = null;
  for (;;) {
    let query = db
      .selectFrom('comments')
      .selectAll()
      .where('thread', '=', thread)
      .orderBy('path')
      .limit(PAGE);
    if (after !== null) query = query.where('path', '>', after);
    const page = await query.execute();
    yield* page;
    if (page.length < PAGE) return;
    after = page[page.length - 1].path;
  }
}

function portable(row: CommentRow): PortableComment {
  const comment: PortableComment = {
    id: row.id,
    parentId: row.parent_id,
    author: row.author_url ? {name: row.author_name, url: row.author_url} : {name: row.author_name},
    body: row.body,
    createdAt: row.created_at,
    status: row.status,
  };
  if (row.markdown !== null) comment.markdown = row.markdown;
  if (row.edited_at) comment.editedAt = row.edited_at;
  return comment;
}
