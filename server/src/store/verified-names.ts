import type {Kysely} from 'kysely';
import type {Database} from '../db/schema.js';

/**
 * A name as compared here: Unicode-folded (NFKC), lower case, without
 * invisible format characters, spaces collapsed. "ADA", "Ada " and
 * "A\u200Bda" are one name.
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/\p{Cf}/gu, '')
    .replace(/\s+/gu, ' ')
    .trim()
    .toLowerCase();
}

/** Remembers a name a verified author posted under; doing it again changes nothing. */
export async function rememberVerifiedName(db: Kysely<Database>, name: string): Promise<void> {
  await db
    .insertInto('natter_verified_names')
    .values({name_key: nameKey(name), created_at: new Date().toISOString()})
    .onConflict((oc) => oc.column('name_key').doNothing())
    .execute();
}

/** Whether a verified author has posted under this name here. */
export async function isVerifiedName(db: Kysely<Database>, name: string): Promise<boolean> {
  const row = await db
    .selectFrom('natter_verified_names')
    .select('name_key')
    .where('name_key', '=', nameKey(name))
    .executeTakeFirst();
  return row !== undefined;
}
