import assert from 'node:assert/strict';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, describe, it} from 'node:test';
import {importComments} from '../src/import/import-comments.js';
import {forEachBackend, type Backend, useFreshDatabase} from './support/backends.js';
import {runCommand} from './support/command.js';
import {fixture, lineOf, stored} from './support/imports.js';
import {draft, startTestServer} from './support/server.js';

/** The export without its time stamp, which is all that may differ between two exports. */
function content(file: string): string[] {
  const [header, ...rest] = readFileSync(file, 'utf8').trimEnd().split('\n');
  assert.equal(JSON.parse(header).natter, 1);
  return rest;
}

/** What a comment is, whichever database holds it (keys and hashes belong to each server). */
async function essentials(location: string) {
  const {comments, closed} = await stored(location);
  const fields = ['id', 'thread', 'parent_id', 'root_id', 'path', 'depth', 'body'] as const;
  const more = [
    'author_name',
    'author_url',
    'status',
    'created_at',
    'edited_at',
    'markdown',
  ] as const;
  return {
    comments: comments.map((row) => [...fields, ...more].map((field) => row[field])),
    closed,
  };
}

describe('export and import natter', () => {
  let dir: string;
  let source: string;
  let exported: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'natter-portable-'));
    source = join(dir, 'source.db');
    // Imported threads (held, deleted, closed) and comments posted through the API, with emails.
    await importComments('wordpress', fixture('wordpress.xml'), source);
    await importComments('disqus', fixture('disqus.xml'), source);
    const server = await startTestServer(source);
    try {
      const post = async (body: Record<string, unknown>) => {
        const {status, body: answer} = await server.postJson('/api/comments', body);
        assert.equal(status, 201, JSON.stringify(answer));
        return answer.comment.id as string;
      };
      const top = await post(draft('/posted', {body: 'Ünïcödé, emoji 🧵 and "quotes"'}));
      const reply = await post(draft('/posted', {parentId: top}));
      const spam = await post(draft('/posted', {parentId: reply, body: 'Spam later'}));
      const {db} = server.running.comments.services;
      await db.updateTable('comments').set({status: 'spam'}).where('id', '=', spam).execute();
      await db
        .updateTable('comments')
        .set({
          body: 'Edited by the owner',
          markdown: 'Edited by the **owner**',
          edited_at: '2026-01-02T03:04:05.678Z',
        })
        .where('id', '=', reply)
        .execute();
      await db
        .insertInto('natter_closed_threads')
        .values({thread: '/closed-empty', closed_at: '2026-02-03T04:05:06.789Z'})
        .execute();
    } finally {
      await server.running.close();
    }
    exported = join(dir, 'source.jsonl');
    const result = await runCommand(['export', exported, '--database', source]);
    assert.equal(result.code, 0, result.stderr);
    assert.match(result.stderr, /exported 13 comments in 5 threads/);
  });
  after(() => rmSync(dir, {recursive: true, force: true}));

  it('writes threads and comments without emails, addresses or hashes', () => {
    const text = readFileSync(exported, 'utf8');
    assert.doesNotMatch(text, /@example|192\.0\.2|email|_key|token/);
    const lines = content(exported).map((line) => JSON.parse(line));
    assert.deepEqual(lines.at(-1), {end: true, threads: 5, comments: 13});
    assert.deepEqual(
      lines.filter((line) => 'thread' in line).map((line) => [line.thread, line.comments]),
      [
        ['/2024/03/river-levels-rise', 8],
        ['/about', 1],
        ['/old-news', 1],
        ['/posted', 3],
        ['/closed-empty', 0],
      ],
    );
    const edited = lines.find((line) => line.editedAt);
    assert.deepEqual(Object.keys(edited).sort(), [
      'author',
      'body',
      'createdAt',
      'editedAt',
      'id',
      'markdown',
      'parentId',
      'status',
    ]);
    assert.equal(edited.markdown, 'Edited by the **owner**');
    const imported = lines.find((line) => line.body && line.id && !('markdown' in line));
    assert.ok(imported, 'comments that came without a source (imports) export none');
    assert.deepEqual(
      new Set(lines.filter((line) => line.status).map((line) => line.status)),
      new Set(['published', 'pending', 'deleted', 'spam']),
    );
  });

  forEachBackend((backend: Backend) => {
    const target = useFreshDatabase(backend);

    it('reads it back with every id, thread, status and date, and back again', async () => {
      const result = await runCommand(['import', 'natter', exported], {
        DATABASE_URL: target.location,
      });
      assert.equal(result.code, 0, result.stderr);
      assert.match(result.stdout, /imported 13 comments into 4 threads; 0 already there/);
      assert.deepEqual(await essentials(target.location), await essentials(source));
      const again = join(dir, `${backend.name}-again.jsonl`);
      // `natter-server export > FILE`: the export goes to standard output, the summary to standard error.
      const second = await runCommand(['export'], {DATABASE_URL: target.location});
      assert.equal(second.code, 0, second.stderr);
      assert.match(second.stderr, /exported 13 comments in 5 threads/);
      writeFileSync(again, second.stdout);
      assert.deepEqual(content(again), content(exported));
      // And back to a new SQLite file, from what the other database wrote.
      const back = join(dir, `${backend.name}-back.db`);
      await importComments('natter', again, back);
      assert.deepEqual(await essentials(back), await essentials(source));
      const server = await startTestServer(target.location);
      try {
        const {body} = await server.getJson('/api/comments?thread=/posted');
        assert.deepEqual(
          body.comments.map((c: {body: string}) => c.body),
          ['Ünïcödé, emoji 🧵 and "quotes"', 'Edited by the owner'],
        );
        assert.equal(body.comments[1].markdown, 'Edited by the **owner**');
      } finally {
        await server.running.close();
      }
    });

    it('adds nothing when run again', async () => {
      const before = await stored(target.location);
      const counts = await importComments('natter', exported, target.location);
      assert.deepEqual([counts.imported, counts.alreadyThere], [0, 13]);
      assert.deepEqual(await stored(target.location), before);
    });

    it('stops a malformed file at its line and reason, and changes nothing', async () => {
      const text = readFileSync(exported, 'utf8');
      const lines = text.trimEnd().split('\n');
      const firstComment = lines.findIndex((line) => line.includes('"parentId"'));
      const cases: [string, string, number, RegExp][] = [
        ['cut short', lines.slice(0, -1).join('\n'), lines.length - 1, /without its end line/],
        [
          'not JSON',
          [...lines.slice(0, 5), '{"id": ', ...lines.slice(5)].join('\n'),
          6,
          /not JSON/,
        ],
        [
          'bad status',
          text.replace('"status":"pending"', '"status":"approved"'),
          lineOf(text, '"status":"pending"'),
          /"status" must be one of/,
        ],
        [
          'missing parent',
          lines
            .map((line, index) =>
              index === firstComment + 1
                ? line.replace(/"parentId":"[^"]+"/, '"parentId":"nowhere"')
                : line,
            )
            .join('\n'),
          firstComment + 2,
          /answers comment nowhere, which is not in the file/,
        ],
        ['not natter', '{"comments": []}\n', 1, /not a Natter export/],
        ['a dump', '{"natterExport": 1}\n', 1, /a dump of a whole database: load it with/],
      ];
      assert.match(lines[firstComment + 1], /"parentId":"[^"]+"/, 'the fixture changed');
      const before = await stored(target.location);
      const empty = await backend.fresh();
      try {
        for (const [name, bad, line, reason] of cases) {
          const file = join(dir, `${backend.name}-${name.replaceAll(' ', '-')}.jsonl`);
          writeFileSync(file, bad);
          const message = new RegExp(`${file} line ${line}: .*${reason.source}`);
          await assert.rejects(importComments('natter', file, empty.location), message, name);
          assert.deepEqual((await stored(empty.location)).comments, [], name);
          await assert.rejects(importComments('natter', file, target.location), message, name);
          assert.deepEqual(await stored(target.location), before, name);
        }
      } finally {
        await empty.drop();
      }
    });
  });
});
