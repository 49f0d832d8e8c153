import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {AddressClient, canUseLoopbackAliases, type TimedResponse} from './support/address.js';
import {forEachBackend} from './support/backends.js';
import {draft, useServer, type TestServer} from './support/server.js';

const FLOOD_REQUESTS = 300;
const FLOOD_CONCURRENCY = 16;
const FLOOD_DEADLINE_MS = 10_000;
/** Generous: on a loaded 2-core machine the other reader is seen within tens of ms. */
const OTHER_MAX_LATENCY_MS = 2000;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs `send(i)` for i below `count` with `concurrency` in flight, stopping at
 * `deadline`; the answers come back in the order of i.
 */
async function pool(
  count: number,
  concurrency: number,
  deadline: number,
  send: (i: number) => Promise<TimedResponse>,
): Promise<TimedResponse[]> {
  const results: TimedResponse[] = [];
  let next = 0;
  const worker = async () => {
    while (next < count && Date.now() < deadline) {
      const i = next++;
      results[i] = await send(i);
    }
  };
  await Promise.all(Array.from({length: concurrency}, worker));
  return results;
}

function assertRateLimited(response: TimedResponse) {
  assert.equal(response.body.error.code, 'rate-limited');
  const retryAfter = Number(response.headers['retry-after']);
  assert.ok(Number.isInteger(retryAfter) && retryAfter >= 1, `Retry-After: ${retryAfter}`);
}

async function countIn(s: TestServer, thread: string): Promise<number> {
  const {db} = s.running.comments.services;
  const rows = await db.selectFrom('comments').select('id').where('thread', '=', thread).execute();
  return rows.length;
}

forEachBackend((backend) => {
  describe('abuse: a flood from one address', () => {
    const server = useServer(backend, {
      rateLimits: {
        reads: {count: 100, perSeconds: 60},
        posts: {count: 5, perSeconds: 60},
        postsPerEmail: {count: 20, perSeconds: 3600},
      },
    });
    it('answers the flood with 429 and Retry-After while another address is served promptly', async (t) => {
      const s = server.current;
      if (!(await canUseLoopbackAliases(s.url)))
        return t.skip('this machine cannot bind 127.0.0.2');
      const flooder = new AddressClient(s.url, '127.0.0.2', FLOOD_CONCURRENCY);
      const other = new AddressClient(s.url, '127.0.0.3', 1);
      try {
        const started = Date.now();
        let flooding = true;
        const flood = pool(FLOOD_REQUESTS, FLOOD_CONCURRENCY, started + FLOOD_DEADLINE_MS, (i) =>
          i % 2
            ? flooder.get('/api/comments?thread=/flood')
            : // A forged X-Forwarded-For must not buy a fresh budget: no proxy is trusted.
              flooder.post('/api/comments', draft('/flood'), {
                'X-Forwarded-For': `10.0.0.${i % 250}`,
              }),
        ).finally(() => (flooding = false));
        const seen: TimedResponse[] = [];
        for (let i = 0; flooding && i < 200; i++) {
          seen.push(
            i % 10 === 3 && seen.length < 40
              ? await other.post(
                  '/api/comments',
                  draft('/flood/other', {author: {name: 'O', email: 'o@example.com'}}),
                )
              : await other.get('/api/comments?thread=/flood/other'),
          );
          await pause(5);
        }
        const results = await flood;
        const elapsed = Date.now() - started;

        assert.equal(results.length, FLOOD_REQUESTS, `the flood finished in ${elapsed} ms`);
        const posts = results.filter((_, i) => i % 2 === 0);
        const reads = results.filter((_, i) => i % 2 === 1);
        for (const response of results) {
          assert.ok([200, 201, 429].includes(response.status), `flood got ${response.status}`);
          if (response.status === 429) assertRateLimited(response);
        }
        const refill = Math.ceil(elapsed / 1000) + 1;
        const postsAccepted = posts.filter((r) => r.status === 201).length;
        assert.ok(
          postsAccepted >= 5 && postsAccepted <= 5 + refill,
          `${postsAccepted} posts accepted`,
        );
        const readsAccepted = reads.filter((r) => r.status === 200).length;
        assert.ok(
          readsAccepted >= 100 && readsAccepted <= 100 + 2 * refill,
          `${readsAccepted} reads accepted`,
        );
        assert.equal(await countIn(s, '/flood'), postsAccepted);

        assert.ok(
          seen.length >= 3,
          `the other address made ${seen.length} requests during the flood`,
        );
        for (const response of seen)
          assert.ok([200, 201].includes(response.status), String(response.status));
        const slowest = Math.max(...seen.map((r) => r.ms));
        t.diagnostic(
          `flood: ${results.length} requests in ${elapsed} ms; other address: ${seen.length} requests, slowest ${Math.round(slowest)} ms`,
        );
        assert.ok(
          slowest < OTHER_MAX_LATENCY_MS,
          `the other address waited up to ${Math.round(slowest)} ms`,
        );
      } finally {
        flooder.close();
        other.close();
      }
    });
  });

  describe('abuse: budgets per address and per email', () => {
    const server = useServer(backend, {
      rateLimits: {
        reads: false,
        posts: {count: 3, perSeconds: 60},
        postsPerEmail: {count: 2, perSeconds: 3600},
      },
    });

    it('limits one address without touching another, and one email across addresses', async (t) => {
      const s = server.current;
      if (!(await canUseLoopbackAliases(s.url)))
        return t.skip('this machine cannot bind 127.0.0.2');
      const [a, b, c] = ['127.0.0.4', '127.0.0.5', '127.0.0.6'].map(
        (ip) => new AddressClient(s.url, ip, 1),
      );
      const as = (client: AddressClient, email: string) =>
        client.post('/api/comments', draft('/budgets', {author: {name: 'B', email}}));
      try {
        for (const email of ['a1@x.example', 'a2@x.example', 'a3@x.example']) {
          assert.equal((await as(a, email)).status, 201);
        }
        const limited = await as(a, 'a4@x.example');
        assert.equal(limited.status, 429);
        assertRateLimited(limited);
        assert.match(limited.body.error.message, /from this address/);
        // The email budget follows the address to another client address.
        assert.equal((await as(b, 'shared@x.example')).status, 201);
        assert.equal((await as(c, 'Shared@X.example')).status, 201);
        const byEmail = await as(b, 'shared@x.example');
        assert.equal(byEmail.status, 429);
        assert.match(byEmail.body.error.message, /email address/);
        assert.equal((await as(c, 'c@x.example')).status, 201);
      } finally {
        for (const client of [a, b, c]) client.close();
      }
    });
  });
});
