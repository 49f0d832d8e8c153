import assert from 'node:assert/strict';
import {after, describe, it} from 'node:test';
import {forEachBackend} from './support/backends.js';
import {ownRequests, reader} from './support/own.js';
import {ADMIN_TOKEN, useServer} from './support/server.js';
import {openEventStream} from './support/sse.js';

const ALICE = reader('alice');
const BOB = reader('bob');
type Json = {id: string; [key: string]: unknown};
const find = (page: {comments: Json[]}, id: string) => page.comments.find((c) => c.id === id);

forEachBackend((backend) => {
  describe('own comments: edit and delete', () => {
    const server = useServer(backend, {editWindowMs: 60_000});
    const streams: {close(): void}[] = [];
    after(() => streams.forEach((s) => s.close()));
    const own = () => ownRequests(server.current);

    it('lets the author change the text: stored as written, plain text beside it, seen by everyone', async () => {
      const events = await openEventStream(`${server.current.url}/api/events?thread=/own/edit`);
      streams.push(events);
      const posted = await own().post('/own/edit', ALICE, {body: 'First **try**'});
      assert.equal(posted.body, 'First try');
      assert.equal(posted.markdown, 'First **try**');
      assert.equal(posted.own, true);
      assert.equal(
        Date.parse(posted.editableUntil) - Date.parse(posted.createdAt),
        60_000,
        'editableUntil is the post time plus the window',
      );
      assert.equal((await events.next()).event, 'created');
      const edited = await own().edit(posted.id, 'Second *try* with `code`', ALICE);
      assert.equal(edited.status, 200);
      assert.equal(edited.body.comment.body, 'Second try with code');
      assert.equal(edited.body.comment.markdown, 'Second *try* with `code`');
      assert.ok(Date.parse(edited.body.comment.editedAt) >= Date.parse(posted.createdAt));
      const event = await events.next();
      assert.equal(event.event, 'updated');
      assert.equal(event.data.comment.body, 'Second try with code');
      assert.equal(event.data.comment.editedAt, edited.body.comment.editedAt);
      assert.equal(event.data.comment.own, undefined, 'the shared stream names no owner');
      const theirs = find(await own().list('/own/edit', BOB), posted.id)!;
      assert.equal(theirs.markdown, 'Second *try* with `code`');
      assert.equal(theirs.editedAt, edited.body.comment.editedAt);
      assert.equal(theirs.own, undefined);
      assert.equal(theirs.editableUntil, undefined);
      const mine = find(await own().list('/own/edit', ALICE), posted.id)!;
      assert.equal(mine.own, true);
      assert.equal(mine.editableUntil, posted.editableUntil);
    });

    it('refuses edits of someone else’s comment, of no comment, and of bad text', async () => {
      const posted = await own().post('/own/refuse', ALICE);
      const theirs = await own().edit(posted.id, 'Hijacked', BOB);
      assert.equal(theirs.status, 403);
      assert.equal(theirs.body.error.code, 'forbidden');
      assert.match(theirs.body.error.message, /not yours/);
      const anonymous = await own().edit(posted.id, 'Hijacked', {});
      assert.equal(anonymous.status, 403);
      const missing = await own().edit('no-such-comment', 'Text', ALICE);
      assert.equal(missing.status, 404);
      assert.equal(missing.body.error.code, 'not-found');
      for (const bad of ['', '   ', 42, null, '```\n```', 'x'.repeat(5001)]) {
        const answer = await own().edit(posted.id, bad, ALICE);
        assert.equal(answer.status, 400, JSON.stringify(bad));
        assert.equal(answer.body.error.code, 'validation');
        assert.equal(answer.body.error.field, 'body');
      }
      const list = await own().list('/own/refuse');
      assert.equal(find(list, posted.id)!.body, posted.body, 'nothing was changed');
    });

    it('deletes the author’s comment: gone without replies, a tombstone with them', async () => {
      const events = await openEventStream(`${server.current.url}/api/events?thread=/own/delete`);
      streams.push(events);
      const lone = await own().post('/own/delete', ALICE);
      const parent = await own().post('/own/delete', ALICE);
      const reply = await own().post('/own/delete', BOB, {parentId: parent.id});
      for (let i = 0; i < 3; i++) await events.next();

      const someoneElse = await own().remove(lone.id, BOB);
      assert.equal(someoneElse.status, 403);
      assert.equal(someoneElse.body.error.code, 'forbidden');

      const gone = await own().remove(lone.id, ALICE);
      assert.equal(gone.status, 200);
      assert.deepEqual(gone.body, {comment: null});
      assert.deepEqual(await events.next(), {event: 'deleted', data: {id: lone.id}});

      const kept = await own().remove(parent.id, ALICE);
      assert.equal(kept.status, 200);
      assert.equal(kept.body.comment.status, 'deleted');
      assert.equal(kept.body.comment.body, '');
      assert.equal(kept.body.comment.author.name, '');
      const event = await events.next();
      assert.equal(event.event, 'updated');
      assert.equal(event.data.comment.status, 'deleted');

      const list = await own().list('/own/delete', BOB);
      assert.deepEqual(
        list.comments.map((c: Json) => [c.id, c.status]),
        [
          [parent.id, 'deleted'],
          [reply.id, 'published'],
        ],
      );
      assert.equal(list.total, 1);
      assert.equal(
        (await own().remove(lone.id, ALICE)).status,
        404,
        'a second delete finds nothing',
      );
      assert.equal(
        (await own().edit(parent.id, 'Back', ALICE)).status,
        404,
        'nor can it be edited',
      );
    });

    it('has the console edit the source of a Markdown comment, and the text of an old one', async () => {
      const {db} = server.current.running.comments.services;
      const written = await own().post('/own/console', ALICE, {body: 'Was *this*'});
      const old = await own().post('/own/console', ALICE);
      await db.updateTable('comments').set({markdown: null}).where('id', '=', old.id).execute();
      const patch = (id: string, body: string) =>
        server.current.request(`/api/admin/comments/${id}`, {
          method: 'PATCH',
          headers: {Authorization: `Bearer ${ADMIN_TOKEN}`, 'Content-Type': 'application/json'},
          body: JSON.stringify({body}),
        });
      type Answer = {comment: {markdown?: string; body: string}};
      const changed = (await (await patch(written.id, 'Now **that**')).json()) as Answer;
      assert.equal(changed.comment.markdown, 'Now **that**');
      assert.equal(changed.comment.body, 'Now that');
      const plain = (await (await patch(old.id, 'Plain *stays* plain')).json()) as Answer;
      assert.equal(plain.comment.markdown, undefined);
      assert.equal(plain.comment.body, 'Plain *stays* plain');
      const listed = await own().list('/own/console');
      assert.equal(find(listed, written.id)!.body, 'Now that');
      assert.equal(find(listed, old.id)!.markdown, undefined);
    });

    it('lets the author edit and delete a held comment', async () => {
      const {db} = server.current.running.comments.services;
      const posted = await own().post('/own/held', ALICE);
      await db
        .updateTable('comments')
        .set({status: 'pending'})
        .where('id', '=', posted.id)
        .execute();
      assert.equal((await own().edit(posted.id, 'Still waiting', BOB)).status, 404);
      const edited = await own().edit(posted.id, 'Still waiting', ALICE);
      assert.equal(edited.status, 200);
      assert.equal(edited.body.comment.status, 'pending');
      assert.equal((await own().remove(posted.id, ALICE)).status, 200);
      assert.deepEqual((await own().list('/own/held', ALICE)).comments, []);
    });
  });

  describe('own comments: the edit window', () => {
    const short = useServer(backend, {editWindowMs: 300});
    const off = useServer(backend, {editWindowMs: 0});

    it('refuses an edit once the window has passed, saying so; deleting still works', async () => {
      const own = ownRequests(short.current);
      const posted = await own.post('/window/short', ALICE);
      assert.equal((await own.edit(posted.id, 'In time', ALICE)).status, 200);
      await new Promise((resolve) => setTimeout(resolve, 400));
      const late = await own.edit(posted.id, 'Too late', ALICE);
      assert.equal(late.status, 403);
      assert.equal(late.body.error.code, 'forbidden');
      assert.match(late.body.error.message, /time to edit this comment has passed/);
      assert.equal((await own.remove(posted.id, ALICE)).status, 200);
    });

    it('turns editing off with a window of 0', async () => {
      const own = ownRequests(off.current);
      const posted = await own.post('/window/off', ALICE);
      assert.equal(posted.own, true);
      assert.equal(posted.editableUntil, undefined);
      const refused = await own.edit(posted.id, 'Changed', ALICE);
      assert.equal(refused.status, 403);
      assert.match(refused.body.error.message, /turned off/);
    });
  });

  describe('own comments: rate limits', () => {
    const server = useServer(backend, {
      rateLimits: {reads: false, posts: {count: 2, perSeconds: 3600}, postsPerEmail: false},
    });

    it('counts edits against the post budget of the address', async () => {
      const own = ownRequests(server.current);
      const posted = await own.post('/own/limits', ALICE);
      assert.equal((await own.edit(posted.id, 'One edit', ALICE)).status, 200);
      const refused = await own.edit(posted.id, 'Another edit', ALICE);
      assert.equal(refused.status, 429);
      assert.equal(refused.body.error.code, 'rate-limited');
      assert.ok(Number(refused.response.headers.get('Retry-After')) > 0);
    });
  });
});
