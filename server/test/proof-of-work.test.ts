import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {solveChallenge} from 'altcha-lib/v1';
import {forEachBackend} from './support/backends.js';
import {draft, useServer, type TestServer} from './support/server.js';

/** Fetches a challenge and solves it as the widget does, returning the X-Natter-Proof value. */
async function proofFrom(s: TestServer): Promise<string> {
  const {status, body} = await s.getJson('/api/challenge');
  assert.equal(status, 200);
  const {challenge} = body;
  const solution = await solveChallenge(
    challenge.challenge,
    challenge.salt,
    challenge.algorithm,
    challenge.maxnumber,
  ).promise;
  assert.ok(solution, 'the challenge has a solution');
  const payload = {...challenge, number: solution.number};
  return Buffer.from(JSON.stringify(payload)).toString('base64');
}

forEachBackend((backend) => {
  describe('proof of work, off by default', () => {
    const server = useServer(backend);

    it('hands out no challenge and takes posts without a proof', async () => {
      const s = server.current;
      assert.deepEqual((await s.getJson('/api/challenge')).body, {challenge: null});
      assert.equal((await s.postJson('/api/comments', draft('/pow/off'))).status, 201);
    });
  });

  describe('proof of work, on', () => {
    const server = useServer(backend, {proofOfWork: 2000});

    it('refuses a post without a proof, with a forged one, or with one used before', async () => {
      const s = server.current;
      const before = await s.rowCount();
      const none = await s.postJson('/api/comments', draft('/pow/on'));
      assert.equal(none.status, 403);
      assert.equal(none.body.error.code, 'forbidden');
      assert.equal(none.body.error.field, 'proof');

      const proof = await proofFrom(s);
      const forged = JSON.parse(Buffer.from(proof, 'base64').toString());
      forged.number = (forged.number + 1) % 2001;
      for (const bad of [
        Buffer.from(JSON.stringify(forged)).toString('base64'),
        'not base64 json',
        'x'.repeat(5000),
      ]) {
        const answer = await s.postJson('/api/comments', draft('/pow/on'), {'X-Natter-Proof': bad});
        assert.equal(answer.status, 403, bad.slice(0, 40));
      }
      assert.equal(await s.rowCount(), before, 'nothing stored');

      const accepted = await s.postJson('/api/comments', draft('/pow/on'), {
        'X-Natter-Proof': proof,
      });
      assert.equal(accepted.status, 201, JSON.stringify(accepted.body));
      const again = await s.postJson('/api/comments', draft('/pow/on'), {'X-Natter-Proof': proof});
      assert.equal(again.status, 403);
      assert.match(again.body.error.message, /already used/);
    });

    it('answers a retry of an accepted post by its idempotency key, without a new proof', async () => {
      const s = server.current;
      const body = draft('/pow/retry');
      const headers = {'Idempotency-Key': 'pow-retry-1', 'X-Natter-Author': 'pow-author-token'};
      const first = await s.postJson('/api/comments', body, {
        ...headers,
        'X-Natter-Proof': await proofFrom(s),
      });
      assert.equal(first.status, 201);
      const retry = await s.postJson('/api/comments', body, headers);
      assert.equal(retry.status, 200);
      assert.equal(retry.body.comment.id, first.body.comment.id);
    });
  });
});
