import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import {AddressClient, canUseLoopbackAliases} from './support/address.js';
import {forEachBackend, type TestDatabase} from './support/backends.js';
import {draft, startTestServer, type TestServer} from './support/server.js';

const rateLimits = {
  reads: {count: 6, perSeconds: 600},
  posts: {count: 3, perSeconds: 600},
  postsPerEmail: {count: 2, perSeconds: 3600},
};

forEachBackend((backend) => {
  describe('rate limits with two instances on one database', () => {
    let database: TestDatabase;
    let a: TestServer;
    let b: TestServer;
    before(async () => {
      database = await backend.fresh();
      a = await startTestServer(database.location, {rateLimits});
      b = await startTestServer(database.location, {rateLimits});
    });
    after(async () => {
      await a?.running.close();
      await b?.running.close();
      await database?.drop();
    });

    /** One client address, talking to both instances. */
    async function clientsFor(address: string, t: {skip(why: string): void}) {
      if (!(await canUseLoopbackAliases(a.url))) {
        t.skip('cannot bind 127.0.0.2');
        return null;
      }
      return [new AddressClient(a.url, address, 8), new AddressClient(b.url, address, 8)] as const;
    }

    if (backend.name === 'sqlite') {
      it('keeps the buckets in each instance on SQLite (one instance per file)', async (t) => {
        const clients = await clientsFor('127.0.2.1', t);
        if (!clients) return;
        const [onA, onB] = clients;
        try {
          for (let i = 0; i < 6; i++)
            assert.equal((await onA.get('/api/counts?thread=/s')).status, 200);
          assert.equal((await onA.get('/api/counts?thread=/s')).status, 429);
          assert.equal((await onB.get('/api/counts?thread=/s')).status, 200);
        } finally {
          onA.close();
          onB.close();
        }
      });
      return;
    }

    it('shares the read and post budgets of one address across instances', async (t) => {
      const clients = await clientsFor('127.0.2.2', t);
      if (!clients) return;
      const [onA, onB] = clients;
      try {
        for (const client of [onA, onB, onA, onB, onA, onB]) {
          assert.equal((await client.get('/api/counts?thread=/shared')).status, 200);
        }
        for (const client of [onA, onB]) {
          const over = await client.get('/api/counts?thread=/shared');
          assert.equal(over.status, 429);
          assert.ok(Number(over.headers['retry-after']) >= 1);
        }
        const post = (client: AddressClient, i: number) =>
          client.post(
            '/api/comments',
            draft('/shared', {author: {name: 'S', email: `s${i}@x.example`}}),
          );
        assert.equal((await post(onA, 1)).status, 201);
        assert.equal((await post(onB, 2)).status, 201);
        assert.equal((await post(onB, 3)).status, 201);
        assert.equal((await post(onA, 4)).status, 429);
        assert.equal((await post(onB, 5)).status, 429);
      } finally {
        onA.close();
        onB.close();
      }
    });

    it('grants exactly the budget to concurrent posts spread over both instances', async (t) => {
      const clients = await clientsFor('127.0.2.3', t);
      if (!clients) return;
      try {
        const answers = await Promise.all(
          Array.from({length: 16}, (_, i) =>
            clients[i % 2]!.post(
              '/api/comments',
              draft('/shared/race', {author: {name: 'R', email: `r${i}@x.example`}}),
            ),
          ),
        );
        const statuses = answers.map((answer) => answer.status);
        assert.equal(statuses.filter((s) => s === 201).length, 3, String(statuses));
        assert.equal(statuses.filter((s) => s === 429).length, 13, String(statuses));
      } finally {
        for (const client of clients) client.close();
      }
    });

    it('shares the per-email budget across instances and addresses', async (t) => {
      const clients = await clientsFor('127.0.2.4', t);
      if (!clients) return;
      const other = new AddressClient(b.url, '127.0.2.5', 1);
      try {
        const as = (client: AddressClient, body: string) =>
          client.post(
            '/api/comments',
            draft('/shared/email', {body, author: {name: 'E', email: 'e@x.example'}}),
            {'X-Natter-Author': 'shared-email-token'},
          );
        assert.equal((await as(clients[0], 'one')).status, 201);
        assert.equal((await as(clients[1], 'two')).status, 201);
        const over = await as(other, 'three');
        assert.equal(over.status, 429);
        assert.match(over.body.error.message, /email address/);
      } finally {
        for (const client of clients) client.close();
        other.close();
      }
    });
    it('keeps apart the buckets of an instance started with other limits', async (t) => {
      const clients = await clientsFor('127.0.2.6', t);
      if (!clients) return;
      const stricter = await startTestServer(database.location, {
        rateLimits: {...rateLimits, reads: {count: 2, perSeconds: 600}},
      });
      const onC = new AddressClient(stricter.url, '127.0.2.6', 1);
      try {
        const read = (client: AddressClient) => client.get('/api/counts?thread=/apart');
        assert.equal((await read(onC)).status, 200);
        assert.equal((await read(onC)).status, 200);
        assert.equal((await read(onC)).status, 429);
        for (let i = 0; i < 6; i++) assert.equal((await read(clients[i % 2]!)).status, 200);
        assert.equal((await read(clients[0])).status, 429);
      } finally {
        onC.close();
        for (const client of clients) client.close();
        await stricter.running.close();
      }
    });
  });
});
