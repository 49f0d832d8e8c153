import assert from 'node:assert/strict';
import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {gzipSync} from 'node:zlib';
import {describe, it} from 'node:test';
import {importComments} from '../src/import/import-comments.js';
import {forEachBackend, useFreshDatabase, useScratchDir} from './support/backends.js';
import {runCommand} from './support/command.js';
import {by, fixture, lineOf, stored} from './support/imports.js';

const EXPORT = fixture('disqus.xml');
const RIVER = '/2024/03/river-levels-rise';

describe('import disqus', () => {
  const dir = useScratchDir('natter-disqus-');

  forEachBackend((backend) => {
    const target = useFreshDatabase(backend);

    it('puts posts in the thread of their link, nested by parent, as text', async () => {
      const result = await runCommand(['import', 'disqus', EXPORT], {
        DATABASE_URL: target.location,
      });
      assert.equal(result.code, 0, result.stderr);
      assert.match(
        result.stdout,
        /imported 4 comments into 2 threads; 0 already there; skipped 1 spam, 0 trash/,
      );
      const {comments, closed, identity} = await stored(target.location);
      const [ada, guest, cleo, gus] = ['Ada', 'Guest', 'Cleo', 'Gus'].map((name) =>
        by(comments, name),
      );
      assert.deepEqual(
        [ada, guest, cleo].map((row) => [row.thread, row.depth, row.parent_id, row.status]),
        [
          [RIVER, 1, null, 'published'],
          [RIVER, 2, ada.id, 'deleted'],
          [RIVER, 3, guest.id, 'published'],
        ],
      );
      assert.equal(guest.body, '', 'a deleted post keeps its place for its replies, not its words');
      assert.equal(ada.body, 'Water at the bridge & the mill.\n\nSecond paragraph.');
      assert.equal(ada.created_at, '2024-03-04T09:00:00.000Z');
      // The query of a thread's link is not part of its key; the thread was closed on Disqus.
      assert.equal(gus.thread, '/old-news');
      assert.equal(gus.body, 'An old comment.\nWith a break.');
      assert.deepEqual(closed, [{thread: '/old-news', closed_at: '2019-06-01T08:00:00.000Z'}]);
      assert.ok(comments.every((row) => row.author_email === null));
      assert.equal(cleo.email_key, identity!.emailKey('cleo@example.test'));
      assert.equal(guest.email_key, null);
      assert.equal(comments.filter((row) => row.body.includes('Buy now')).length, 0);
    });

    it('adds nothing when run again, also from the compressed file Disqus sends', async () => {
      const before = await stored(target.location);
      const packed = join(dir.path, `${backend.name}-export.xml.gz`);
      writeFileSync(packed, gzipSync(readFileSync(EXPORT)));
      const counts = await importComments('disqus', packed, target.location);
      assert.deepEqual([counts.imported, counts.alreadyThere, counts.skipped.spam], [0, 4, 1]);
      assert.deepEqual(await stored(target.location), before);
    });

    it('stops a malformed file at its line and reason, and changes nothing', async () => {
      const text = readFileSync(EXPORT, 'utf8');
      const cases: [string, string, number, RegExp][] = [
        [
          'unknown-thread',
          text.replace('<thread dsq:id="8002" />', '<thread dsq:id="8999" />'),
          lineOf(text, '<post dsq:id="9005">'),
          /post 9005 names thread 8999, which is not in the file/,
        ],
        [
          'missing-parent',
          text.replace('<parent dsq:id="9001" />', '<parent dsq:id="9999" />'),
          lineOf(text, '<post dsq:id="9002">'),
          /comment 9002 answers comment 9999, which is not in the file/,
        ],
        [
          'bad-date',
          text.replace('2019-06-02T08:00:00Z', 'yesterday'),
          lineOf(text, '<post dsq:id="9005">'),
          /createdAt "yesterday" is not a date/,
        ],
        [
          'broken-xml',
          text.replace('<isSpam>true</isSpam>', '<isSpam>true</isDeleted>'),
          lineOf(text, '<isSpam>true</isSpam>'),
          /not well-formed XML/,
        ],
        ['not-disqus', '<rss><channel></channel></rss>\n', 1, /not a Disqus export/],
      ];
      const before = await stored(target.location);
      const empty = await backend.fresh();
      try {
        for (const [name, bad, line, reason] of cases) {
          const file = join(dir.path, `${backend.name}-${name}.xml`);
          writeFileSync(file, bad);
          const message = new RegExp(`${file} line ${line}: .*${reason.source}`);
          await assert.rejects(importComments('disqus', file, empty.location), message, name);
          assert.deepEqual((await stored(empty.location)).comments, [], name);
          await assert.rejects(importComments('disqus', file, target.location), message, name);
          assert.deepEqual(await stored(target.location), before, name);
        }
      } finally {
        await empty.drop();
      }
    });
  });
});
