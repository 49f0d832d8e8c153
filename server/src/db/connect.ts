import BetterSqlite3 from 'better-sqlite3';
import {
  DEFAULT_MIGRATION_TABLE,
  Kysely,
  Migrator,
  PostgresDialect,
  SqliteDialect,
  sql,
} from 'kysely';
import pg from 'pg';
import {migrationProvider} from './migrations.js';
import {cachingStatements} from './statement-cache.js';
import type {Database} from './schema.js';

export type DatabaseKind = 'sqlite' | 'postgres';

export interface OpenDatabase {
  db: Kysely<Database>;
  kind: DatabaseKind;
  /** The PostgreSQL connection string, for the LISTEN client. */
  postgresUrl?: string;
}

/** `postgres://` or `postgresql://` URLs mean PostgreSQL; anything else is a SQLite file path. */
export function databaseKind(location: string): DatabaseKind {
  return /^postgres(ql)?:\/\//i.test(location) ? 'postgres' : 'sqlite';
}

/** Opens the database at `location` and brings its schema up to date. */
export async function openDatabase(location: string): Promise<OpenDatabase> {
  const kind = databaseKind(location);
  const db =
    kind === 'postgres'
      ? new Kysely<Database>({dialect: new PostgresDialect({pool: openPool(location)})})
      : new Kysely<Database>({
          dialect: new SqliteDialect({database: cachingStatements(openSqlite(location))}),
        });
  try {
    await migrate(db);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return {db, kind, postgresUrl: kind === 'postgres' ? location : undefined};
}

function openPool(url: string): pg.Pool {
  const pool = new pg.Pool({connectionString: url, max: 10});
  // An idle connection that breaks (a database restart) must not crash the
  // server; the pool replaces it on the next query.
  pool.on('error', (error) => console.error('natter: a database connection failed', error.message));
  return pool;
}

function openSqlite(file: string): BetterSqlite3.Database {
  const connection = new BetterSqlite3(file);
  // WAL lets readers carry on while one writer writes; busy_timeout makes a
  // second process wait for the lock instead of failing at once.
  connection.pragma('journal_mode = WAL');
  connection.pragma('busy_timeout = 5000');
  connection.pragma('synchronous = NORMAL');
  return connection;
}

/** Names of the migrations this database has run, oldest first; empty for a new database. */
export async function appliedMigrations(db: Kysely<Database>): Promise<string[]> {
  const tables = await db.introspection.getTables({withInternalKyselyTables: true});
  if (!tables.some((table) => table.name === DEFAULT_MIGRATION_TABLE)) return [];
  const query = sql<{name: string}>`select name from ${sql.table(DEFAULT_MIGRATION_TABLE)}`;
  const {rows} = await query.execute(db);
  return rows.map((row) => row.name).sort();
}

/** Names of the migrations this version of the server knows, oldest first. */
export async function knownMigrations(): Promise<string[]> {
  return Object.keys(await migrationProvider.getMigrations()).sort();
}

async function migrate(db: Kysely<Database>): Promise<void> {
  // A database that a newer version has migrated is left as it is: this
  // version would misread the newer schema, and nothing here can undo it.
  const known = await knownMigrations();
  const newer = (await appliedMigrations(db)).filter((name) => !known.includes(name));
  if (newer.length > 0) {
    throw new Error(
      `This database was migrated by a newer natter-server (it has migration ` +
        `${newer.join(', ')}, which this version does not know). Run that version or a later ` +
        `one, or restore a backup taken before the upgrade.`,
    );
  }
  const migrator = new Migrator({db, provider: migrationProvider});
  const {error, results} = await migrator.migrateToLatest();
  const failed = results?.find((result) => result.status === 'Error');
  if (error || failed) {
    throw new Error(`Database migration ${failed?.migrationName ?? ''} failed`, {cause: error});
  }
}
