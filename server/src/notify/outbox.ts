import {sql, type Kysely} from 'kysely';
import type {Database, OutboxKind, OutboxTable} from '../db/schema.js';
import type {OutboxTuning} from '../options.js';
import {newId} from '../store/ids.js';

/** What to send, written in the same transaction as the change that caused it. */
export interface OutboxEntry {
  kind: OutboxKind;
  payload: unknown;
  /** When set, a second entry with the same key is not written (one mail per reply and person). */
  dedupeKey?: string;
}

export async function enqueue(db: Kysely<Database>, entries: OutboxEntry[]): Promise<number> {
  let written = 0;
  const now = new Date().toISOString();
  for (const entry of entries) {
    const result = await db
      .insertInto('natter_outbox')
      .values({
        id: newId(),
        kind: entry.kind,
        dedupe_key: entry.dedupeKey ?? null,
        payload: JSON.stringify(entry.payload),
        state: 'pending',
        attempts: 0,
        next_attempt_at: now,
        claimed_by: null,
        claimed_until: null,
        sent_at: null,
        last_error: null,
        created_at: now,
      })
      .onConflict((oc) => oc.column('dedupe_key').doNothing())
      .executeTakeFirst();
    written += Number(result.numInsertedOrUpdatedRows ?? 0);
  }
  return written;
}

/**
 * Takes up to `limit` due entries for `instance` until the lease ends, in one
 * statement: on PostgreSQL `SKIP LOCKED` keeps two instances from taking the
 * same row; SQLite runs the statement under its single write lock. Each
 * claim counts as an attempt, so an entry whose sender crashes mid-way is
 * still given up in the end. Only `kinds` this instance can send are taken,
 * so an instance set up without mail leaves mails to one that has it.
 */
export async function claimDue(
  db: Kysely<Database>,
  kind: 'sqlite' | 'postgres',
  instance: string,
  kinds: OutboxKind[],
  limit: number,
  leaseMs: number,
): Promise<OutboxTable[]> {
  const now = new Date();
  const stamp = now.toISOString();
  const until = new Date(now.getTime() + leaseMs).toISOString();
  let due = db
    .selectFrom('natter_outbox')
    .select('id')
    .where('state', '=', 'pending')
    .where('kind', 'in', kinds)
    .where('next_attempt_at', '<=', stamp)
    .where((eb) => eb.or([eb('claimed_until', 'is', null), eb('claimed_until', '<', stamp)]))
    .orderBy('next_attempt_at')
    .limit(limit);
  if (kind === 'postgres') due = due.forUpdate().skipLocked();
  return db
    .updateTable('natter_outbox')
    .set({
      claimed_by: instance,
      claimed_until: until,
      attempts: sql<number>`attempts + 1`,
    })
    .where('id', 'in', due)
    .returningAll()
    .execute();
}

/** Marks an entry sent, if this instance still holds it. */
export async function markSent(db: Kysely<Database>, id: string, instance: string): Promise<void> {
  await db
    .updateTable('natter_outbox')
    .set({state: 'sent', sent_at: new Date().toISOString(), claimed_by: null, claimed_until: null})
    .where('id', '=', id)
    .where('claimed_by', '=', instance)
    .execute();
}

/** Schedules the next attempt with backoff, or gives the entry up; the error is kept. */
export async function markFailed(
  db: Kysely<Database>,
  entry: OutboxTable,
  instance: string,
  error: string,
  tuning: OutboxTuning,
  permanent = false,
): Promise<'retry' | 'failed'> {
  const giveUp = permanent || entry.attempts >= tuning.maxAttempts;
  await db
    .updateTable('natter_outbox')
    .set({
      state: giveUp ? 'failed' : 'pending',
      next_attempt_at: new Date(Date.now() + retryDelay(entry.attempts, tuning)).toISOString(),
      claimed_by: null,
      claimed_until: null,
      last_error: error.slice(0, 1000),
    })
    .where('id', '=', entry.id)
    .where('claimed_by', '=', instance)
    .execute();
  return giveUp ? 'failed' : 'retry';
}

/** Forgets sent entries older than `days`; failed ones stay for the owner to see. */
export async function pruneSent(db: Kysely<Database>, days: number): Promise<void> {
  const before = new Date(Date.now() - days * 24 * 60 * 60 * 1000).toISOString();
  await db
    .deleteFrom('natter_outbox')
    .where('state', '=', 'sent')
    .where('sent_at', '<', before)
    .execute();
}

/** Exponential, capped, and jittered so that entries failed together do not retry together. */
export function retryDelay(attempts: number, tuning: OutboxTuning): number {
  const ceiling = Math.min(tuning.retryMaxMs, tuning.retryBaseMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(ceiling / 2 + (Math.random() * ceiling) / 2);
}
