import {createWriteStream, openSync, rmSync} from 'node:fs';
import {finished} from 'node:stream/promises';
import {parseArgs} from 'node:util';
import {adminPassword} from './admin-password.js';
import {backupSqlite} from './backup.js';
import {exportDatabase} from './export.js';
import {importDatabase} from './import.js';

export const COMMANDS_HELP = `
Commands (each reads --database or DATABASE_URL, as the server does):

  natter-server backup FILE    write a consistent copy of the SQLite database to FILE,
                               also while the server runs (replaces FILE when done)
  natter-server export [FILE]  write every row as JSON Lines to FILE (default: standard output)
  natter-server import FILE    load an export into a new, empty database (SQLite or PostgreSQL)
  natter-server admin-password [--remove]
                               set the password of the console at /admin from standard input
                               (12+ characters; --remove takes it away); ends every console session
`;

const COMMANDS = ['backup', 'export', 'import', 'admin-password'] as const;
type Command = (typeof COMMANDS)[number];

export function isCommand(word: string | undefined): word is Command {
  return (COMMANDS as readonly string[]).includes(word ?? '');
}

/** Runs `natter-server <command> ...`; resolves to the exit code. */
export async function runCommand(argv: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const [command, ...rest] = argv as [Command, ...string[]];
  let database: string;
  let file: string | undefined;
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
    if (positionals.length > 1) throw new Error(`${command} takes one file name`);
    file = positionals[0];
    if (command === 'admin-password') {
      if (file) throw new Error('admin-password takes no file name');
      remove = values.remove === true;
    } else if (!file && command !== 'export') {
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
    } else if (command === 'export') {
      const rows = file
        ? await exportToFile(database, file)
        : await exportDatabase(database, process.stdout);
      console.error(`natter-server: exported ${rows} rows`);
    } else {
      const {rows, perTable} = await importDatabase(file!, database);
      const tables = Object.entries(perTable).map(([name, n]) => `${name} ${n}`);
      process.stdout.write(`natter-server: imported ${rows} rows (${tables.join(', ')})\n`);
    }
    return 0;
  } catch (error) {
    console.error(`natter-server ${command}: ${(error as Error).message}`);
    return 1;
  }
}

/** Never overwrites a file; removes its own file when the export fails half way. */
async function exportToFile(database: string, file: string): Promise<number> {
  const out = createWriteStream('', {fd: openSync(file, 'wx')});
  try {
    const rows = await exportDatabase(database, out);
    out.end();
    await finished(out);
    return rows;
  } catch (error) {
    out.destroy();
    rmSync(file, {force: true});
    throw error;
  }
}
