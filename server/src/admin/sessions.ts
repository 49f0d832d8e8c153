import {createHash, randomBytes} from 'node:crypto';
import type {Kysely} from 'kysely';
import type {Database} from '../db/schema.js';

export const SESSION_COOKIE = 'natter_admin';
/** A session lasts this long from sign-in, then the owner signs in again. */
export const SESSION_HOURS = 12;

const digest = (token: string) => createHash('sha256').update(token).digest('hex');

/** Starts a session; returns the cookie value (only its hash is stored) and its end. */
export async function openSession(
  db: Kysely<Database>,
  now = new Date(),
): Promise<{token: string; expiresAt: string}> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3600_000).toISOString();
  // Expired sessions of earlier sign-ins go now: the table stays as small as the owner's devices.
  await db
    .deleteFrom('natter_admin_sessions')
    .where('expires_at', '<=', now.toISOString())
    .execute();
  await db
    .insertInto('natter_admin_sessions')
    .values({token_hash: digest(token), created_at: now.toISOString(), expires_at: expiresAt})
    .execute();
  return {token, expiresAt};
}

/** The session's end when `token` names a live one. */
export async function findSession(
  db: Kysely<Database>,
  token: string,
  now = new Date(),
): Promise<string | undefined> {
  if (!/^[\w-]{43}$/.test(token)) return undefined;
  const row = await db
    .selectFrom('natter_admin_sessions')
    .select('expires_at')
    .where('token_hash', '=', digest(token))
    .where('expires_at', '>', now.toISOString())
    .executeTakeFirst();
  return row?.expires_at;
}

export async function closeSession(db: Kysely<Database>, token: string): Promise<void> {
  await db.deleteFrom('natter_admin_sessions').where('token_hash', '=', digest(token)).execute();
}
