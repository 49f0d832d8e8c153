import type {Kysely} from 'kysely';
import type {CommentRow, Database, StoredStatus} from '../db/schema.js';
import {newId} from './ids.js';
import {bumpThreadVersion} from './versions.js';

export interface NewRow {
  thread: string;
  parent: CommentRow | null;
  body: string;
  /** The text as written (Markdown subset); `body` is its plain text. */
  markdown?: string | null;
  name: string;
  email: string | null;
  url: string | null;
  authorKey: string;
  /** Keyed hash of the email, which blocks match. */
  emailKey?: string | null;
  tokenHash: string | null;
  status: StoredStatus;
  idempotencyKey: string | null;
  /** The author wants a mail when someone replies. */
  notifyReplies?: boolean;
  /** The host site vouched for the author, and maybe gave their avatar. */
  verified?: {avatar?: string};
  /** Kept when importing; new comments get the current time. */
  id?: string;
  createdAt?: string;
}

/**
 * Inserts a comment. When another request already used the idempotency key
 * (even one racing this one), nothing is inserted and that request's row is
 * returned with `created: false`: the unique constraint decides the winner.
 */
export async function insertComment(
  db: Kysely<Database>,
  input: NewRow,
): Promise<{row: CommentRow; created: boolean}> {
  const now = new Date();
  const createdAt = input.createdAt ?? now.toISOString();
  const id = input.id ?? newId(now.getTime());
  const parent = input.parent;
  const row: CommentRow = {
    id,
    thread: input.thread,
    parent_id: parent?.id ?? null,
    root_id: parent ? (parent.root_id ?? parent.id) : null,
    path: parent ? `${parent.path}/${id}` : id,
    depth: parent ? parent.depth + 1 : 1,
    body: input.body,
    author_name: input.name,
    author_email: input.email,
    author_url: input.url,
    author_key: input.authorKey,
    author_token_hash: input.tokenHash,
    status: input.status,
    idempotency_key: input.idempotencyKey,
    created_at: createdAt,
    updated_at: now.toISOString(),
    edited_at: null,
    email_key: input.emailKey ?? null,
    notify_replies: input.notifyReplies ? 1 : 0,
    author_verified: input.verified ? 1 : 0,
    author_avatar: input.verified?.avatar ?? null,
    votes_up: 0,
    votes_down: 0,
    score: 0,
    markdown: input.markdown ?? null,
  };
  const inserted = await db
    .insertInto('comments')
    .values(row)
    .onConflict((oc) => oc.column('idempotency_key').doNothing())
    .returningAll()
    .executeTakeFirst();
  if (inserted) {
    await bumpThreadVersion(db, inserted.thread);
    return {row: inserted, created: true};
  }
  const winner = input.idempotencyKey
    ? await findByIdempotencyKey(db, input.idempotencyKey)
    : undefined;
  if (!winner) throw new Error('Insert did nothing, yet no comment holds its idempotency key');
  return {row: winner, created: false};
}

export function findByIdempotencyKey(
  db: Kysely<Database>,
  key: string,
): Promise<CommentRow | undefined> {
  return db
    .selectFrom('comments')
    .selectAll()
    .where('idempotency_key', '=', key)
    .executeTakeFirst();
}

/**
 * The same author's same text in the same thread since `since` (any key but
 * `key`). The same author is the same token; without one, the same name
 * among published posts that had none.
 */
export async function findDuplicate(
  db: Kysely<Database>,
  query: {
    thread: string;
    tokenHash: string | null;
    name: string;
    body: string;
    since: string;
    key: string | null;
  },
): Promise<CommentRow | undefined> {
  let select = db
    .selectFrom('comments')
    .selectAll()
    .where('thread', '=', query.thread)
    .where('body', '=', query.body)
    .where('created_at', '>=', query.since)
    .where('status', 'in', ['published', 'pending']);
  // Without a token only published comments count: a 409 must not confirm
  // the text of someone else's held comment to whoever guesses it.
  select =
    query.tokenHash === null
      ? select
          .where('author_token_hash', 'is', null)
          .where('author_name', '=', query.name)
          .where('status', '=', 'published')
      : select.where('author_token_hash', '=', query.tokenHash);
  if (query.key !== null) {
    const key = query.key;
    select = select.where((eb) =>
      eb.or([eb('idempotency_key', 'is', null), eb('idempotency_key', '!=', key)]),
    );
  }
  return select.executeTakeFirst();
}

/**
 * Whether this author token has had a comment published (for `first-time`
 * moderation). Only the token counts: an email or a name proves nothing.
 */
export async function hasPublished(
  db: Kysely<Database>,
  tokenHash: string | null,
): Promise<boolean> {
  if (tokenHash === null) return false;
  const row = await db
    .selectFrom('comments')
    .select('id')
    .where('author_token_hash', '=', tokenHash)
    .where('status', '=', 'published')
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

export async function setStatus(
  db: Kysely<Database>,
  id: string,
  status: StoredStatus,
): Promise<CommentRow | undefined> {
  const row = await db
    .updateTable('comments')
    .set({status, updated_at: new Date().toISOString()})
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
  if (row) await bumpThreadVersion(db, row.thread);
  return row;
}
