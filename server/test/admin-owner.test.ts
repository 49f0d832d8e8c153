import assert from 'node:assert/strict';
import {after, describe, it} from 'node:test';
import {forEachBackend} from './support/backends.js';
import {openEventStream} from './support/sse.js';
import {ADMIN_TOKEN, draft, useServer, type TestServer} from './support/server.js';

const BEARER = {Authorization: `Bearer ${ADMIN_TOKEN}`};
const ALICE = {'X-Natter-Author': 'alice-browser-token'};
const BOB = {'X-Natter-Author': 'bob-browser-token'};

/** An admin request with a JSON body. */
async function send(server: TestServer, method: string, path: string, body?: unknown) {
  const response = await server.request(path, {
    method,
    headers: {...BEARER, 'Content-Type': 'application/json'},
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return {status: response.status, body: text ? JSON.parse(text) : undefined};
}

const post = async (server: TestServer, thread: string, headers = ALICE, extra = {}) =>
  (await server.postJson('/api/comments', draft(thread, extra), headers)).body.comment;

forEachBackend((backend) => {
  describe('console: queue and recent', () => {
    const server = useServer(backend, {moderation: 'first-time'});

    it('gives held comments with their parent, thread and the author’s approved count', async () => {
      const s = server.current;
      const first = await post(s, '/owner/queue');
      await send(s, 'POST', `/api/admin/comments/${first.id}/approve`);
      const second = await post(s, '/owner/queue');
      assert.equal(second.status, 'published', 'Alice is known now');
      const reply = await post(s, '/owner/queue', BOB, {parentId: first.id, body: 'x'.repeat(300)});
      const nested = await post(s, '/owner/queue', BOB, {parentId: reply.id});
      const queue = await s.getJson('/api/admin/comments', BEARER);
      assert.deepEqual(
        queue.body.comments.map((c: {id: string}) => c.id),
        [reply.id, nested.id],
        'held ones only, oldest first',
      );
      const [held, deeper] = queue.body.comments;
      assert.equal(held.thread, '/owner/queue');
      assert.equal(held.parent.id, first.id);
      assert.equal(held.parent.author.name, 'Ada');
      assert.equal(held.approvedCount, 0);
      assert.equal([...deeper.parent.body].length, 281, 'a long parent is cut short');
      assert.match(held.author.avatar, /^\/api\/avatars\/[0-9a-f]+\.svg$/);
      const recent = await s.getJson('/api/admin/comments?status=all&order=newest', BEARER);
      const ids = recent.body.comments.map((c: {id: string}) => c.id);
      assert.deepEqual(ids, [nested.id, reply.id, second.id, first.id]);
      const alice = recent.body.comments.find((c: {id: string}) => c.id === first.id);
      assert.equal(alice.approvedCount, 2);
    });

    it('filters by thread, status, author and text in any case', async () => {
      const s = server.current;
      await post(s, '/owner/other', ALICE, {body: 'Percent 100% SURE about this'});
      const bob = await post(s, '/owner/other', BOB, {body: 'no percent here'});
      const q = (query: string) =>
        s
          .getJson(`/api/admin/comments?status=all&order=newest&${query}`, BEARER)
          .then((r) => r.body.comments.map((c: {body: string}) => c.body));
      assert.deepEqual(await q('thread=/owner/other&q=sure'), ['Percent 100% SURE about this']);
      assert.deepEqual(await q('q=100%25'), ['Percent 100% SURE about this'], '% is literal');
      assert.deepEqual(await q('q=_'), [], '_ is literal');
      assert.deepEqual(await q(`author=${bob.author.avatar.slice(13, -4)}&thread=/owner/other`), [
        'no percent here',
      ]);
      const bad = await s.getJson('/api/admin/comments?status=maybe', BEARER);
      assert.equal(bad.status, 400);
      assert.equal(bad.body.error.field, 'status');
    });

    it('edits the text, keeps it marked as edited, and tells readers', async () => {
      const s = server.current;
      const mine = await post(s, '/owner/edit');
      const events = await openEventStream(`${s.url}/api/events?thread=/owner/edit`);
      after(() => events.close());
      const edited = await send(s, 'PATCH', `/api/admin/comments/${mine.id}`, {body: 'Fixed.'});
      assert.equal(edited.status, 200);
      assert.equal(edited.body.comment.body, 'Fixed.');
      assert.match(edited.body.comment.editedAt, /^\d{4}-/);
      const live = await events.next();
      assert.equal(live.event, 'updated');
      assert.equal(live.data.comment.body, 'Fixed.');
      const empty = await send(s, 'PATCH', `/api/admin/comments/${mine.id}`, {body: '  '});
      assert.equal(empty.status, 400);
      assert.equal(empty.body.error.field, 'body');
      const list = await s.getJson('/api/comments?thread=/owner/edit');
      assert.equal(list.body.comments[0].body, 'Fixed.', 'a refused edit changed nothing');
    });

    it('puts back an earlier status for Undo', async () => {
      const s = server.current;
      const held = await post(s, '/owner/undo', {'X-Natter-Author': 'carol-new-token'});
      assert.equal(held.status, 'pending');
      await send(s, 'DELETE', `/api/admin/comments/${held.id}`);
      const undone = await send(s, 'POST', `/api/admin/comments/${held.id}/status`, {
        status: 'pending',
      });
      assert.equal(undone.body.comment.status, 'pending');
      const bad = await send(s, 'POST', `/api/admin/comments/${held.id}/status`, {status: 'x'});
      assert.equal(bad.status, 400);
    });
  });

  describe('console: blocks, threads, settings, live', () => {
    const server = useServer(backend, {moderation: 'none'});

    it('holds or drops a blocked author’s new comments, by token and by email', async () => {
      const s = server.current;
      const first = await post(s, '/owner/block', BOB);
      const block = await send(s, 'POST', '/api/admin/blocks', {commentId: first.id});
      assert.equal(block.status, 201);
      assert.equal(block.body.block.action, 'hold');
      assert.equal(block.body.block.hasEmail, true);
      assert.equal((await post(s, '/owner/block', BOB)).status, 'pending');
      const otherBrowser = await post(s, '/owner/block', {'X-Natter-Author': 'bob-laptop-x'});
      assert.equal(otherBrowser.status, 'pending', 'the same email from another browser');
      const flagged = await s.getJson('/api/admin/comments', BEARER);
      assert.ok(flagged.body.comments.every((c: {blocked?: boolean}) => c.blocked === true));

      const drop = await send(s, 'POST', '/api/admin/blocks', {
        commentId: first.id,
        action: 'drop',
      });
      const before = await s.rowCount();
      const dropped = await s.postJson('/api/comments', draft('/owner/block'), BOB);
      assert.equal(dropped.status, 201, 'the poster is told nothing');
      assert.equal(dropped.body.comment.status, 'pending');
      assert.equal(await s.rowCount(), before, 'and nothing is stored');

      const list = await s.getJson('/api/admin/blocks', BEARER);
      assert.deepEqual(
        list.body.blocks.map((b: {id: string}) => b.id),
        [drop.body.block.id],
        'a second block of the same author replaces the first',
      );
      assert.equal(
        (await send(s, 'DELETE', `/api/admin/blocks/${drop.body.block.id}`)).status,
        204,
      );
      assert.equal((await post(s, '/owner/block', BOB)).status, 'published');
      assert.equal(
        (await send(s, 'DELETE', `/api/admin/blocks/${drop.body.block.id}`)).status,
        404,
      );
    });

    it('closes a thread to new comments, says so in its list, and reopens it', async () => {
      const s = server.current;
      await post(s, '/owner/closing');
      const before = await s.request('/api/comments?thread=/owner/closing');
      const etag = before.headers.get('ETag');
      const closed = await send(s, 'POST', '/api/admin/threads/close', {thread: '/owner/closing'});
      assert.equal(closed.body.thread.closed, true);
      assert.equal(closed.body.thread.published, 1);
      const list = await s.request('/api/comments?thread=/owner/closing', {
        headers: {'If-None-Match': etag ?? ''},
      });
      assert.equal(list.status, 200, 'the cached list is stale now');
      assert.equal(((await list.json()) as {closed?: boolean}).closed, true);
      const refused = await s.postJson('/api/comments', draft('/owner/closing'), ALICE);
      assert.equal(refused.status, 403);
      assert.equal(refused.body.error.code, 'closed');
      const threads = await s.getJson('/api/admin/threads', BEARER);
      const row = threads.body.threads.find((t: {thread: string}) => t.thread === '/owner/closing');
      assert.equal(row.closed, true);
      await send(s, 'POST', '/api/admin/threads/reopen', {thread: '/owner/closing'});
      assert.equal((await s.postJson('/api/comments', draft('/owner/closing'), ALICE)).status, 201);
      const open = await s.getJson('/api/comments?thread=/owner/closing');
      assert.equal(open.body.closed, undefined);
    });

    it('shows the settings it runs with', async () => {
      const {body} = await server.current.getJson('/api/admin/settings', BEARER);
      assert.equal(body.moderation, 'none');
      assert.equal(body.database, backend.name === 'postgres' ? 'postgres' : 'sqlite');
      assert.equal(body.site, server.current.url);
      assert.equal(body.passwordSet, false);
    });

    it('streams every change to the console, held comments included', async () => {
      const s = server.current;
      const stream = await openEventStream(`${s.url}/api/admin/events`, BEARER);
      after(() => stream.close());
      const bob = await post(s, '/owner/live', BOB);
      await send(s, 'POST', '/api/admin/blocks', {commentId: bob.id});
      const held = await post(s, '/owner/live', BOB);
      const seen = [await stream.next(), await stream.next()];
      assert.deepEqual(
        seen.map((e) => [e.event, e.data.comment.id, e.data.comment.status]),
        [
          ['comment', bob.id, 'published'],
          ['comment', held.id, 'pending'],
        ],
      );
      assert.equal(seen[1].data.comment.blocked, true);
    });
  });
});
