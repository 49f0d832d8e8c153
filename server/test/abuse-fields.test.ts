import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {forEachBackend} from './support/backends.js';
import {draft, useServer, type TestServer} from './support/server.js';

const TOKEN = 'abuse-fields-author-token';

async function storedRow(s: TestServer, id: string) {
  const {db} = s.running.comments.services;
  return db.selectFrom('comments').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

/** Everything a client might try to set besides the draft's own fields. */
const FORGED = {
  id: 'c_forged',
  status: 'published',
  createdAt: '2000-01-01T00:00:00.000Z',
  created_at: '2000-01-01T00:00:00.000Z',
  updatedAt: '2000-01-01T00:00:00.000Z',
  email: 'forged@example.com',
  ip: '203.0.113.9',
  authorTokenHash: 'f'.repeat(64),
  author_token_hash: 'f'.repeat(64),
  authorKey: 'e'.repeat(64),
  author_key: 'e'.repeat(64),
  idempotencyKey: 'forged-key',
  idempotency_key: 'forged-key',
  moreReplies: 99,
  depth: 7,
  path: 'a/b/c',
  rootId: 'root',
  root_id: 'root',
  total: 1000,
};

forEachBackend((backend) => {
  describe('abuse: fields a client must not set', () => {
    const server = useServer(backend, {moderation: 'all'});

    it('stores server-chosen values whatever the draft claims', async () => {
      const s = server.current;
      const {identity} = s.running.comments.services;
      const before = Date.now();
      const author = {name: 'Ada', email: 'ada@example.com', avatar: 'https://evil.example/a.png'};
      const {status, body} = await s.postJson(
        '/api/comments',
        {...draft('/fields', {author}), ...FORGED},
        {'X-Natter-Author': TOKEN, 'Idempotency-Key': 'real-key-1'},
      );
      assert.equal(status, 201, JSON.stringify(body));
      const {comment} = body;
      assert.match(comment.id, /^[0-9a-z]{26}$/);
      assert.equal(comment.status, 'pending', 'moderation holds it whatever status was sent');
      assert.equal(
        comment.author.avatar,
        `/api/avatars/${identity.authorKey(TOKEN, comment.id)}.svg`,
      );
      assert.equal('moreReplies' in comment, false);
      assert.ok(!JSON.stringify(body).includes('example.com'), 'no address in the answer');

      const row = await storedRow(s, comment.id);
      assert.equal(row.status, 'pending');
      assert.ok(
        Date.parse(row.created_at) >= before - 1000 && Date.parse(row.created_at) <= Date.now(),
      );
      assert.equal(row.created_at, comment.createdAt);
      assert.equal(row.author_email, 'ada@example.com');
      assert.equal(row.author_token_hash, identity.tokenHash(TOKEN));
      assert.equal(row.author_key, identity.authorKey(TOKEN, comment.id));
      assert.equal(row.idempotency_key, 'real-key-1');
      assert.deepEqual([row.depth, row.path, row.root_id, row.parent_id], [1, row.id, null, null]);
      const columns = Object.values(row).join('\n');
      for (const forged of [
        'c_forged',
        '2000-01-01',
        'forged',
        '203.0.113.9',
        'f'.repeat(64),
        'e'.repeat(64),
        'evil.example',
      ]) {
        assert.ok(!columns.includes(forged), `"${forged}" is not stored`);
      }
    });

    it('places a reply under its parent, whatever depth, path and thread spelling it claims', async () => {
      const s = server.current;
      const headers = {'X-Natter-Author': TOKEN};
      const parent = await s.postJson('/api/comments', draft('/fields/reply'), headers);
      const reply = await s.postJson(
        '/api/comments',
        {...draft('/fields/reply/?utm=mail#c', {parentId: parent.body.comment.id}), ...FORGED},
        headers,
      );
      assert.equal(reply.status, 201, JSON.stringify(reply.body));
      const row = await storedRow(s, reply.body.comment.id);
      assert.equal(row.thread, '/fields/reply');
      assert.deepEqual(
        [row.depth, row.root_id, row.parent_id, row.path],
        [2, parent.body.comment.id, parent.body.comment.id, `${parent.body.comment.id}/${row.id}`],
      );
    });
  });

  describe('abuse: racing retries', () => {
    const server = useServer(backend);

    it('turns racing retries of one key with different bodies into one comment', async () => {
      const s = server.current;
      const headers = {'X-Natter-Author': TOKEN, 'Idempotency-Key': 'race-bodies'};
      const bodies = Array.from({length: 12}, (_, i) => `Edited draft, version ${i}`);
      const results = await Promise.all(
        bodies.map((body) => s.postJson('/api/comments', draft('/race/bodies', {body}), headers)),
      );
      assert.deepEqual(results.map((r) => r.status).sort(), [...Array<number>(11).fill(200), 201]);
      const ids = new Set(results.map((r) => r.body.comment.id));
      assert.equal(ids.size, 1);
      const row = await storedRow(s, [...ids][0]);
      assert.ok(bodies.includes(row.body));
      // Every answer shows the one stored comment, not the text that request sent.
      for (const result of results) assert.equal(result.body.comment.body, row.body);
      const {body} = await s.getJson('/api/comments?thread=/race/bodies');
      assert.equal(body.total, 1);
    });

    it('gives a key raced by two authors to one of them and refuses the other', async () => {
      const s = server.current;
      const tokens = ['race-author-one', 'race-author-two'];
      const results = await Promise.all(
        Array.from({length: 10}, (_, i) =>
          s.postJson('/api/comments', draft('/race/authors'), {
            'X-Natter-Author': tokens[i % 2],
            'Idempotency-Key': 'race-authors',
          }),
        ),
      );
      const winner = results.find((r) => r.status === 201);
      assert.ok(winner);
      const winnerIndex = results.indexOf(winner) % 2;
      for (const [i, result] of results.entries()) {
        if (i % 2 === winnerIndex) {
          assert.ok([200, 201].includes(result.status));
          assert.equal(result.body.comment.id, winner.body.comment.id);
        } else {
          assert.equal(result.status, 409);
          assert.equal(result.body.error.code, 'duplicate');
        }
      }
      const {body} = await s.getJson('/api/comments?thread=/race/authors');
      assert.equal(body.total, 1);
    });
  });
});
