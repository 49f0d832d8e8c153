import {expect} from '@open-wc/testing';
import {http, HttpResponse} from 'msw';
import {createRestAdapter} from '../../src/adapters/rest.js';
import type {NewComment} from '../../src/core/types.js';
import {serverComment, useMockWorker, worker} from './support/msw-worker.js';

const API = '/mock/api/comments';
const draft: NewComment = {
  parentId: null,
  body: 'Hello',
  author: {name: 'Ada', email: 'ada@example.com'},
  antispam: {honeypot: '', elapsedMs: 9000},
};
const adapter = () => createRestAdapter({endpoint: '/mock', retryDelay: 5});

describe('rest adapter: reply notifications (msw)', () => {
  useMockWorker();

  it('reads "notify" from a page, and only a true one', async () => {
    let notify: unknown = true;
    worker.use(http.get(API, () => HttpResponse.json({comments: [], total: 0, notify})));
    expect((await adapter().list('/a', {})).notify).to.equal(true);
    notify = 'yes';
    expect((await adapter().list('/b', {})).notify).to.equal(undefined);
  });

  it('sends notifyReplies only when the author asked', async () => {
    const bodies: Record<string, unknown>[] = [];
    worker.use(
      http.post(API, async ({request}) => {
        bodies.push((await request.json()) as Record<string, unknown>);
        return HttpResponse.json({comment: serverComment(`c${bodies.length}`)}, {status: 201});
      }),
    );
    await adapter().create('/t', {...draft, notifyReplies: true}, {idempotencyKey: 'k1'});
    await adapter().create('/t', draft, {idempotencyKey: 'k2'});
    expect(bodies[0].notifyReplies).to.equal(true);
    expect('notifyReplies' in bodies[1]).to.equal(false);
  });
});
