import {once} from 'node:events';
import {existsSync} from 'node:fs';
import type {Writable} from 'node:stream';
import type {Kysely} from 'kysely';
import {appliedMigrations, databaseKind, openDatabase} from '../db/connect.js';
import type {Database} from '../db/schema.js';

/**
 * A dump is JSON Lines: this header, one `{"table", "row"}` line per row,
 * and an end line with the row count, so a file cut short is never taken
 * for a whole one.
 */
export interface DumpHeader {
  natterExport: 1;
  /** The schema the rows fit: the migrations the source database had run. */
  migrations: string[];
  tables: string[];
  createdAt: string;
}
export interface DumpRow {
  table: string;
  row: Record<string, unknown>;
}
export interface DumpEnd {
  end: true;
  rows: number;
}

const PAGE = 1000;

/** The tables are read by the names the database reports, not through the typed schema. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyTables = Record<string, Record<string, any>>;

export function untyped(db: Kysely<Database>): Kysely<AnyTables> {
  return db as unknown as Kysely<AnyTables>;
}

/** Tables holding data: every table but the migrator's own. */
export async function dataTables(
  db: Kysely<Database>,
): Promise<{name: string; columns: string[]}[]> {
  const tables = await db.introspection.getTables();
  return tables
    .map((table) => ({name: table.name, columns: table.columns.map((column) => column.name)}))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Writes every row of the database at `location` to `out`. All reads happen
 * in one transaction (repeatable read on PostgreSQL), so the dump is one
 * consistent moment even while a server writes. Returns the row count.
 */
export async function dumpDatabase(location: string, out: Writable): Promise<number> {
  mustExist(location);
  const {db} = await openDatabase(location);
  try {
    const migrations = await appliedMigrations(db);
    const tables = await dataTables(db);
    const write = async (value: DumpHeader | DumpRow | DumpEnd) => {
      if (!out.write(`${JSON.stringify(value)}\n`)) await once(out, 'drain');
    };
    await write({
      natterExport: 1,
      migrations,
      tables: tables.map((table) => table.name),
      createdAt: new Date().toISOString(),
    });
    const rows = await db
      .transaction()
      .setIsolationLevel('repeatable read')
      .execute(async (trx) => {
        let count = 0;
        for (const {name, columns} of tables) {
          // Every column in the order: a total order, so pages neither skip nor repeat rows.
          for (let offset = 0; ; offset += PAGE) {
            let query = untyped(trx).selectFrom(name).selectAll();
            for (const column of columns) query = query.orderBy(column);
            const page = await query.limit(PAGE).offset(offset).execute();
            for (const row of page) await write({table: name, row});
            count += page.length;
            if (page.length < PAGE) break;
          }
        }
        return count;
      });
    await write({end: true, rows});
    return rows;
  } finally {
    await db.destroy();
  }
}

/** Opening a SQLite path creates the file: a mistyped path must not dump an empty new database. */
function mustExist(location: string): void {
  if (databaseKind(location) === 'sqlite' && !existsSync(location)) {
    throw new Error(`there is no database at ${location}.`);
  }
}
