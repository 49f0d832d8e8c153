import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, it} from 'node:test';
import {fileURLToPath} from 'node:url';
import {importComments} from '../src/import/import-comments.js';
import {forEachBackend, useFreshDatabase, useScratchDir} from './support/backends.js';
import {runCommand} from './support/command.js';
import {by, fixture, lineOf, stored} from './support/imports.js';
import {startTestServer} from './support/server.js';

const WXR = fixture('wordpress.xml');
const RIVER = '/2024/03/river-levels-rise';

describe('import wordpress', () => {
  const dir = useScratchDir('natter-wxr-');

  forEachBackend((backend) => {
    const target = useFreshDatabase(backend);

    it('puts each post’s comments in the thread of its path, nested, held or published', async () => {
      const result = await runCommand(['import', 'wordpress', WXR], {
        DATABASE_URL: target.location,
      });
      assert.equal(result.code, 0, result.stderr);
      assert.match(
        result.stdout,
        /imported 6 comments into 2 threads; 0 already there; skipped 1 spam, 1 trash, 2 pingbacks and trackbacks\n/,
      );
      const {comments, identity} = await stored(target.location);
      assert.deepEqual(comments.map((row) => row.thread).sort(), [
        ...Array(5).fill(RIVER),
        '/about',
      ]);
      const [ada, bo, cleo, dee, fay] = ['Ada', 'Bo', 'Cleo', 'Dee', 'Fay'].map((name) =>
        by(comments, name),
      );
      assert.deepEqual(
        [ada, bo, cleo].map((row) => [row.depth, row.parent_id, row.root_id]),
        [
          [1, null, null],
          [2, ada.id, ada.id],
          [3, bo.id, ada.id],
        ],
      );
      assert.equal(cleo.path, `${ada.id}/${bo.id}/${cleo.id}`);
      assert.equal(dee.status, 'pending');
      assert.ok([ada, bo, cleo, fay].every((row) => row.status === 'published'));
      // A reply to a skipped spam comment moves up to the top level.
      assert.equal(fay.parent_id, null);
      assert.equal(ada.created_at, '2024-03-04T09:00:00.000Z');
      assert.equal(cleo.created_at, '2024-03-04T11:30:00.000Z');
      assert.equal(ada.author_url, 'https://ada.example.test/');
      assert.equal(bo.author_url, null, 'a javascript: address is not a website');
      assert.equal(
        ada.body,
        'Water at the bridge & the mill.\n\nSee the gauge (https://river.example.test/levels).',
      );
      assert.equal(bo.body, 'A reply.\nOn two lines.');
      // No address is stored, only the keyed hash a block matches, whatever its case.
      assert.ok(comments.every((row) => row.author_email === null));
      assert.equal(ada.email_key, identity!.emailKey('ada@example.test'));
      assert.equal(bo.email_key, null);
      assert.equal(ada.author_key, identity!.importedAuthorKey('Ada'));
      assert.ok(comments.every((row) => row.idempotency_key?.startsWith('wp:')));

      const server = await startTestServer(target.location);
      try {
        const {status, body} = await server.getJson(`/api/comments?thread=${RIVER}`);
        assert.equal(status, 200);
        const listed = body.comments.map((c: {id: string; parentId: string | null}) => [
          c.id,
          c.parentId,
        ]);
        assert.deepEqual(listed, [
          [ada.id, null],
          [bo.id, ada.id],
          [cleo.id, bo.id],
          [fay.id, null],
        ]);
      } finally {
        await server.running.close();
      }
    });

    it('adds nothing when run again', async () => {
      const before = await stored(target.location);
      const counts = await importComments('wordpress', WXR, target.location);
      assert.equal(counts.imported, 0);
      assert.equal(counts.alreadyThere, 6);
      assert.deepEqual(counts.skipped, {pingbacks: 2, spam: 1, trash: 1, other: 0});
      assert.deepEqual((await stored(target.location)).comments, before.comments);
    });

    it('stops a malformed file at its line and reason, and changes nothing', async () => {
      const text = readFileSync(WXR, 'utf8');
      const cases: [string, string, number, RegExp][] = [
        [
          'broken XML',
          text.replace(
            '<wp:comment_author><![CDATA[Gus]]></wp:comment_author>',
            '<wp:comment_author>Gus</wp:author>',
          ),
          lineOf(text, '[Gus]'),
          /not well-formed XML/,
        ],
        [
          'a missing parent',
          text.replace(
            '<wp:comment_parent>101</wp:comment_parent>',
            '<wp:comment_parent>999</wp:comment_parent>',
          ),
          lineOf(text, '<wp:comment_id>102') - 1,
          /comment 102 answers comment 999, which is not in the file/,
        ],
        [
          'a bad date',
          text.replace('2024-03-05 07:00:00', '2024-13-45 07:00:00'),
          lineOf(text, '<wp:comment_id>104') - 1,
          /comment_date_gmt "2024-13-45 07:00:00" is not a date/,
        ],
        [
          'an unknown status',
          text.replace(
            '<wp:comment_approved><![CDATA[0]]>',
            '<wp:comment_approved><![CDATA[maybe]]>',
          ),
          lineOf(text, '<wp:comment_id>104') - 1,
          /comment_approved "maybe" is not 0, 1, spam or trash/,
        ],
      ];
      const empty = await backend.fresh();
      try {
        const before = await stored(target.location);
        for (const [index, [name, bad, line, reason]] of cases.entries()) {
          const file = join(dir.path, `${backend.name}-${name.replaceAll(' ', '-')}.xml`);
          writeFileSync(file, bad);
          const message = new RegExp(`${file} line ${line}: .*${reason.source}`);
          if (index === 0) {
            // What a person sees, once; the command prints the same message as the function throws.
            const result = await runCommand(['import', 'wordpress', file], {
              DATABASE_URL: empty.location,
            });
            assert.equal(result.code, 1, name);
            assert.match(result.stderr, new RegExp(`natter-server import: ${file} line ${line}: `));
          }
          await assert.rejects(importComments('wordpress', file, empty.location), message, name);
          assert.deepEqual((await stored(empty.location)).comments, [], name);
          await assert.rejects(importComments('wordpress', file, target.location), message, name);
          assert.deepEqual(await stored(target.location), before, name);
        }
      } finally {
        await empty.drop();
      }
    });

    it('streams a generated file of 2,000 comments', async () => {
      const file = join(dir.path, `${backend.name}-generated.xml`);
      const generator = fileURLToPath(
        new URL('../../bench/import/generate-wxr.mjs', import.meta.url),
      );
      const expected = JSON.parse(
        execFileSync(process.execPath, [generator, file, '--posts', '20', '--per-post', '100'], {
          encoding: 'utf8',
        }),
      );
      const fresh = await backend.fresh();
      try {
        const counts = await importComments('wordpress', file, fresh.location);
        assert.equal(counts.imported, expected.published + expected.pending);
        assert.equal(counts.threads, expected.threads);
        assert.equal(counts.skipped.spam, expected.spam);
        assert.equal(counts.skipped.pingbacks, expected.pingbacks);
        const {comments} = await stored(fresh.location);
        assert.equal(comments.length, counts.imported);
        assert.equal(comments.filter((row) => row.status === 'pending').length, expected.pending);
        assert.equal(Math.max(...comments.map((row) => row.depth)), 4);

        // Cut short after several batches were written: all of them are rolled back.
        const text = readFileSync(file, 'utf8');
        const cut = join(dir.path, `${backend.name}-cut.xml`);
        writeFileSync(cut, text.slice(0, Math.floor(text.length * 0.8)));
        const empty = await backend.fresh();
        try {
          await assert.rejects(importComments('wordpress', cut, empty.location), /line \d+: /);
          const left = await stored(empty.location);
          assert.deepEqual(left.comments, []);
          assert.equal(left.identity, null, 'the secret made for the import is rolled back too');
        } finally {
          await empty.drop();
        }
      } finally {
        await fresh.drop();
      }
    });
  });
});
