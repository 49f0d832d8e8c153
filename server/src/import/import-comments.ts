import {accessSync, constants} from 'node:fs';
import {openDatabase} from '../db/connect.js';
import {loadSecret} from '../db/settings.js';
import {Identity} from '../domain/identity.js';
import type {SourceReader} from './actions.js';
import {readDisqus} from './disqus.js';
import {readNatter} from './natter.js';
import {readWordPress} from './wordpress.js';
import {type ImportCounts, ImportWriter} from './writer.js';

export const IMPORT_SOURCES = {
  wordpress: readWordPress,
  disqus: readDisqus,
  natter: readNatter,
} satisfies Record<string, SourceReader>;

export type ImportSource = keyof typeof IMPORT_SOURCES;

export function isImportSource(word: string | undefined): word is ImportSource {
  return Object.hasOwn(IMPORT_SOURCES, word ?? '');
}

/**
 * Imports `file` into the database at `location` in one transaction: an
 * error anywhere in the file rolls everything back, the server's secret
 * (made here on a new database) included. `secret` is NATTER_SECRET, when
 * the server is run with one, so email and avatar hashes match its own.
 */
export async function importComments(
  source: ImportSource,
  file: string,
  location: string,
  secret?: string,
): Promise<ImportCounts> {
  try {
    accessSync(file, constants.R_OK);
  } catch {
    throw new Error(`cannot read ${file}: there is no such file, or it may not be read.`);
  }
  const {db} = await openDatabase(location);
  try {
    return await db.transaction().execute(async (trx) => {
      const writer = new ImportWriter(trx, new Identity(await loadSecret(trx, secret)), file);
      for await (const actions of IMPORT_SOURCES[source](file)) {
        for (const action of actions) await writer.apply(action);
      }
      return writer.finish();
    });
  } finally {
    await db.destroy();
  }
}

/** The counts as one line for the terminal. */
export function describeCounts(counts: ImportCounts): string {
  const {skipped} = counts;
  const parts = [
    `imported ${counts.imported} comments into ${counts.threads} threads`,
    `${counts.alreadyThere} already there`,
    `skipped ${skipped.spam} spam, ${skipped.trash} trash, ${skipped.pingbacks} pingbacks and trackbacks`,
  ];
  if (skipped.other > 0) parts.push(`${skipped.other} of other types`);
  return parts.join('; ');
}
