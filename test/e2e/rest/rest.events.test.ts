import {expect} from '@open-wc/testing';
import {createRestAdapter} from '../../../src/adapters/rest.js';
import type {CommentEvent} from '../../../src/adapters/types.js';
import {run, servers} from './test-servers.js';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('rest adapter against the real server: event stream lifetime', () => {
  it('keeps receiving events after the server ends a stream at its lifetime', async () => {
    const adapter = createRestAdapter({
      endpoint: servers.strict,
      authorToken: `e2e-${run}-lifetime`,
    });
    const thread = `/e2e/${run}/lifetime`;
    const received: CommentEvent[] = [];
    const stop = adapter.subscribe(thread, (event) => received.push(event));
    try {
      const opened = Date.now();
      // The first stream ends after 1.8 to 2 s; EventSource reopens it a second later.
      await sleep(2500);
      // A post that lands while the stream is being reopened is not announced,
      // so post again until one arrives; the first to arrive came on a later stream.
      const posted: string[] = [];
      let arrived: CommentEvent | undefined;
      for (let attempt = 0; attempt < 4 && !arrived; attempt++) {
        adapter.prepare(thread); // this server asks for a proof of work
        const comment = await adapter.create(
          thread,
          {
            parentId: null,
            body: `After the lifetime, try ${attempt}`,
            author: {name: 'Ada', email: `ada-${run}@example.com`},
            antispam: {honeypot: '', elapsedMs: 30_000},
          },
          {idempotencyKey: `${run}-lifetime-${attempt}`},
        );
        posted.push(comment.id);
        for (let waited = 0; waited < 1500 && !arrived; waited += 50) {
          await sleep(50);
          arrived = received.find((e) => e.type === 'created' && posted.includes(e.comment.id));
        }
      }
      expect(arrived, `no event within ${Date.now() - opened} ms`).to.not.equal(undefined);
    } finally {
      stop();
    }
  });
});
