import assert from 'node:assert/strict';
import {after, describe, it} from 'node:test';
import {forEachBackend} from './support/backends.js';
import {draft, useServer} from './support/server.js';
import {openEventStream} from './support/sse.js';

const ALICE = {'X-Natter-Author': 'alice-browser-token'};
const BOB = {'X-Natter-Author': 'bob-browser-token'};

forEachBackend((backend) => {
  describe('moderation: all', () => {
    const server = useServer(backend, {moderation: 'all'});
    const streams: {close(): void}[] = [];
    after(() => streams.forEach((s) => s.close()));

    it('holds every comment and shows it only to its author', async () => {
      const {status, body} = await server.current.postJson(
        '/api/comments',
        draft('/mod/all'),
        ALICE,
      );
      assert.equal(status, 201);
      assert.equal(body.comment.status, 'pending');
      const mine = await server.current.getJson('/api/comments?thread=/mod/all', ALICE);
      assert.deepEqual(
        mine.body.comments.map((c: {status: string}) => c.status),
        ['pending'],
      );
      assert.equal(mine.body.total, 1);
      const link = `/api/comments/${body.comment.id}/context?thread=/mod/all`;
      assert.equal(
        (await server.current.getJson(link, ALICE)).status,
        200,
        'its author follows a link to it',
      );
      for (const headers of [BOB, {}]) {
        const theirs = await server.current.getJson('/api/comments?thread=/mod/all', headers);
        assert.deepEqual(theirs.body, {comments: [], total: 0});
        assert.equal((await server.current.getJson(link, headers)).status, 404, 'nobody else does');
        const counts = await server.current.getJson('/api/counts?thread=/mod/all', headers);
        assert.deepEqual(counts.body.counts, {'/mod/all': 0});
      }
      assert.deepEqual(
        (await server.current.getJson('/api/counts?thread=/mod/all', ALICE)).body.counts,
        {
          '/mod/all': 1,
        },
      );
    });

    it('lists held comments for the admin with thread and email, and approving publishes and broadcasts', async () => {
      const events = await openEventStream(`${server.current.url}/api/events?thread=/mod/all`);
      streams.push(events);
      const queue = await server.current.admin('GET', '/api/admin/comments?status=pending');
      assert.equal(queue.status, 200);
      assert.equal(queue.body.comments.length, 1);
      const held = queue.body.comments[0];
      assert.equal(held.thread, '/mod/all');
      assert.equal(held.author.email, 'ada@example.com');
      const approved = await server.current.admin('POST', `/api/admin/comments/${held.id}/approve`);
      assert.equal(approved.status, 200);
      const event = await events.next();
      assert.equal(event.event, 'created');
      assert.equal(event.data.comment.id, held.id);
      assert.equal(event.data.comment.status, 'published');
      const list = await server.current.getJson('/api/comments?thread=/mod/all', BOB);
      assert.deepEqual(
        list.body.comments.map((c: {id: string}) => c.id),
        [held.id],
      );
      const empty = await server.current.admin('GET', '/api/admin/comments?status=pending');
      assert.equal(empty.body.comments.length, 0);
    });

    it('hides spam from everyone, its author included', async () => {
      const {body} = await server.current.postJson('/api/comments', draft('/mod/spam'), ALICE);
      const marked = await server.current.admin(
        'POST',
        `/api/admin/comments/${body.comment.id}/spam`,
      );
      assert.equal(marked.body.comment.status, 'spam');
      for (const headers of [ALICE, BOB]) {
        const list = await server.current.getJson('/api/comments?thread=/mod/spam', headers);
        assert.equal(list.body.total, 0);
      }
      const missing = await server.current.admin('POST', '/api/admin/comments/01nosuch/approve');
      assert.equal(missing.status, 404);
    });
  });

  describe('moderation: first-time', () => {
    const server = useServer(backend, {moderation: 'first-time', emailOptional: true});

    it('holds an author until one of their comments is published', async () => {
      const first = await server.current.postJson('/api/comments', draft('/mod/first'), ALICE);
      assert.equal(first.body.comment.status, 'pending');
      const again = await server.current.postJson('/api/comments', draft('/mod/first'), ALICE);
      assert.equal(again.body.comment.status, 'pending');
      await server.current.admin('POST', `/api/admin/comments/${first.body.comment.id}/approve`);
      const known = await server.current.postJson('/api/comments', draft('/mod/first'), ALICE);
      assert.equal(known.body.comment.status, 'published');
      const stranger = await server.current.postJson(
        '/api/comments',
        draft('/mod/first', {author: {name: 'New', email: 'new@example.com'}}),
        BOB,
      );
      assert.equal(stranger.body.comment.status, 'pending');
    });

    it('trusts only the approved token, never a typed email or name', async () => {
      const s = server.current;
      const carol = {'X-Natter-Author': 'carol-browser-token'};
      const alice = draft('/mod/impostor', {author: {name: 'Alice', email: 'alice@example.com'}});
      const first = await s.postJson('/api/comments', alice, carol);
      await s.admin('POST', `/api/admin/comments/${first.body.comment.id}/approve`);
      const tokenless = draft('/mod/impostor', {author: {name: 'Carol'}});
      const noEmail = await s.postJson('/api/comments', tokenless);
      await s.admin('POST', `/api/admin/comments/${noEmail.body.comment.id}/approve`);
      const attempts: [Record<string, unknown>, Record<string, string>][] = [
        [{name: 'Alice', email: 'ALICE@example.com'}, {}],
        [{name: 'Alice', email: 'alice@example.com'}, {}],
        [{name: 'Alice', email: 'alice@example.com'}, {'X-Natter-Author': 'impostor-token-1'}],
        [{name: 'Alice'}, {}],
        [{name: 'CAROL'}, {}],
        [{name: 'Carol'}, {}],
      ];
      const avatars = new Set([first.body.comment.author.avatar]);
      for (const [author, headers] of attempts) {
        const {status, body} = await s.postJson(
          '/api/comments',
          draft('/mod/impostor', {author}),
          headers,
        );
        assert.equal(status, 201);
        assert.equal(body.comment.status, 'pending', JSON.stringify(author));
        assert.equal(avatars.has(body.comment.author.avatar), false, 'no one else’s avatar');
        avatars.add(body.comment.author.avatar);
      }
      const real = await s.postJson(
        '/api/comments',
        draft('/mod/impostor', {author: {name: 'A'}}),
        carol,
      );
      assert.equal(real.body.comment.status, 'published');
      assert.equal(real.body.comment.author.avatar, first.body.comment.author.avatar);
    });

    it('tells a tokenless poster their held comment is pending, with its text', async () => {
      const s = server.current;
      const sent = draft('/mod/untokened', {body: 'Held, and mine'});
      const variants: Record<string, string>[] = [
        {},
        {'X-Natter-Author': 'short'},
        {'X-Natter-Author': ''},
      ];
      for (const headers of variants) {
        const {status, body} = await s.postJson(
          '/api/comments',
          {
            ...sent,
            body: `${sent.body} ${Object.keys(headers).length}${JSON.stringify(headers).length}`,
          },
          headers,
        );
        assert.equal(status, 201);
        assert.equal(body.comment.status, 'pending');
        assert.match(body.comment.body, /^Held, and mine/);
        assert.equal(body.comment.author.name, 'Ada');
      }
      const keyed = {'Idempotency-Key': 'untokened-1'};
      const once = await s.postJson('/api/comments', draft('/mod/untokened'), keyed);
      const again = await s.postJson(
        '/api/comments',
        draft('/mod/untokened', {body: once.body.comment.body}),
        keyed,
      );
      assert.equal(again.status, 200);
      assert.deepEqual(again.body.comment, once.body.comment);
      assert.equal(again.body.comment.status, 'pending');
      const guess = await s.postJson(
        '/api/comments',
        draft('/mod/untokened', {body: once.body.comment.body}),
      );
      assert.equal(guess.status, 201, 'a guess of a held text is not confirmed by a 409');
      const list = await s.getJson('/api/comments?thread=/mod/untokened');
      assert.deepEqual(list.body, {comments: [], total: 0}, 'still hidden from readers');
    });
  });

  describe('moderation: none, and deleting', () => {
    const server = useServer(backend, {moderation: 'none'});

    it('publishes at once', async () => {
      const {body} = await server.current.postJson('/api/comments', draft('/mod/none'));
      assert.equal(body.comment.status, 'published');
    });

    it('turns a deleted comment with replies into a tombstone and removes one without', async () => {
      const s = server.current;
      const events = await openEventStream(`${s.url}/api/events?thread=/mod/tomb`);
      try {
        const parent = (await s.postJson('/api/comments', draft('/mod/tomb'))).body.comment;
        const reply = (await s.postJson('/api/comments', draft('/mod/tomb', {parentId: parent.id})))
          .body.comment;
        const lone = (await s.postJson('/api/comments', draft('/mod/tomb'))).body.comment;
        for (let i = 0; i < 3; i++) assert.equal((await events.next()).event, 'created');

        assert.equal((await s.admin('DELETE', `/api/admin/comments/${parent.id}`)).status, 200);
        const tombEvent = await events.next();
        assert.equal(tombEvent.event, 'updated');
        assert.deepEqual(tombEvent.data.comment, {
          id: parent.id,
          parentId: null,
          author: {name: ''},
          body: '',
          createdAt: parent.createdAt,
          status: 'deleted',
        });
        await s.admin('DELETE', `/api/admin/comments/${lone.id}`);
        assert.deepEqual(await events.next(), {event: 'deleted', data: {id: lone.id}});

        const list = await s.getJson('/api/comments?thread=/mod/tomb');
        assert.deepEqual(
          list.body.comments.map((c: {id: string; status: string; body: string}) => [
            c.id,
            c.status,
            c.body,
          ]),
          [
            [parent.id, 'deleted', ''],
            [reply.id, 'published', reply.body],
          ],
        );
        assert.equal(list.body.total, 1);

        // Without its last reply, the tombstone has nothing left to hold up.
        await s.admin('DELETE', `/api/admin/comments/${reply.id}`);
        assert.deepEqual(await events.next(), {event: 'deleted', data: {id: reply.id}});
        assert.deepEqual(await events.next(), {event: 'deleted', data: {id: parent.id}});
        assert.deepEqual((await s.getJson('/api/comments?thread=/mod/tomb')).body, {
          comments: [],
          total: 0,
        });
      } finally {
        events.close();
      }
    });

    it('never returns an email address outside the admin routes', async () => {
      const s = server.current;
      const email = 'secret.address@example.org';
      const events = await openEventStream(`${s.url}/api/events?thread=/mod/email`);
      try {
        const texts: string[] = [];
        const posted = await s.postJson(
          '/api/comments',
          draft('/mod/email', {author: {name: 'S', email}}),
          ALICE,
        );
        texts.push(JSON.stringify(posted.body));
        const reply = await s.postJson(
          '/api/comments',
          draft('/mod/email', {parentId: posted.body.comment.id, author: {name: 'S', email}}),
          ALICE,
        );
        texts.push(JSON.stringify(reply.body));
        for (const path of [
          '/api/comments?thread=/mod/email',
          `/api/comments/${posted.body.comment.id}/replies`,
          '/api/counts?thread=/mod/email',
        ]) {
          texts.push(await (await s.request(path, {headers: ALICE})).text());
        }
        texts.push(JSON.stringify(await events.next()), JSON.stringify(await events.next()));
        for (const text of texts) assert.ok(!text.toLowerCase().includes('secret.address'), text);
        assert.equal(texts.length, 7);
      } finally {
        events.close();
      }
    });
  });
});
