import {closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync} from 'node:fs';
import {resolve} from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import {databaseKind} from '../db/connect.js';

export interface BackupResult {
  file: string;
  /** Rows of the comments table in the copy. */
  comments: number;
}

/**
 * Writes a consistent copy of the SQLite database at `source` to `target`,
 * also while a server writes to it. `VACUUM INTO` reads one snapshot (WAL
 * lets the server keep writing meanwhile); the copy is checked, synced and
 * then renamed over `target`, so `target` is never a half-written file.
 */
export function backupSqlite(source: string, target: string): BackupResult {
  if (databaseKind(source) === 'postgres') {
    throw new Error('backup copies a SQLite database; back up PostgreSQL with pg_dump.');
  }
  const from = resolve(source);
  const to = resolve(target);
  if (!existsSync(from)) throw new Error(`there is no database at ${from}.`);
  if (from === to) throw new Error('the backup file must not be the database itself.');
  const partial = `${to}.partial-${process.pid}`;
  rmSync(partial, {force: true});
  const connection = new BetterSqlite3(from, {fileMustExist: true});
  try {
    connection.pragma('busy_timeout = 5000');
    const table = connection
      .prepare(`select 1 from sqlite_master where type = 'table' and name = 'comments'`)
      .get();
    if (!table) throw new Error(`${from} is not a Natter database (it has no comments table).`);
    connection.prepare('vacuum into ?').run(partial);
  } catch (error) {
    rmSync(partial, {force: true});
    throw error;
  } finally {
    connection.close();
  }
  try {
    const comments = checkCopy(partial);
    const handle = openSync(partial, 'r+');
    try {
      fsyncSync(handle);
    } finally {
      closeSync(handle);
    }
    renameSync(partial, to);
    return {file: to, comments};
  } catch (error) {
    rmSync(partial, {force: true});
    throw error;
  }
}

/** Opens the copy on its own and counts its comments; throws when SQLite finds it damaged. */
function checkCopy(file: string): number {
  const copy = new BetterSqlite3(file, {readonly: true, fileMustExist: true});
  try {
    const check = copy.pragma('integrity_check', {simple: true});
    if (check !== 'ok') throw new Error(`the copy failed SQLite's integrity check: ${check}`);
    return (copy.prepare('select count(*) as n from comments').get() as {n: number}).n;
  } finally {
    copy.close();
  }
}
