import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {AddressClient, canUseLoopbackAliases} from './support/address.js';
import {forEachBackend} from './support/backends.js';
import {draft, useServer} from './support/server.js';

const VICTIM = 'victim@example.com';
const VICTIM_TOKEN = 'victims-own-browser-token';

forEachBackend((backend) => {
  describe('the per-email budget', () => {
    const server = useServer(backend, {
      rateLimits: {reads: false, posts: false, postsPerEmail: {count: 5, perSeconds: 3600}},
    });

    it('cannot be spent by strangers naming the address from rotating addresses', async (t) => {
      const s = server.current;
      if (!(await canUseLoopbackAliases(s.url))) return t.skip('cannot bind 127.0.0.2');
      const statuses: number[] = [];
      for (let i = 0; i < 30; i++) {
        const client = new AddressClient(s.url, `127.0.1.${10 + i}`, 1);
        try {
          // Mostly the same text (409 after the first), with or without a token of their own.
          const body = i % 3 === 0 ? `Posing as the victim, ${i}` : 'Posing as the victim';
          const headers: Record<string, string> =
            i % 2 ? {'X-Natter-Author': `stranger-${i}-token`} : {};
          const answer = await client.post(
            '/api/comments',
            draft('/budget/victim', {body, author: {name: 'V', email: VICTIM.toUpperCase()}}),
            headers,
          );
          statuses.push(answer.status);
        } finally {
          client.close();
        }
      }
      assert.ok(
        statuses.every((status) => [201, 409, 429].includes(status)),
        String(statuses),
      );
      const mine = await s.postJson(
        '/api/comments',
        draft('/budget/victim', {author: {name: 'Victim', email: VICTIM}}),
        {'X-Natter-Author': VICTIM_TOKEN},
      );
      assert.equal(mine.status, 201, JSON.stringify(mine.body));
    });

    it('is spent only by accepted posts, and still stops the owner past it', async () => {
      const s = server.current;
      const as = (body: string) =>
        s.postJson(
          '/api/comments',
          draft('/budget/own', {body, author: {name: 'O', email: 'owner@example.com'}}),
          {'X-Natter-Author': 'owner-browser-token'},
        );
      assert.equal((await as('first')).status, 201);
      for (let i = 0; i < 10; i++) assert.equal((await as('first')).status, 409, 'a repeat');
      for (const body of ['second', 'third', 'fourth', 'fifth']) {
        assert.equal((await as(body)).status, 201, body);
      }
      const over = await as('sixth');
      assert.equal(over.status, 429);
      assert.match(over.body.error.message, /email address/);
      assert.ok(Number(over.response.headers.get('retry-after')) > 60);
    });
  });
});
