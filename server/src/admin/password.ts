import {randomBytes, scrypt, timingSafeEqual, type ScryptOptions} from 'node:crypto';
import type {Kysely} from 'kysely';
import type {Database} from '../db/schema.js';

const SETTING = 'admin_password';
/** scrypt cost: about 100 ms and 64 MiB a try on a small server, so guessing offline is slow too. */
const COST = {N: 2 ** 16, r: 8, p: 1, maxmem: 160 * 1024 * 1024};
const KEY_BYTES = 32;
export const MIN_PASSWORD_CHARS = 12;

function derive(password: string, salt: Buffer, cost: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, KEY_BYTES, cost, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

/** `scrypt$N$r$p$salt$key`, salt and key in base64. */
export async function hashPassword(password: string): Promise<string> {
  if ([...password].length < MIN_PASSWORD_CHARS) {
    throw new Error(`an admin password must have at least ${MIN_PASSWORD_CHARS} characters`);
  }
  const salt = randomBytes(16);
  const key = await derive(password, salt, COST);
  return ['scrypt', COST.N, COST.r, COST.p, salt.toString('base64'), key.toString('base64')].join(
    '$',
  );
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [kind, n, r, p, salt, key] = stored.split('$');
  if (kind !== 'scrypt' || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64');
  const cost = {N: Number(n), r: Number(r), p: Number(p), maxmem: COST.maxmem};
  const given = await derive(password, Buffer.from(salt, 'base64'), cost);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export async function storedPasswordHash(db: Kysely<Database>): Promise<string | undefined> {
  const row = await db
    .selectFrom('natter_settings')
    .select('value')
    .where('key', '=', SETTING)
    .executeTakeFirst();
  return row?.value;
}

/** Sets (or with `null` removes) the console password; open sessions are ended either way. */
export async function setAdminPassword(db: Kysely<Database>, password: string | null) {
  const value = password === null ? null : await hashPassword(password);
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('natter_settings').where('key', '=', SETTING).execute();
    if (value !== null)
      await trx.insertInto('natter_settings').values({key: SETTING, value}).execute();
    await trx.deleteFrom('natter_admin_sessions').execute();
  });
}
