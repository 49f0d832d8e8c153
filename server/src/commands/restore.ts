import {createReadStream} from 'node:fs';
import {createInterface} from 'node:readline';
import type {Kysely} from 'kysely';
import {appliedMigrations, openDatabase} from '../db/connect.js';
import type {Database} from '../db/schema.js';
import {dataTables, type DumpEnd, type DumpHeader, type DumpRow, untyped} from './dump.js';

const BATCH = 200;

export interface RestoreResult {
  rows: number;
  perTable: Record<string, number>;
}

/**
 * Loads a dump (see dump.ts) into the database at `location`, which is
 * created and migrated first and must hold no rows yet. Everything happens in
 * one transaction: a bad line, a file cut short or a schema that does not fit
 * leaves the database as empty as it was.
 */
export async function restoreDatabase(file: string, location: string): Promise<RestoreResult> {
  const lines = createInterface({input: createReadStream(file), crlfDelay: Infinity});
  const read = lineReader(lines[Symbol.asyncIterator](), file);
  const header = (await read.next()) as Partial<DumpHeader> | undefined;
  if ((header as {natter?: unknown} | undefined)?.natter === 1) {
    throw new Error(`${file} is a portable export: load it with natter-server import natter.`);
  }
  if (header?.natterExport !== 1 || !Array.isArray(header.migrations)) {
    throw new Error(`${file} is not a natter-server dump (its first line is no dump header).`);
  }
  const {db} = await openDatabase(location);
  try {
    await checkTarget(db, header as DumpHeader);
    return await db.transaction().execute(async (trx) => {
      const perTable: Record<string, number> = {};
      let batch: DumpRow[] = [];
      const flush = async () => {
        for (const table of new Set(batch.map((entry) => entry.table))) {
          const rows = batch.filter((entry) => entry.table === table).map((entry) => entry.row);
          await untyped(trx).insertInto(table).values(rows).execute();
          perTable[table] = (perTable[table] ?? 0) + rows.length;
        }
        batch = [];
      };
      for (;;) {
        const entry = (await read.next()) as Partial<DumpRow & DumpEnd> | undefined;
        if (entry === undefined) {
          throw new Error(
            `${file} ends at line ${read.line()} without its end line: was it cut short?`,
          );
        }
        if (entry.end === true) {
          await flush();
          const rows = Object.values(perTable).reduce((sum, n) => sum + n, 0);
          if (rows !== entry.rows) {
            throw new Error(`${file} says it holds ${entry.rows} rows, but ${rows} were read.`);
          }
          if ((await read.next()) !== undefined) {
            throw new Error(`${file} goes on after its end line (line ${read.line()}).`);
          }
          return {rows, perTable};
        }
        const {table, row} = entry;
        if (typeof table !== 'string' || !header.tables?.includes(table) || !isRecord(row)) {
          throw new Error(`line ${read.line()} of ${file} is not a row of a listed table.`);
        }
        batch.push({table, row});
        if (batch.length >= BATCH) await flush();
      }
    });
  } finally {
    await db.destroy();
  }
}

/** The target must have the dump's schema and no rows, so nothing in it is mixed or lost. */
async function checkTarget(db: Kysely<Database>, header: DumpHeader): Promise<void> {
  const here = await appliedMigrations(db);
  const missing = header.migrations.filter((name) => !here.includes(name));
  if (missing.length > 0) {
    throw new Error(
      `the dump was made by a newer natter-server (migration ${missing.join(', ')}); ` +
        'restore it with that version.',
    );
  }
  const extra = here.filter((name) => !header.migrations.includes(name));
  if (extra.length > 0) {
    throw new Error(
      `the dump was made by an older natter-server (its schema lacks ${extra.join(', ')}): ` +
        'start the newer server once on the old database so it migrates, then dump again.',
    );
  }
  for (const {name} of await dataTables(db)) {
    const row = await untyped(db)
      .selectFrom(name)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    if (Number(row.n) > 0) {
      throw new Error(
        `the target database already holds rows in ${name}: import into a new, empty ` +
          'database (and start the server on it only after the restore).',
      );
    }
  }
}

/** Yields parsed JSON lines, skipping blank ones; a line that is not JSON is an error naming it. */
function lineReader(lines: AsyncIterator<string>, file: string) {
  let line = 0;
  return {
    line: () => line,
    async next(): Promise<unknown> {
      for (;;) {
        const {value, done} = await lines.next();
        if (done) return undefined;
        line++;
        if (value.trim() === '') continue;
        try {
          return JSON.parse(value) as unknown;
        } catch {
          throw new Error(`line ${line} of ${file} is not JSON.`);
        }
      }
    },
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
