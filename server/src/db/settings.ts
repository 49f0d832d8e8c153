import {randomBytes} from 'node:crypto';
import type {Kysely} from 'kysely';
import type {Database} from './schema.js';

/**
 * The server's secret for keyed hashes: the one given, else the one stored
 * by an earlier start, else a new random one. Several instances starting at
 * once on one database agree, because only the first insert wins.
 */
export async function loadSecret(db: Kysely<Database>, given?: string): Promise<string> {
  if (given) return given;
  await db
    .insertInto('natter_settings')
    .values({key: 'secret', value: randomBytes(32).toString('hex')})
    .onConflict((oc) => oc.column('key').doNothing())
    .execute();
  const row = await db
    .selectFrom('natter_settings')
    .select('value')
    .where('key', '=', 'secret')
    .executeTakeFirstOrThrow();
  return row.value;
}
