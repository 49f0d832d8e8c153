import {expect} from '@open-wc/testing';
import {createRestAdapter} from '../../../src/adapters/rest.js';
import {readChallenge, solveChallenge} from '../../../src/adapters/rest/proof-of-work.js';
import type {NewComment} from '../../../src/core/types.js';
import {run, servers} from './test-servers.js';

const draft = (body: string): NewComment => ({
  parentId: null,
  body,
  author: {name: 'Ada', email: `ada-${run}@example.com`},
  antispam: {honeypot: '', elapsedMs: 30_000},
});

/** The rest adapter on the server that asks for proofs, recording each request it makes. */
function recordingAdapter(name: string) {
  const requests: string[] = [];
  const adapter = createRestAdapter({
    endpoint: servers.strict,
    authorToken: `e2e-${run}-${name}`,
    fetch: (input, init) => {
      const url = new URL(String(input instanceof Request ? input.url : input));
      requests.push(`${init?.method ?? 'GET'} ${url.pathname}`);
      return fetch(input, init);
    },
  });
  return {adapter, requests};
}

describe('rest adapter against the real server: proof of work', () => {
  it('solves the challenge while the person types, and posts once with it', async () => {
    const {adapter, requests} = recordingAdapter('pow-prepared');
    const thread = `/e2e/${run}/pow`;
    adapter.prepare(thread);
    adapter.prepare(thread); // called on every keystroke: one challenge is enough
    const comment = await adapter.create(thread, draft('Proven while typing.'), {
      idempotencyKey: `${run}-pow-1`,
    });
    expect(comment.body).to.equal('Proven while typing.');
    expect(requests).to.deep.equal(['GET /api/challenge', 'POST /api/comments']);
  });

  it('solves one on demand when a post is refused for want of it', async () => {
    const {adapter, requests} = recordingAdapter('pow-late');
    const thread = `/e2e/${run}/pow`;
    const comment = await adapter.create(thread, draft('Proven after the refusal.'), {
      idempotencyKey: `${run}-pow-2`,
    });
    expect(comment.status).to.equal('published');
    expect(requests).to.deep.equal([
      'POST /api/comments',
      'GET /api/challenge',
      'POST /api/comments',
    ]);
  });

  it('asks a server without proofs once, then never again', async () => {
    const requests: string[] = [];
    const adapter = createRestAdapter({
      endpoint: servers.main,
      authorToken: `e2e-${run}-pow-off`,
      fetch: (input, init) => {
        requests.push(`${init?.method ?? 'GET'} ${new URL(String(input)).pathname}`);
        return fetch(input, init);
      },
    });
    const thread = `/e2e/${run}/pow-off`;
    adapter.prepare(thread);
    await adapter.create(thread, draft('No proof needed.'), {idempotencyKey: `${run}-pow-3`});
    adapter.prepare(thread);
    await adapter.create(thread, draft('Still none.'), {idempotencyKey: `${run}-pow-4`});
    expect(requests).to.deep.equal([
      'GET /api/challenge',
      'POST /api/comments',
      'POST /api/comments',
    ]);
  });

  it('takes a measurable, bounded time to solve at the tested difficulty', async () => {
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const challenge = readChallenge(
        await (await fetch(`${servers.strict}/api/challenge`)).json(),
      );
      expect(challenge).to.not.equal(null);
      const started = performance.now();
      expect(await solveChallenge(challenge!)).to.be.a('string');
      times.push(performance.now() - started);
    }
    times.sort((a, b) => a - b);
    // At 50,000 a desktop browser needs about a second; the bound only catches a runaway.
    expect(times[4], `solve times ${times.map(Math.round).join(', ')} ms`).to.be.lessThan(20_000);
  });
});
