import {createWriteStream, openSync, rmSync} from 'node:fs';
import {finished} from 'node:stream/promises';
import {parseArgs} from 'node:util';
import {adminPassword} from './admin-password.js';
import type {Writable} from 'node:stream';
import {describeCounts, importComments, isImportSource} from '../import/import-comments.js';
import {backupSqlite} from './backup.js';
import {dumpDatabase} from './dump.js';
import {exportComments} from './export.js';
import {restoreDatabase} from './restore.js';

export const COMMANDS_HELP = `
Commands (each reads --database or DATABASE_URL, as the server does):

  natter-server backup FILE    write a consistent copy of the SQLite database to FILE,
                               also while the server runs (replaces FILE when done)
  natter-server dump [FILE]    write every row of every table as JSON Lines to FILE (default:
                               standard output): a full copy to restore or to move databases
  natter-server restore FILE   load a dump into a new, empty database (SQLite or PostgreSQL)
  natter-server export [FILE]  write every thread and comment in the portable format of
                               docs/import.md (no emails or addresses; default: standard output)
  natter-server import wordpress|disqus|natter FILE
                               add the comments of a WordPress export (WXR), a Disqus export or
                               a Natter export; running it again adds nothing twice
  natter-server admin-password [--remove]
                               set the password of the console at /admin from standard input
                               (12+ characters; --remove takes it away); ends every console session
`;

const COMMANDS = ['backup', 'dump', 'restore', 'export', 'import', 'admin-password'] as const;
type Command = (typeof COMMANDS)[number];

export function isCommand(word: string | undefined): word is Command {
  return (COMMANDS as readonly string[]).includes(word ?? '');
}

/** Runs `natter-server <command> ...`; resolves to the exit code. */
export async function runCommand(argv: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const [command, ...rest] = argv as [Command, ...string[]];
  let database: string;
  let file: string | undefined;
  let source: string | undefined;
  let remove = false;
  try {
    const {values, positionals} = parseArgs({
      args: rest,
      strict: true,
      allowPositionals: true,
      options: {database: {type: 'string'}, remove: {type: 'boolean'}},
    });
    if (values.remove && command !== 'admin-password')
      throw new Error('--remove is for admin-password');
    database = values.database ?? (env.DATABASE_URL || './natter.db');
    if (command === 'import') {
      source = positionals.shift();
      if (!isImportSource(source))
        throw new Error(
          'import needs a source: wordpress, disqus or natter (a dump of the whole database, ' +
            'as older releases wrote with export, is loaded with restore)',
        );
    }
    if (positionals.length > 1) throw new Error(`${command} takes one file name`);
    file = positionals[0];
    if (command === 'admin-password') {
      if (file) throw new Error('admin-password takes no file name');
      remove = values.remove === true;
    } else if (!file && command !== 'export' && command !== 'dump') {
      throw new Error(`${command} needs a file name`);
    }
  } catch (error) {
    console.error(`natter-server ${command}: ${(error as Error).message}\n${COMMANDS_HELP}`);
    return 2;
  }
  try {
    if (command === 'admin-password') {
      process.stdout.write(`natter-server: ${await adminPassword(database, remove)}\n`);
    } else if (command === 'backup') {
      const result = backupSqlite(database, file!);
      process.stdout.write(`natter-server: wrote ${result.file} (${result.comments} comments)\n`);
    } else if (command === 'dump') {
      const rows = await toFileOrOut(file, (out) => dumpDatabase(database, out));
      console.error(`natter-server: dumped ${rows} rows`);
    } else if (command === 'restore') {
      const {rows, perTable} = await restoreDatabase(file!, database);
      const tables = Object.entries(perTable).map(([name, n]) => `${name} ${n}`);
      process.stdout.write(`natter-server: restored ${rows} rows (${tables.join(', ')})\n`);
    } else if (command === 'export') {
      const {threads, comments} = await toFileOrOut(file, (out) => exportComments(database, out));
      console.error(`natter-server: exported ${comments} comments in ${threads} threads`);
    } else {
      if (!isImportSource(source)) throw new Error('unknown source');
      const counts = await importComments(source, file!, database, env.NATTER_SECRET || undefined);
      process.stdout.write(`natter-server: ${describeCounts(counts)}\n`);
    }
    return 0;
  } catch (error) {
    console.error(`natter-server ${command}: ${(error as Error).message}`);
    return 1;
  }
}

/** Writes to standard output, or to a new file that is removed when writing fails half way. */
async function toFileOrOut<T>(
  file: string | undefined,
  write: (out: Writable) => Promise<T>,
): Promise<T> {
  if (!file) return write(process.stdout);
  const out = createWriteStream('', {fd: openSync(file, 'wx')});
  try {
    const result = await write(out);
    out.end();
    await finished(out);
    return result;
  } catch (error) {
    out.destroy();
    rmSync(file, {force: true});
    throw error;
  }
}
