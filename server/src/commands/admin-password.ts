import {openDatabase} from '../db/connect.js';
import {MIN_PASSWORD_CHARS, setAdminPassword} from '../admin/password.js';

/**
 * `natter-server admin-password`: sets the console password from standard
 * input (typed without echo on a terminal, or piped), stored as a scrypt
 * hash; `--remove` takes it away. Either way every console session ends.
 */
export async function adminPassword(database: string, remove: boolean): Promise<string> {
  const password = remove ? null : await readPassword();
  if (password !== null && [...password].length < MIN_PASSWORD_CHARS) {
    throw new Error(`the password must have at least ${MIN_PASSWORD_CHARS} characters`);
  }
  const {db} = await openDatabase(database);
  try {
    await setAdminPassword(db, password);
  } finally {
    await db.destroy();
  }
  return remove
    ? 'removed the console password; signed out every session'
    : 'set the console password; signed out every session';
}

async function readPassword(): Promise<string> {
  const input = process.stdin;
  if (!input.isTTY) {
    const chunks: Buffer[] = [];
    for await (const chunk of input) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks)
      .toString('utf8')
      .replace(/\r?\n$/, '');
  }
  process.stderr.write('New console password: ');
  input.setRawMode(true);
  input.setEncoding('utf8');
  let typed = '';
  try {
    for await (const key of input) {
      const text = key as string;
      if (text === '\u0003') throw new Error('cancelled');
      if (text === '\r' || text === '\n') break;
      typed = text === '\u007f' ? typed.slice(0, -1) : typed + text;
    }
  } finally {
    input.setRawMode(false);
    input.pause();
    process.stderr.write('\n');
  }
  return typed;
}
