import assert from 'node:assert/strict';
import {after, describe, it} from 'node:test';
import {forEachBackend} from './support/backends.js';
import {ownRequests, reader} from './support/own.js';
import {useServer} from './support/server.js';
import {openEventStream} from './support/sse.js';

const ALICE = reader('alice');
const BOB = reader('bob');
const CAROL = reader('carol');
type Json = {id: string; [key: string]: unknown};
const find = (page: {comments: Json[]}, id: string) => page.comments.find((c) => c.id === id);

forEachBackend((backend) => {
  describe('votes: up only (the default)', () => {
    const server = useServer(backend);
    const streams: {close(): void}[] = [];
    after(() => streams.forEach((s) => s.close()));
    const own = () => ownRequests(server.current);

    it('counts one vote per voter, takes it back with 0, and tells subscribers the counts', async () => {
      const events = await openEventStream(`${server.current.url}/api/events?thread=/votes/up`);
      streams.push(events);
      const posted = await own().post('/votes/up', ALICE);
      assert.deepEqual(posted.votes, {up: 0, down: 0});
      await events.next();
      const first = await own().vote(posted.id, 1, BOB);
      assert.equal(first.status, 200);
      assert.deepEqual(first.body, {votes: {up: 1, down: 0}, myVote: 1});
      assert.deepEqual(await events.next(), {
        event: 'voted',
        data: {id: posted.id, votes: {up: 1, down: 0}},
      });
      const again = await own().vote(posted.id, 1, BOB);
      assert.deepEqual(
        again.body,
        {votes: {up: 1, down: 0}, myVote: 1},
        'a second vote changes nothing',
      );
      await own().vote(posted.id, 1, CAROL);
      const page = await own().list('/votes/up', BOB);
      assert.deepEqual(find(page, posted.id)!.votes, {up: 2, down: 0});
      assert.equal(find(page, posted.id)!.myVote, 1);
      const anonymous = find(await own().list('/votes/up'), posted.id)!;
      assert.deepEqual(anonymous.votes, {up: 2, down: 0});
      assert.equal(anonymous.myVote, undefined);
      const back = await own().vote(posted.id, 0, BOB);
      assert.deepEqual(back.body, {votes: {up: 1, down: 0}});
      assert.equal(find(await own().list('/votes/up', BOB), posted.id)!.myVote, undefined);
      const heard = [await events.next(), await events.next()];
      assert.deepEqual(
        heard.map((event) => event.data.votes.up),
        [2, 1],
      );
    });

    it('refuses a down-vote, a vote on one’s own comment, an anonymous vote and bad values', async () => {
      const posted = await own().post('/votes/refuse', ALICE);
      const down = await own().vote(posted.id, -1, BOB);
      assert.equal(down.status, 400);
      assert.equal(down.body.error.field, 'value');
      const mine = await own().vote(posted.id, 1, ALICE);
      assert.equal(mine.status, 403);
      assert.equal(mine.body.error.code, 'forbidden');
      assert.match(mine.body.error.message, /own comment/);
      assert.equal((await own().vote(posted.id, 1, {})).status, 403);
      for (const bad of [2, '1', true, null, 0.5]) {
        const answer = await own().vote(posted.id, bad, BOB);
        assert.equal(answer.status, 400, JSON.stringify(bad));
        assert.equal(answer.body.error.field, 'value');
      }
      assert.equal((await own().vote('no-such-comment', 1, BOB)).status, 404);
      assert.deepEqual(find(await own().list('/votes/refuse'), posted.id)!.votes, {up: 0, down: 0});
    });

    it('answers not-found for a vote on a held or deleted comment', async () => {
      const {db} = server.current.running.comments.services;
      const held = await own().post('/votes/hidden', ALICE);
      const deleted = await own().post('/votes/hidden', ALICE);
      await db.updateTable('comments').set({status: 'pending'}).where('id', '=', held.id).execute();
      assert.equal((await own().remove(deleted.id, ALICE)).status, 200);
      for (const id of [held.id, deleted.id]) {
        const answer = await own().vote(id, 1, BOB);
        assert.equal(answer.status, 404);
        assert.equal(answer.body.error.code, 'not-found');
      }
    });

    it('moves the ETag of a list when a vote changes it, and keeps a voter’s answer private', async () => {
      const posted = await own().post('/votes/etag', ALICE);
      const before = await server.current.getJson('/api/comments?thread=/votes/etag');
      const etag = before.response.headers.get('ETag')!;
      const same = await server.current.request('/api/comments?thread=/votes/etag', {
        headers: {'If-None-Match': etag},
      });
      assert.equal(same.status, 304);
      await own().vote(posted.id, 1, BOB);
      const after = await server.current.request('/api/comments?thread=/votes/etag', {
        headers: {'If-None-Match': etag},
      });
      assert.equal(after.status, 200);
      assert.notEqual(after.headers.get('ETag'), etag);
      assert.match(after.headers.get('Cache-Control')!, /^public/);
      const voter = await server.current.getJson('/api/comments?thread=/votes/etag', BOB);
      assert.match(voter.response.headers.get('Cache-Control')!, /^private/);
      assert.notEqual(voter.response.headers.get('ETag'), after.headers.get('ETag'));
    });
  });

  describe('votes: with down-votes', () => {
    const server = useServer(backend, {downVotes: true});

    it('changes a vote from up to down and says down-votes are on in the list', async () => {
      const own = ownRequests(server.current);
      const posted = await own.post('/votes/down', ALICE);
      assert.deepEqual((await own.vote(posted.id, 1, BOB)).body, {
        votes: {up: 1, down: 0},
        myVote: 1,
      });
      assert.deepEqual((await own.vote(posted.id, -1, BOB)).body, {
        votes: {up: 0, down: 1},
        myVote: -1,
      });
      await own.vote(posted.id, -1, CAROL);
      const page = await own.list('/votes/down', BOB);
      assert.equal(page.downVotes, true);
      assert.deepEqual(find(page, posted.id)!.votes, {up: 0, down: 2});
      assert.equal(find(page, posted.id)!.myVote, -1);
    });
  });

  describe('votes: rate limits', () => {
    const server = useServer(backend, {
      rateLimits: {
        reads: false,
        posts: false,
        postsPerEmail: false,
        votes: {count: 4, perSeconds: 3600},
        votesPerVoter: {count: 2, perSeconds: 3600},
      },
    });

    it('limits votes per voter and per address', async () => {
      const own = ownRequests(server.current);
      const posted = await own.post('/votes/limits', ALICE);
      assert.equal((await own.vote(posted.id, 1, BOB)).status, 200);
      assert.equal((await own.vote(posted.id, 0, BOB)).status, 200);
      const voter = await own.vote(posted.id, 1, BOB);
      assert.equal(voter.status, 429, 'the third vote of one voter');
      assert.equal(voter.body.error.code, 'rate-limited');
      assert.equal((await own.vote(posted.id, 1, CAROL)).status, 200);
      const address = await own.vote(posted.id, 0, CAROL);
      assert.equal(address.status, 429, 'the fifth vote from one address');
      assert.ok(Number(address.response.headers.get('Retry-After')) > 0);
    });
  });
});
