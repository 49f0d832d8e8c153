import assert from 'node:assert/strict';
import {before, describe, it} from 'node:test';
import {insertComment} from '../src/store/write.js';
import {forEachBackend} from './support/backends.js';
import {draft, useServer, type TestServer} from './support/server.js';

async function post(server: TestServer, thread: string, overrides: Record<string, unknown> = {}) {
  const {status, body} = await server.postJson('/api/comments', draft(thread, overrides));
  assert.equal(status, 201, JSON.stringify(body));
  return body.comment as {id: string; body: string};
}

/** Follows nextCursor to the end and returns the ids of top-level comments in order. */
async function walk(server: TestServer, thread: string, query: string) {
  const pages: string[][] = [];
  let cursor: string | undefined;
  do {
    const suffix = cursor ? `&cursor=${cursor}` : '';
    const {status, body} = await server.getJson(`/api/comments?thread=${thread}&${query}${suffix}`);
    assert.equal(status, 200);
    pages.push(
      body.comments
        .filter((c: {parentId: string | null}) => c.parentId === null)
        .map((c: {id: string}) => c.id),
    );
    cursor = body.nextCursor;
  } while (cursor && pages.length < 20);
  return pages;
}

forEachBackend((backend) => {
  describe('listing', () => {
    const server = useServer(backend);
    const top: string[] = [];
    let firstReply = '';

    before(async () => {
      for (let i = 0; i < 7; i++) top.push((await post(server.current, '/list')).id);
      firstReply = (await post(server.current, '/list', {parentId: top[0]})).id;
      await post(server.current, '/list', {parentId: firstReply});
    });

    it('pages top-level comments oldest first with an opaque cursor', async () => {
      assert.deepEqual(await walk(server.current, '/list', 'limit=3'), [
        top.slice(0, 3),
        top.slice(3, 6),
        top.slice(6),
      ]);
    });

    it('sends a linked comment in its context: its branch, not other comments', async () => {
      const first = await server.current.getJson(`/api/comments?thread=/list&limit=1`);
      const deep = first.body.comments.find((c: {parentId: string}) => c.parentId === firstReply);
      const {status, body} = await server.current.getJson(
        `/api/comments/${deep.id}/context?thread=/list`,
      );
      assert.equal(status, 200);
      assert.deepEqual(
        body.comments.map((c: {id: string}) => c.id),
        [top[0], firstReply, deep.id],
      );
      assert.equal(body.comments[0].moreReplies, 0);
      const last = await server.current.getJson(`/api/comments/${top[6]}/context?thread=/list`);
      assert.deepEqual(
        last.body.comments.map((c: {id: string}) => c.id),
        [top[6]],
      );
    });

    it('answers 404 for a linked comment that is unknown or in another thread', async () => {
      for (const path of [
        `/api/comments/${top[0]}/context?thread=/elsewhere`,
        `/api/comments/nope/context?thread=/list`,
        `/api/comments/${'x'.repeat(65)}/context?thread=/list`,
      ]) {
        const {status, body} = await server.current.getJson(path);
        assert.equal(status, 404, path);
        assert.equal(body.error.code, 'not-found');
      }
      const missing = await server.current.getJson(`/api/comments/${top[0]}/context`);
      assert.equal(missing.status, 400);
    });

    it('pages newest first', async () => {
      const reversed = [...top].reverse();
      assert.deepEqual(await walk(server.current, '/list', 'limit=3&sort=newest'), [
        reversed.slice(0, 3),
        reversed.slice(3, 6),
        reversed.slice(6),
      ]);
    });

    it('sends replies with their top-level comment and counts every level in total', async () => {
      const {body} = await server.current.getJson('/api/comments?thread=/list&limit=1');
      assert.equal(body.total, 9);
      assert.deepEqual(
        body.comments.map((c: {id: string; parentId: string | null}) => c.parentId),
        [null, top[0], firstReply],
      );
      assert.equal(body.comments[0].moreReplies, 0);
      assert.ok(body.nextCursor);
    });

    it('counts many threads in one request, under the keys as sent', async () => {
      await post(server.current, 'count-b');
      const {status, body} = await server.current.getJson(
        '/api/counts?thread=/list/&thread=count-b&thread=/list?x=1&thread=nothing-here',
      );
      assert.equal(status, 200);
      assert.deepEqual(body.counts, {'/list/': 9, 'count-b': 1, '/list?x=1': 9, 'nothing-here': 0});
      const many = Array.from({length: 101}, (_, i) => `thread=t${i}`).join('&');
      const tooMany = await server.current.getJson(`/api/counts?${many}`);
      assert.equal(tooMany.status, 400);
      assert.equal(tooMany.body.error.field, 'thread');
      assert.equal((await server.current.getJson('/api/counts')).status, 400);
    });
  });

  describe('large subtrees', () => {
    const server = useServer(backend);
    let rootId = '';
    const replyIds: string[] = [];

    before(async () => {
      rootId = (await post(server.current, '/big')).id;
      const {db, identity} = server.current.running.comments.services;
      const root = await db
        .selectFrom('comments')
        .selectAll()
        .where('id', '=', rootId)
        .executeTakeFirstOrThrow();
      // Most replies answer the root; every 50th (from the 10th) answers the one before it,
      // so one chain runs deep inside the subtree.
      const chain: (typeof root)[] = [];
      for (let i = 0; i < 230; i++) {
        const inChain = i % 50 === 10;
        const {row} = await insertComment(db, {
          thread: '/big',
          parent: inChain ? (chain.at(-1) ?? root) : root,
          body: `reply ${i}`,
          name: 'R',
          email: null,
          url: null,
          authorKey: identity.importedAuthorKey('R'),
          tokenHash: null,
          status: 'published',
          idempotencyKey: null,
        });
        if (inChain) chain.push(row);
        replyIds.push(row.id);
      }
    });

    it('sends at most 200 replies per top-level comment and says how many more there are', async () => {
      const {body} = await server.current.getJson('/api/comments?thread=/big');
      assert.equal(body.total, 231);
      const [first, ...replies] = body.comments;
      assert.equal(first.id, rootId);
      assert.equal(first.moreReplies, 30);
      assert.deepEqual(
        replies.map((c: {id: string}) => c.id),
        replyIds.slice(0, 200),
      );
    });

    it('places a linked reply beyond the first 200 in its context', async () => {
      const target = replyIds[210];
      const {status, body} = await server.current.getJson(
        `/api/comments/${target}/context?thread=/big`,
      );
      assert.equal(status, 200);
      const ids = body.comments.map((c: {id: string}) => c.id);
      assert.equal(ids[0], rootId);
      assert.equal(body.comments[0].moreReplies, 30);
      assert.deepEqual(ids.slice(1), [...replyIds.slice(0, 200), target]);
      const parent = body.comments.find((c: {id: string}) => c.id === replyIds[160]);
      assert.equal(body.comments.at(-1).parentId, parent.id, 'its parent is among them');
    });

    it('pages through every reply of the subtree, oldest first', async () => {
      const seen: string[] = [];
      let cursor = '';
      for (let page = 0; page < 10; page++) {
        const {status, body} = await server.current.getJson(
          `/api/comments/${rootId}/replies?limit=100${cursor}`,
        );
        assert.equal(status, 200);
        seen.push(...body.comments.map((c: {id: string}) => c.id));
        if (!body.nextCursor) break;
        cursor = `&cursor=${body.nextCursor}`;
      }
      assert.deepEqual(seen, replyIds);
    });

    it('lists the replies below a nested comment only', async () => {
      const {body} = await server.current.getJson(`/api/comments/${replyIds[10]}/replies`);
      assert.deepEqual(
        body.comments.map((c: {id: string}) => c.id),
        [replyIds[60], replyIds[110], replyIds[160], replyIds[210]],
      );
      const leaf = await server.current.getJson(`/api/comments/${replyIds[11]}/replies`);
      assert.deepEqual(leaf.body, {comments: []});
    });
  });
});
