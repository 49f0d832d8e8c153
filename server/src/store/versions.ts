import {sql, type Kysely} from 'kysely';
import type {Database} from '../db/schema.js';

/**
 * Marks `thread` as changed. Called after every write a reader could see
 * (a post, a moderation change), so a list's ETag moves with its content.
 * Kept in the database, so every instance on one PostgreSQL agrees.
 */
export async function bumpThreadVersion(db: Kysely<Database>, thread: string): Promise<number> {
  const row = await db
    .insertInto('natter_thread_versions')
    .values({thread, version: 1})
    .onConflict((oc) =>
      oc.column('thread').doUpdateSet({version: sql`natter_thread_versions.version + 1`}),
    )
    .returning('version')
    .executeTakeFirstOrThrow();
  return Number(row.version);
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
 * Whether this author token wrote or voted on anything in `threads`: then
 * its reader sees more than anyone else does (a held comment of theirs,
 * `own`, `myVote`), and the answer is private. Two index probes, no
 * comment is read.
 */
export async function holdsComments(
  db: Kysely<Database>,
  threads: string[],
  tokenHash: string | null,
  /** `held`: only a held comment makes a difference (counts). */
  scope: 'held' | 'any' = 'any',
): Promise<boolean> {
  if (tokenHash === null || threads.length === 0) return false;
  let own = db
    .selectFrom('comments')
    .select('thread')
    .where('author_token_hash', '=', tokenHash)
    .where('thread', 'in', threads);
  if (scope === 'held') own = own.where('status', '=', 'pending');
  const [wrote, voted] = await Promise.all([
    own.limit(1).executeTakeFirst(),
    scope === 'held'
      ? undefined
      : db
          .selectFrom('natter_votes')
          .select('thread')
          .where('voter_hash', '=', tokenHash)
          .where('thread', 'in', threads)
          .limit(1)
          .executeTakeFirst(),
  ]);
  return wrote !== undefined || voted !== undefined;
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
