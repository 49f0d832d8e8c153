import {expect} from '@open-wc/testing';
import {createRestAdapter} from '../../../src/adapters/rest.js';
import type {NewComment} from '../../../src/core/types.js';
import {run, servers} from './test-servers.js';
import {adapterFailure as failure} from '../../support/adapter-failure.js';

const draft = (body: string, extra: Partial<NewComment> = {}): NewComment => ({
  parentId: null,
  body,
  author: {name: 'Ada', email: `ada-${run}@example.com`},
  antispam: {honeypot: '', elapsedMs: 30_000},
  ...extra,
});

describe('rest adapter against the real server: errors across origins', () => {
  it('reports rate-limited with the Retry-After the server sent', async () => {
    const adapter = createRestAdapter({
      endpoint: servers.limited,
      authorToken: `e2e-${run}-limited`,
    });
    const thread = `/e2e/${run}/limited`;
    await adapter.create(thread, draft('The one post this hour.'), {idempotencyKey: `${run}-l1`});
    const error = await failure(
      adapter.create(thread, draft('One too many.'), {idempotencyKey: `${run}-l2`}),
    );
    expect(error.code).to.equal('rate-limited');
    // Cross-origin, the header is readable only because the server exposes it.
    expect(error.retryAfter).to.be.greaterThan(60);
    const page = await adapter.list(thread, {});
    expect(page.total).to.equal(1);
  });

  it('reports a thread key the server refuses as validation on thread', async () => {
    const adapter = createRestAdapter({endpoint: servers.main, authorToken: `e2e-${run}-keys`});
    const error = await failure(adapter.list('x'.repeat(600), {}));
    expect(error.code).to.equal('validation');
  });

  it('keeps the author email out of everything the page receives', async () => {
    const adapter = createRestAdapter({endpoint: servers.main, authorToken: `e2e-${run}-email`});
    const thread = `/e2e/${run}/email`;
    const created = await adapter.create(thread, draft('Private address.'), {
      idempotencyKey: `${run}-e1`,
    });
    const page = await adapter.list(thread, {});
    expect(JSON.stringify([created, page])).not.to.contain(`ada-${run}@example.com`);
    expect(created.author.avatar).to.match(
      /^http:\/\/127\.0\.0\.1:\d+\/api\/avatars\/[0-9a-f]{64}\.svg$/,
    );
  });
});
