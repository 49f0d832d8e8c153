// The `import-wordpress` suite: a post on the private WordPress of the test
// run (scripts/wordpress/), exported by WordPress's own export_wp() and
// imported into natter-server on SQLite and PostgreSQL.
import assert from 'node:assert/strict';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, describe, it} from 'node:test';
import {importComments} from '../../src/import/import-comments.js';
import {forEachBackend, useFreshDatabase} from '../support/backends.js';
import {runCommand} from '../support/command.js';
import {by, stored} from '../support/imports.js';

const site = process.env.NATTER_WP_URL;
const token = process.env.NATTER_WP_SEED_TOKEN ?? '';

async function seed(path: string, body: unknown): Promise<Record<string, unknown>> {
  const response = await fetch(`${site}/wp-json/natter-test/v1${path}`, {
    method: 'POST',
    headers: {'Content-Type': 'application/json', 'X-Natter-Seed-Token': token},
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(30_000),
  });
  const answer = (await response.json()) as Record<string, unknown>;
  assert.ok(response.ok, `${path}: ${JSON.stringify(answer)}`);
  return answer;
}

describe(
  'import of a real WordPress export',
  {skip: site ? false : 'NATTER_WP_URL is not set'},
  () => {
    let dir: string;
    let wxr: string;
    let slug: string;
    before(async () => {
      dir = mkdtempSync(join(tmpdir(), 'natter-wp-export-'));
      slug = `export-${Date.now()}`;
      const created = await seed('/threads', {
        title: slug,
        comments: [
          {
            key: 'top',
            author_name: 'Ada',
            author_email: 'Ada@Example.test',
            author_url: 'https://ada.example.test',
            content: 'Top <em>level</em> &amp; more',
            date_gmt: '2024-03-04 09:00:00',
          },
          {
            key: 'reply',
            parent: 'top',
            author_name: 'Bo & Co',
            content: 'A reply',
            date_gmt: '2024-03-04 10:00:00',
          },
          {
            key: 'deep',
            parent: 'reply',
            author_name: 'Cleo',
            author_email: 'cleo@example.test',
            content: 'Third level',
            date_gmt: '2024-03-04 11:00:00',
          },
          {
            key: 'held',
            author_name: 'Dee',
            content: 'Waiting for the moderator',
            status: 'hold',
            date_gmt: '2024-03-05 07:00:00',
          },
          {
            key: 'spam',
            author_name: 'Pills',
            content: 'Buy now',
            status: 'spam',
            date_gmt: '2024-03-05 08:00:00',
          },
          {
            key: 'trash',
            author_name: 'Eve',
            content: 'Thrown away',
            status: 'trash',
            date_gmt: '2024-03-05 09:00:00',
          },
        ],
      });
      const exported = await seed(`/threads/${String(created.post)}/export`, {});
      wxr = join(dir, 'wordpress.xml');
      writeFileSync(wxr, String(exported.wxr));
    });
    after(() => rmSync(dir, {recursive: true, force: true}));

    forEachBackend((backend) => {
      const target = useFreshDatabase(backend);

      it('brings the post’s discussion over: nesting, held, dates, names, hashes', async () => {
        const result = await runCommand(['import', 'wordpress', wxr], {
          DATABASE_URL: target.location,
        });
        assert.equal(result.code, 0, result.stderr);
        // WordPress leaves spam out of its exports; trash is in them and skipped here.
        assert.match(
          result.stdout,
          /imported 4 comments into 1 threads; 0 already there; skipped 0 spam, 1 trash/,
        );
        const {comments, identity} = await stored(target.location);
        const [ada, bo, cleo, dee] = ['Ada', 'Bo & Co', 'Cleo', 'Dee'].map((name) =>
          by(comments, name),
        );
        assert.ok(
          comments.every((row) => row.thread === `/${slug}`),
          'the thread is the post’s path',
        );
        assert.deepEqual(
          [ada, bo, cleo, dee].map((row) => [row.depth, row.parent_id, row.status, row.created_at]),
          [
            [1, null, 'published', '2024-03-04T09:00:00.000Z'],
            [2, ada.id, 'published', '2024-03-04T10:00:00.000Z'],
            [3, bo.id, 'published', '2024-03-04T11:00:00.000Z'],
            [1, null, 'pending', '2024-03-05T07:00:00.000Z'],
          ],
        );
        assert.equal(ada.body, 'Top level & more');
        assert.equal(ada.author_url, 'https://ada.example.test');
        assert.ok(comments.every((row) => row.author_email === null));
        assert.equal(ada.email_key, identity!.emailKey('ada@example.test'));
        assert.equal(cleo.email_key, identity!.emailKey('cleo@example.test'));
      });

      it('adds nothing when run again', async () => {
        const before = await stored(target.location);
        const counts = await importComments('wordpress', wxr, target.location);
        assert.deepEqual([counts.imported, counts.alreadyThere], [0, 4]);
        assert.deepEqual(await stored(target.location), before);
      });
    });
  },
);
