import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import {forEachBackend, type TestDatabase} from './support/backends.js';
import {draft, startTestServer, useServer, type TestServer} from './support/server.js';

const ALICE = {'X-Natter-Author': 'alice-cache-token-0001'};
const BOB = {'X-Natter-Author': 'bob-cache-token-0002'};

/** A GET and the caching headers of its answer. */
async function read(server: TestServer, path: string, headers: Record<string, string> = {}) {
  const response = await server.request(path, {headers});
  const text = await response.text();
  return {
    status: response.status,
    text,
    etag: response.headers.get('etag') ?? '',
    cacheControl: response.headers.get('cache-control') ?? '',
    vary: response.headers.get('vary') ?? '',
  };
}

forEachBackend((backend) => {
  describe('HTTP caching of reads', () => {
    const server = useServer(backend, {cache: {maxAge: 7, staleWhileRevalidate: 11}});
    const list = '/api/comments?thread=/cache/a';

    it('gives anonymous lists a strong ETag, a shared Cache-Control and Vary on the author token', async () => {
      await server.current.postJson('/api/comments', draft('/cache/a'));
      const first = await read(server.current, list);
      assert.equal(first.status, 200);
      assert.match(first.etag, /^"[A-Za-z0-9_-]+"$/);
      assert.equal(first.cacheControl, 'public, max-age=7, stale-while-revalidate=11');
      assert.match(first.vary, /X-Natter-Author/);
      const again = await read(server.current, list, {'If-None-Match': first.etag});
      assert.equal(again.status, 304);
      assert.equal(again.text, '');
      assert.equal(again.etag, first.etag);
      assert.equal(again.cacheControl, first.cacheControl);
      const weak = await read(server.current, list, {'If-None-Match': `"x", W/${first.etag}`});
      assert.equal(weak.status, 304, 'If-None-Match compares weakly');
      const newest = await read(server.current, `${list}&sort=newest`);
      assert.notEqual(newest.etag, first.etag, 'another query is another answer');
      const other = await read(server.current, `${list}&sort=newest`, {
        'If-None-Match': first.etag,
      });
      assert.equal(other.status, 200);
    });

    it('answers 304, or the answer kept for its ETag, from the thread version alone', async () => {
      const {body} = await server.current.postJson('/api/comments', draft('/cache/rows'));
      const path = '/api/comments?thread=/cache/rows';
      const first = await read(server.current, path);
      // Behind the server's back: the rows go, the version stays.
      const {db} = server.current.running.comments.services;
      await db.deleteFrom('comments').where('id', '=', body.comment.id).execute();
      const again = await read(server.current, path, {'If-None-Match': first.etag});
      assert.equal(again.status, 304);
      const kept = await read(server.current, path);
      assert.equal(kept.status, 200);
      assert.equal(kept.text, first.text, 'the answer kept for that ETag is sent again');
    });

    it('changes the ETag when a comment is posted, approved, marked spam or deleted', async () => {
      const seen = new Set<string>();
      const step = async (what: string) => {
        const before = [...seen].at(-1);
        if (before) {
          const stale = await read(server.current, list, {'If-None-Match': before});
          assert.equal(stale.status, 200, `${what} makes the old ETag stale`);
        }
        const now = await read(server.current, list);
        assert.ok(!seen.has(now.etag), `${what} gives a new ETag`);
        seen.add(now.etag);
      };
      await step('the first read');
      const {body} = await server.current.postJson('/api/comments', draft('/cache/a'));
      const id = body.comment.id;
      await step('posting');
      await server.current.admin('POST', `/api/admin/comments/${id}/spam`);
      await step('spam');
      await server.current.admin('POST', `/api/admin/comments/${id}/approve`);
      await step('approving');
      await server.current.admin('DELETE', `/api/admin/comments/${id}`);
      await step('deleting');
    });

    it('gives replies and counts ETags that follow their threads', async () => {
      const {body} = await server.current.postJson('/api/comments', draft('/cache/r'));
      const replies = `/api/comments/${body.comment.id}/replies`;
      const counts = '/api/counts?thread=/cache/r&thread=/cache/quiet';
      const r1 = await read(server.current, replies);
      const c1 = await read(server.current, counts);
      for (const [path, first] of [
        [replies, r1],
        [counts, c1],
      ] as const) {
        assert.equal(first.status, 200);
        assert.match(first.cacheControl, /^public, max-age=7/);
        assert.equal((await read(server.current, path, {'If-None-Match': first.etag})).status, 304);
      }
      await server.current.postJson(
        '/api/comments',
        draft('/cache/r', {parentId: body.comment.id}),
      );
      const r2 = await read(server.current, replies, {'If-None-Match': r1.etag});
      assert.equal(r2.status, 200);
      assert.equal(JSON.parse(r2.text).comments.length, 1);
      const c2 = await read(server.current, counts, {'If-None-Match': c1.etag});
      assert.equal(c2.status, 200);
      assert.deepEqual(JSON.parse(c2.text).counts, {'/cache/r': 2, '/cache/quiet': 0});
      const missing = await read(server.current, '/api/comments/zzzzzzzzzzzz/replies');
      assert.equal(missing.status, 404);
    });
  });

  describe('HTTP caching with held comments', () => {
    const server = useServer(backend, {moderation: 'all'});
    const list = '/api/comments?thread=/cache/held';

    it('keeps the answer of an author with a held comment private, and shares everyone else’s', async () => {
      await server.current.postJson('/api/comments', draft('/cache/held'), ALICE);
      const anonymous = await read(server.current, list);
      const bob = await read(server.current, list, BOB);
      const alice = await read(server.current, list, ALICE);
      assert.match(anonymous.cacheControl, /^public/);
      assert.equal(bob.cacheControl, anonymous.cacheControl);
      assert.equal(
        bob.etag,
        anonymous.etag,
        'a token without held comments sees the shared answer',
      );
      assert.equal(alice.cacheControl, 'private, no-cache');
      assert.notEqual(alice.etag, anonymous.etag);
      assert.equal(JSON.parse(alice.text).total, 1);
      assert.equal(JSON.parse(anonymous.text).total, 0);
      const aliceStale = await read(server.current, list, {
        ...ALICE,
        'If-None-Match': anonymous.etag,
      });
      assert.equal(aliceStale.status, 200, 'the shared ETag does not match what she sees');
      const bobAgain = await read(server.current, list, {...BOB, 'If-None-Match': alice.etag});
      assert.equal(bobAgain.status, 200, 'her ETag is hers');
      const aliceAgain = await read(server.current, list, {...ALICE, 'If-None-Match': alice.etag});
      assert.equal(aliceAgain.status, 304);
      const counts = await read(server.current, '/api/counts?thread=/cache/held', ALICE);
      assert.equal(counts.cacheControl, 'private, no-cache');
    });
  });

  describe('HTTP caching across instances on one database', () => {
    let database: TestDatabase;
    let one: TestServer;
    let two: TestServer;
    before(async () => {
      database = await backend.fresh();
      one = await startTestServer(database.location);
      two = await startTestServer(database.location);
    });
    after(async () => {
      await one?.running.close();
      await two?.running.close();
      await database?.drop();
    });

    it('agrees on ETags, and a post on one makes the other’s stale', async () => {
      const list = '/api/comments?thread=/cache/shared';
      await one.postJson('/api/comments', draft('/cache/shared'));
      const fromOne = await read(one, list);
      const fromTwo = await read(two, list, {'If-None-Match': fromOne.etag});
      assert.equal(fromTwo.status, 304);
      await two.postJson('/api/comments', draft('/cache/shared'));
      const after = await read(one, list, {'If-None-Match': fromOne.etag});
      assert.equal(after.status, 200);
      assert.equal(JSON.parse(after.text).total, 2);
    });
  });
});
