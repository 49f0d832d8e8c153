import assert from 'node:assert/strict';
import {existsSync, mkdtempSync, readdirSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, describe, it} from 'node:test';
import BetterSqlite3 from 'better-sqlite3';
import {backupSqlite} from '../src/commands/backup.js';
import {startCli, type CliServer} from './support/cli.js';
import {runCommand} from './support/command.js';
import {draft} from './support/server.js';

const THREAD = '/backup';
// High enough that the writer outlasts three backups on a busy machine, where
// each backup command takes seconds to start and posts take milliseconds.
const MAX_POSTS = 3000;
const WRITE_DEADLINE_MS = 60_000;
const BACKUPS = 3;

interface Row {
  id: string;
  parent_id: string | null;
}

function readCopy(file: string): {check: unknown; rows: Row[]} {
  const copy = new BetterSqlite3(file, {readonly: true, fileMustExist: true});
  try {
    return {
      check: copy.pragma('integrity_check', {simple: true}),
      rows: copy.prepare('select id, parent_id from comments').all() as Row[],
    };
  } finally {
    copy.close();
  }
}

describe('natter-server backup', () => {
  let dir: string;
  let server: CliServer;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'natter-backup-'));
    server = await startCli(join(dir, 'natter.db'), [
      ...['--min-fill-ms', '0', '--rate-posts', 'off', '--rate-email', 'off'],
    ]);
  });
  after(async () => {
    await server?.stop('SIGTERM');
    rmSync(dir, {recursive: true, force: true});
  });

  it('writes consistent copies while comments keep arriving', async () => {
    const acknowledged: string[] = [];
    let writing = true;
    // One writer posts top-level comments and replies until the backups are done.
    const writer = (async () => {
      const started = Date.now();
      for (let n = 0; writing && n < MAX_POSTS && Date.now() - started < WRITE_DEADLINE_MS; n++) {
        const parentId = n % 3 === 2 ? acknowledged[acknowledged.length - 1] : null;
        const response = await fetch(`${server.url}/api/comments`, {
          method: 'POST',
          headers: {'Content-Type': 'application/json'},
          body: JSON.stringify(draft(THREAD, {parentId})),
          signal: AbortSignal.timeout(10_000),
        });
        assert.equal(response.status, 201, await response.clone().text());
        acknowledged.push(((await response.json()) as {comment: {id: string}}).comment.id);
      }
    })();
    const file = join(dir, 'copy.db');
    const sizes: number[] = [];
    try {
      while (acknowledged.length < 5) await new Promise((r) => setTimeout(r, 50));
      for (let round = 0; round < BACKUPS; round++) {
        const before = acknowledged.length;
        const result = await runCommand(['backup', file, '--database', join(dir, 'natter.db')]);
        const after = acknowledged.length;
        assert.equal(result.code, 0, result.stderr);
        assert.match(result.stdout, /wrote .*copy\.db \(\d+ comments\)/);
        const {check, rows} = readCopy(file);
        assert.equal(check, 'ok');
        const ids = new Set(rows.map((row) => row.id));
        // Everything acknowledged before the backup began is in it; nothing newer than the end.
        for (const id of acknowledged.slice(0, before)) assert.ok(ids.has(id), `${id} missing`);
        assert.ok(rows.length <= after + 1, `${rows.length} rows, only ${after} acknowledged`);
        // One moment in time: no reply without its parent.
        for (const row of rows) if (row.parent_id) assert.ok(ids.has(row.parent_id));
        sizes.push(rows.length);
      }
    } finally {
      writing = false;
      await writer;
    }
    assert.ok(sizes[BACKUPS - 1] > sizes[0], `later copies hold more rows: ${sizes.join(', ')}`);
    assert.deepEqual(
      readdirSync(dir).filter((name) => name.includes('.partial-')),
      [],
      'no partial file is left behind',
    );
  });

  it('refuses what it cannot copy, with a reason and no file written', async () => {
    const target = join(dir, 'never.db');
    assert.throws(() => backupSqlite('postgres://127.0.0.1:1/natter', target), /pg_dump/);
    assert.throws(
      () => backupSqlite(join(dir, 'absent.db'), target),
      /there is no database at .*absent\.db/,
    );
    const other = join(dir, 'other.db');
    new BetterSqlite3(other).exec('create table notes (body text)').close();
    assert.throws(() => backupSqlite(other, target), /not a Natter database/);
    assert.throws(() => backupSqlite(other, other), /must not be the database itself/);
    assert.equal(existsSync(target), false);
    const usage = await runCommand(['backup']);
    assert.equal(usage.code, 2);
    assert.match(usage.stderr, /needs a file name/);
  });
});
