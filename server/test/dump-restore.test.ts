import assert from 'node:assert/strict';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, describe, it} from 'node:test';
import {sql} from 'kysely';
import {restoreDatabase} from '../src/commands/restore.js';
import {createCommentsApp} from '../src/app.js';
import {forEachBackend, useFreshDatabase} from './support/backends.js';
import {runCommand} from './support/command.js';
import {draft, startTestServer, type TestServer} from './support/server.js';

const THREAD = '/moving';

/** Every comment row, sorted, with numbers as numbers whichever database gave them. */
async function allRows(server: TestServer): Promise<Record<string, unknown>[]> {
  const {db} = server.running.comments.services;
  const rows = await db.selectFrom('comments').selectAll().orderBy('id').execute();
  return rows.map((row) => ({...row, depth: Number(row.depth)}));
}

/** What a reader sees: the thread as the API lists it. */
async function listed(server: TestServer): Promise<unknown> {
  const {status, body} = await server.getJson(`/api/comments?thread=${THREAD}&limit=50`);
  assert.equal(status, 200);
  return body;
}

describe('dump and restore', () => {
  let dir: string;
  let dump: string;
  let source: TestServer;
  let sourceRows: Record<string, unknown>[];
  let sourceList: unknown;
  let keyedId: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'natter-move-'));
    const database = join(dir, 'natter.db');
    source = await startTestServer(database);
    const post = async (body: Record<string, unknown>, headers: Record<string, string> = {}) => {
      const {status, body: answer} = await source.postJson('/api/comments', body, headers);
      assert.equal(status, 201, JSON.stringify(answer));
      return answer.comment.id as string;
    };
    const first = await post(draft(THREAD, {body: 'Ünïcödé and emoji 🧵, quotes \' " and <b>'}));
    const reply = await post(draft(THREAD, {parentId: first}), {'Idempotency-Key': 'move-key-1'});
    keyedId = reply;
    await post(draft(THREAD, {parentId: reply, author: {name: 'Bo', email: 'bo@example.com'}}));
    await post(draft(THREAD, {body: 'x'.repeat(5000)}), {'X-Natter-Author': 'author-token-1'});
    sourceRows = await allRows(source);
    sourceList = await listed(source);
    await source.running.close();
    dump = join(dir, 'dump.jsonl');
    const dumped = await runCommand(['dump', dump, '--database', database]);
    assert.equal(dumped.code, 0, dumped.stderr);
    assert.match(dumped.stderr, /dumped \d+ rows/);
  });
  after(() => rmSync(dir, {recursive: true, force: true}));

  forEachBackend((backend) => {
    const target = useFreshDatabase(backend);

    it('moves every comment and the secret, so threads, avatars and keys stay the same', async () => {
      const restored = await runCommand(['restore', dump], {DATABASE_URL: target.location});
      assert.equal(restored.code, 0, restored.stderr);
      // The thread versions come along, so ETags given out before the move do not match again.
      assert.match(
        restored.stdout,
        /restored 6 rows \(comments 4, natter_settings 1, natter_thread_versions 1\)/,
      );
      const server = await startTestServer(target.location);
      try {
        assert.deepEqual(await allRows(server), sourceRows);
        assert.deepEqual(await listed(server), sourceList);
        // The idempotency key came along: a retried draft is not stored twice.
        const retry = await server.postJson('/api/comments', draft(THREAD), {
          'Idempotency-Key': 'move-key-1',
        });
        assert.equal(retry.body.comment.id, keyedId);
        assert.equal(await server.rowCount(), 4);
      } finally {
        await server.running.close();
      }
    });

    it('refuses a database that already holds rows, and changes nothing', async () => {
      await assert.rejects(
        restoreDatabase(dump, target.location),
        /already holds rows in comments/,
      );
      const server = await startTestServer(target.location);
      try {
        assert.equal(await server.rowCount(), 4);
      } finally {
        await server.running.close();
      }
    });

    it('loads nothing from a file cut short or with a bad line', async () => {
      const lines = readFileSync(dump, 'utf8').trimEnd().split('\n');
      const cases: [string, string, RegExp][] = [
        ['short.jsonl', lines.slice(0, -1).join('\n'), /without its end line/],
        [
          'bad.jsonl',
          [...lines.slice(0, 2), '{"table": "comments", "row": {', ...lines.slice(2)].join('\n'),
          /line 3 .* is not JSON/,
        ],
        ['foreign.jsonl', '{"comments": []}\n', /not a natter-server dump/],
        [
          'portable.jsonl',
          '{"natter": 1, "exportedAt": "2026-01-01T00:00:00.000Z"}\n',
          /is a portable export: load it with natter-server import natter/,
        ],
      ];
      for (const [name, text, message] of cases) {
        const file = join(dir, `${backend.name}-${name}`);
        writeFileSync(file, text);
        const empty = await backend.fresh();
        try {
          await assert.rejects(restoreDatabase(file, empty.location), message);
          const app = await createCommentsApp({database: empty.location});
          try {
            const {db} = app.services;
            const count = await db
              .selectFrom('comments')
              .select((eb) => eb.fn.countAll().as('n'))
              .executeTakeFirstOrThrow();
            assert.equal(Number(count.n), 0, `${name} left rows behind`);
          } finally {
            await app.close();
          }
        } finally {
          await empty.drop();
        }
      }
    });

    it('refuses to open a database that a newer version migrated', async () => {
      const newer = await backend.fresh();
      try {
        const app = await createCommentsApp({database: newer.location});
        await sql`insert into kysely_migration (name, timestamp) values ('9999_from_the_future', '2099-01-01')`.execute(
          app.services.db,
        );
        await app.close();
        await assert.rejects(
          createCommentsApp({database: newer.location}),
          /migrated by a newer natter-server \(it has migration 9999_from_the_future/,
        );
      } finally {
        await newer.drop();
      }
    });
  });
});
