import {sql, type Kysely} from 'kysely';
import type {Database} from '../db/schema.js';

/**
 * Marks `thread` as changed. Called after every write a reader could see
 * (a post, a moderation change), so a list's ETag moves with its content.
 * Kept in the database, so every instance on one PostgreSQL agrees.
 */
export async function bumpThreadVersion(db: Kysely<Database>, thread: string): Promise<void> {
  await db
    .insertInto('natter_thread_versions')
    .values({thread, version: 1})
    .onConflict((oc) =>
      oc.column('thread').doUpdateSet({version: sql`natter_thread_versions.version + 1`}),
    )
    .execute();
}

/** The version of each thread; a thread never written to is at 0. */
export async function threadVersions(
  db: Kysely<Database>,
  threads: string[],
): Promise<Map<string, number>> {
  const versions = new Map<string, number>(threads.map((thread) => [thread, 0]));
  if (threads.length === 0) return versions;
  const rows = await db
    .selectFrom('natter_thread_versions')
    .select(['thread', 'version'])
    .where('thread', 'in', threads)
    .execute();
  for (const row of rows) versions.set(row.thread, Number(row.version));
  return versions;
}

/**
 * Whether this author token has a held comment in any of `threads`: then
 * its reader sees more than anyone else does, and the answer is private.
 * An index probe, no comment is read.
 */
export async function holdsComments(
  db: Kysely<Database>,
  threads: string[],
  tokenHash: string | null,
): Promise<boolean> {
  if (tokenHash === null || threads.length === 0) return false;
  const row = await db
    .selectFrom('comments')
    .select('thread')
    .where('author_token_hash', '=', tokenHash)
    .where('thread', 'in', threads)
    .where('status', '=', 'pending')
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** The thread a comment belongs to (a primary-key probe), for the ETag of its replies. */
export async function threadOf(db: Kysely<Database>, id: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('comments')
    .select('thread')
    .where('id', '=', id)
    .executeTakeFirst();
  return row?.thread;
}
