import {fileURLToPath} from 'node:url';
import {openDatabase} from '../../src/db/connect.js';
import type {CommentRow} from '../../src/db/schema.js';
import {Identity} from '../../src/domain/identity.js';

/** A file under test/fixtures/import/. */
export function fixture(name: string): string {
  return fileURLToPath(new URL(`../fixtures/import/${name}`, import.meta.url));
}

export interface Stored {
  comments: CommentRow[];
  closed: {thread: string; closed_at: string}[];
  /** The database's own keyed hashes, to compare with what was stored; null before any import. */
  identity: Identity | null;
}

/** Everything an import may have written, sorted, with numbers as numbers on both databases. */
export async function stored(location: string): Promise<Stored> {
  const {db} = await openDatabase(location);
  try {
    const comments = await db.selectFrom('comments').selectAll().orderBy('id').execute();
    const closed = await db
      .selectFrom('natter_closed_threads')
      .selectAll()
      .orderBy('thread')
      .execute();
    const secret = await db
      .selectFrom('natter_settings')
      .select('value')
      .where('key', '=', 'secret')
      .executeTakeFirst();
    return {
      comments: comments.map((row) => ({...row, depth: Number(row.depth)})),
      closed,
      identity: secret ? new Identity(secret.value) : null,
    };
  } finally {
    await db.destroy();
  }
}

/** The stored comment whose author is `name` (each fixture author writes once). */
export function by(rows: CommentRow[], name: string): CommentRow {
  const row = rows.find((candidate) => candidate.author_name === name);
  if (!row) throw new Error(`no comment by ${name}`);
  return row;
}

/** The 1-based line of the first line of `text` that contains `needle`. */
export function lineOf(text: string, needle: string, from = 0): number {
  const index = text.indexOf(needle, from);
  if (index === -1) throw new Error(`${needle} is not in the text`);
  return text.slice(0, index).split('\n').length;
}
