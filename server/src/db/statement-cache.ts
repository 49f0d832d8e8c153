import type BetterSqlite3 from 'better-sqlite3';
import type {SqliteDatabase, SqliteStatement} from 'kysely';

/** Distinct statements kept; lists with `in (...)` of many lengths make a few hundred at most. */
const KEPT = 500;

/**
 * The SQLite connection as Kysely sees it, with each statement compiled once
 * and reused: Kysely asks for a new prepared statement per query, and on a
 * busy read path compiling costs about as much as running.
 */
export function cachingStatements(connection: BetterSqlite3.Database): SqliteDatabase {
  const statements = new Map<string, SqliteStatement>();
  return {
    close: () => connection.close(),
    prepare(sql: string): SqliteStatement {
      let statement = statements.get(sql);
      if (statement) {
        // Most recently used last, so the oldest is the one to drop.
        statements.delete(sql);
      } else {
        statement = connection.prepare(sql) as unknown as SqliteStatement;
        if (statements.size >= KEPT) statements.delete(statements.keys().next().value as string);
      }
      statements.set(sql, statement);
      return statement;
    },
  };
}
