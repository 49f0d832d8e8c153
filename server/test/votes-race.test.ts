import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import {postgresBackend, type TestDatabase} from './support/backends.js';
import {ownRequests, reader} from './support/own.js';
import {startTestServer, type TestServer} from './support/server.js';
import {openEventStream} from './support/sse.js';

const backend = postgresBackend();

describe(
  'votes racing on two instances of one PostgreSQL',
  {skip: backend ? false : 'DATABASE_URL is not set'},
  () => {
    let database: TestDatabase;
    const servers: TestServer[] = [];
    before(async () => {
      database = await backend!.fresh();
      for (let i = 0; i < 2; i++) {
        servers.push(await startTestServer(database.location, {downVotes: true}));
      }
    });
    after(async () => {
      for (const server of servers) await server.running.close();
      await database?.drop();
    });

    const stored = async (id: string) => {
      const {db} = servers[0]!.running.comments.services;
      const row = await db
        .selectFrom('comments')
        .select(['votes_up', 'votes_down'])
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      const votes = await db
        .selectFrom('natter_votes')
        .select('value')
        .where('comment_id', '=', id)
        .execute();
      return {
        up: Number(row.votes_up),
        down: Number(row.votes_down),
        rows: votes.map((vote) => Number(vote.value)),
      };
    };

    it('counts one voter’s racing votes on one comment as one vote', async () => {
      const [a, b] = servers.map((server) => ownRequests(server));
      const posted = await a!.post('/race/one', reader('author'));
      const voter = reader('racer');
      for (let round = 0; round < 5; round++) {
        const answers = await Promise.all(
          Array.from({length: 10}, (_, i) => (i % 2 ? a! : b!).vote(posted.id, 1, voter)),
        );
        assert.ok(answers.every((answer) => answer.status === 200));
        assert.deepEqual(await stored(posted.id), {up: 1, down: 0, rows: [1]}, `round ${round}`);
        // Up, down and back racing: whatever wins, the counts match the one row left.
        await Promise.all(
          [1, -1, 0, 1, -1, 0].map((value, i) => (i % 2 ? a! : b!).vote(posted.id, value, voter)),
        );
        const after = await stored(posted.id);
        assert.ok(after.rows.length <= 1);
        assert.equal(after.up, after.rows.filter((value) => value === 1).length);
        assert.equal(after.down, after.rows.filter((value) => value === -1).length);
        await a!.vote(posted.id, 0, voter);
        assert.deepEqual(await stored(posted.id), {up: 0, down: 0, rows: []});
      }
    });

    it('tells the streams of the other instance about edits, votes and deletes', async () => {
      const [a] = servers.map((server) => ownRequests(server));
      const events = await openEventStream(`${servers[1]!.url}/api/events?thread=/race/live`);
      try {
        const posted = await a!.post('/race/live', reader('author'));
        assert.equal((await events.next()).event, 'created');
        assert.equal((await a!.edit(posted.id, 'Changed *here*', reader('author'))).status, 200);
        const updated = await events.next();
        assert.equal(updated.event, 'updated');
        assert.equal(updated.data.comment.body, 'Changed here');
        await a!.vote(posted.id, 1, reader('fan'));
        assert.deepEqual(await events.next(), {
          event: 'voted',
          data: {id: posted.id, votes: {up: 1, down: 0}},
        });
        await a!.remove(posted.id, reader('author'));
        assert.deepEqual(await events.next(), {event: 'deleted', data: {id: posted.id}});
      } finally {
        events.close();
      }
    });

    it('counts many voters racing on one comment exactly', async () => {
      const [a, b] = servers.map((server) => ownRequests(server));
      const posted = await a!.post('/race/many', reader('author'));
      const voters = Array.from({length: 40}, (_, i) => reader(`voter-${i}`));
      const answers = await Promise.all(
        voters.map((voter, i) => (i % 2 ? a! : b!).vote(posted.id, i % 4 === 3 ? -1 : 1, voter)),
      );
      assert.ok(answers.every((answer) => answer.status === 200));
      const counted = await stored(posted.id);
      assert.deepEqual({up: counted.up, down: counted.down}, {up: 30, down: 10});
      assert.equal(counted.rows.length, 40);
      const page = await b!.list('/race/many');
      assert.deepEqual(page.comments[0].votes, {up: 30, down: 10});
      // Half take theirs back, racing again.
      await Promise.all(
        voters.slice(0, 20).map((voter, i) => (i % 2 ? b! : a!).vote(posted.id, 0, voter)),
      );
      const left = await stored(posted.id);
      assert.deepEqual({up: left.up, down: left.down}, {up: 15, down: 5});
      assert.equal(left.rows.length, 20);
    });
  },
);
