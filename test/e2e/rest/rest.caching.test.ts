import {expect} from '@open-wc/testing';
import {createRestAdapter} from '../../../src/adapters/rest.js';
import {run, servers} from './test-servers.js';

describe('rest adapter against the real server: conditional reloads across origins', () => {
  it('reloads an unchanged first page with a 304, and a changed one in full', async () => {
    const statuses: number[] = [];
    const adapter = createRestAdapter({
      endpoint: servers.main,
      authorToken: `e2e-${run}-etag`,
      fetch: async (input, init) => {
        const response = await fetch(input, init);
        if (String(input).includes('/api/comments?')) statuses.push(response.status);
        return response;
      },
    });
    const thread = `/e2e/${run}/etag`;
    await adapter.create(
      thread,
      {
        parentId: null,
        body: 'Cache me if you can.',
        author: {name: 'Ada', email: `ada-${run}@example.com`},
        antispam: {honeypot: '', elapsedMs: 30_000},
      },
      {idempotencyKey: `${run}-etag-1`},
    );
    const first = await adapter.list(thread, {});
    const again = await adapter.list(thread, {});
    // Cross-origin, the ETag is readable only because the server exposes it.
    expect(statuses).to.deep.equal([200, 304]);
    expect(again).to.deep.equal(first);
    await adapter.create(
      thread,
      {
        parentId: null,
        body: 'A second one.',
        author: {name: 'Ada', email: `ada-${run}@example.com`},
        antispam: {honeypot: '', elapsedMs: 30_000},
      },
      {idempotencyKey: `${run}-etag-2`},
    );
    const changed = await adapter.list(thread, {});
    expect(statuses).to.deep.equal([200, 304, 200]);
    expect(changed.total).to.equal(2);
  });
});
