import {expect} from '@open-wc/testing';
import {delay, http, HttpResponse} from 'msw';
import {createRestAdapter, type RestAdapterOptions} from '../../src/adapters/rest.js';
import type {NewComment} from '../../src/core/types.js';
import {serverComment, useMockWorker, worker} from './support/msw-worker.js';
import {adapterFailure as failure} from '../support/adapter-failure.js';

const API = '/mock/api/comments';
const draft: NewComment = {
  parentId: null,
  body: 'Hello',
  author: {name: 'Ada', email: 'ada@example.com'},
  antispam: {honeypot: '', elapsedMs: 9000},
};

function adapter(options: Partial<RestAdapterOptions> = {}) {
  return createRestAdapter({
    endpoint: '/mock',
    retryDelay: 5,
    authorToken: 'token-1234567890abcdef',
    ...options,
  });
}

const page = (comments: unknown[] = [], total = comments.length) =>
  HttpResponse.json({comments, total});

describe('rest adapter against failures (msw)', () => {
  useMockWorker();

  it('times out an attempt that never answers, then gives up after its retries', async () => {
    let calls = 0;
    worker.use(
      http.get(API, async () => {
        calls++;
        await delay('infinite');
        return page();
      }),
    );
    const error = await failure(adapter({timeout: 500, retries: 1}).list('t', {}));
    expect(error.code).to.equal('timeout');
    expect(calls).to.equal(2);
  });

  it('retries a read after a dropped connection', async () => {
    let calls = 0;
    worker.use(
      http.get(API, () => (++calls === 1 ? HttpResponse.error() : page([serverComment('a')]))),
    );
    const result = await adapter().list('t', {});
    expect(result.comments.map((c) => c.id)).to.deep.equal(['a']);
    expect(calls).to.equal(2);
  });

  it('reports a network error once the retries are used up', async () => {
    worker.use(http.get(API, () => HttpResponse.error()));
    expect((await failure(adapter({retries: 2}).list('t', {}))).code).to.equal('network');
  });

  it('retries a read after 500s and returns the later success', async () => {
    let calls = 0;
    worker.use(
      http.get(API, () =>
        ++calls < 3 ? HttpResponse.json({error: {code: 'server'}}, {status: 500}) : page(),
      ),
    );
    expect((await adapter().list('t', {})).total).to.equal(0);
    expect(calls).to.equal(3);
  });

  it('retries a create after 5xx and dropped connections with the same Idempotency-Key', async () => {
    const keys: (string | null)[] = [];
    worker.use(
      http.post(API, ({request}) => {
        keys.push(request.headers.get('Idempotency-Key'));
        if (keys.length === 1) return new HttpResponse('oops', {status: 502});
        if (keys.length === 2) return HttpResponse.error();
        return HttpResponse.json({comment: serverComment('new')}, {status: 201});
      }),
    );
    const created = await adapter().create('t', draft, {idempotencyKey: 'draft-42'});
    expect(created.id).to.equal('new');
    expect(keys).to.deep.equal(['draft-42', 'draft-42', 'draft-42']);
  });

  it('does not retry a create that the server refused', async () => {
    let calls = 0;
    worker.use(
      http.post(API, () => {
        calls++;
        return HttpResponse.json(
          {error: {code: 'rate-limited', message: 'Slow down.'}},
          {status: 429, headers: {'Retry-After': '3'}},
        );
      }),
    );
    const error = await failure(adapter().create('t', draft, {idempotencyKey: 'k'}));
    expect(error.code).to.equal('rate-limited');
    expect(error.retryAfter).to.equal(3);
    expect(error.message).to.equal('Slow down.');
    expect(calls).to.equal(1);
  });

  it('reports a long Retry-After on a read without waiting for it', async () => {
    let calls = 0;
    const when = new Date(Date.now() + 120_000).toUTCString();
    worker.use(
      http.get(API, () => {
        calls++;
        return new HttpResponse(null, {status: 429, headers: {'Retry-After': when}});
      }),
    );
    const error = await failure(adapter({maxRetryAfter: 10}).list('t', {}));
    expect(error.code).to.equal('rate-limited');
    expect(error.retryAfter).to.be.within(115, 120);
    expect(calls).to.equal(1);
  });

  it('waits out a short Retry-After on a read and tries again', async () => {
    let calls = 0;
    worker.use(
      http.get(API, () =>
        ++calls === 1
          ? new HttpResponse(null, {status: 503, headers: {'Retry-After': '0'}})
          : page(),
      ),
    );
    expect((await adapter().list('t', {})).total).to.equal(0);
    expect(calls).to.equal(2);
  });

  const mappings: [number, unknown, string, string | undefined][] = [
    [
      400,
      {error: {code: 'validation', message: 'Bad email.', field: 'email'}},
      'validation',
      'email',
    ],
    [400, {error: {code: 'invalid-json', message: 'Not JSON.'}}, 'validation', undefined],
    [401, {error: {code: 'unauthorized'}}, 'forbidden', undefined],
    [403, {error: {code: 'forbidden'}}, 'forbidden', undefined],
    [404, {error: {code: 'not-found', field: 'parentId'}}, 'not-found', 'parentId'],
    [409, {error: {code: 'duplicate'}}, 'duplicate', undefined],
    [413, {error: {code: 'too-large'}}, 'validation', 'body'],
    [415, {error: {code: 'unsupported-media-type'}}, 'server', undefined],
    [410, {error: {code: 'closed', message: 'Comments are closed.'}}, 'closed', undefined],
    [403, {error: {code: 'closed', message: 'Comments are closed.'}}, 'closed', undefined],
    [418, 'teapot', 'server', undefined],
  ];
  for (const [status, body, code, field] of mappings) {
    it(`maps a ${status} answer to ${code}${field ? ` (${field})` : ''}`, async () => {
      worker.use(
        http.post(API, () =>
          typeof body === 'string'
            ? new HttpResponse(body, {status})
            : HttpResponse.json(body as Record<string, unknown>, {status}),
        ),
      );
      const error = await failure(adapter().create('t', draft, {idempotencyKey: 'k'}));
      expect(error.code).to.equal(code);
      expect(error.field).to.equal(field);
      expect(error.status).to.equal(status);
      expect(error.message).to.be.a('string').and.not.equal('');
    });
  }

  it('maps a 413 to a "too large" message on the body field', async () => {
    worker.use(http.post(API, () => new HttpResponse('Payload Too Large', {status: 413})));
    const error = await failure(adapter().create('t', draft, {idempotencyKey: 'k'}));
    expect(error.field).to.equal('body');
    expect(error.message).to.match(/too large/i);
  });

  it('reports a 500 with an HTML body as a server error', async () => {
    worker.use(http.get(API, () => new HttpResponse('<h1>Bad gateway</h1>', {status: 500})));
    const error = await failure(adapter({retries: 0}).list('t', {}));
    expect(error.code).to.equal('server');
    expect(error.status).to.equal(500);
  });

  it('reports a success that is not JSON as a server error', async () => {
    worker.use(http.get(API, () => new HttpResponse('<html>proxy login</html>', {status: 200})));
    const error = await failure(adapter().list('t', {}));
    expect(error.code).to.equal('server');
    expect(error.message).to.match(/not JSON/);
  });

  for (const [label, body] of [
    ['comments that are not a list', {comments: 'nope', total: 1}],
    ['no total', {comments: []}],
    ['a negative total', {comments: [], total: -1}],
    ['an array', []],
    ['null', null],
  ] as const) {
    it(`reports a page with ${label} as a server error`, async () => {
      worker.use(http.get(API, () => HttpResponse.json(body as never)));
      expect((await failure(adapter().list('t', {}))).code).to.equal('server');
    });
  }

  it('reports a created comment it cannot read as a server error', async () => {
    worker.use(http.post(API, () => HttpResponse.json({comment: {id: 'x'}}, {status: 201})));
    expect((await failure(adapter().create('t', draft, {idempotencyKey: 'k'}))).code).to.equal(
      'server',
    );
  });

  it('stops at once, without retrying, when the caller aborts', async () => {
    let calls = 0;
    worker.use(
      http.get(API, async () => {
        calls++;
        await delay('infinite');
        return page();
      }),
    );
    const controller = new AbortController();
    const pending = adapter().list('t', {signal: controller.signal});
    setTimeout(() => controller.abort(), 50);
    expect((await failure(pending)).code).to.equal('aborted');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(calls).to.equal(1);
  });

  it('stops waiting between retries when the caller aborts', async () => {
    worker.use(http.get(API, () => new HttpResponse(null, {status: 500})));
    const controller = new AbortController();
    const started = Date.now();
    const pending = adapter({retryDelay: 5000}).list('t', {signal: controller.signal});
    setTimeout(() => controller.abort(), 100);
    expect((await failure(pending)).code).to.equal('aborted');
    expect(Date.now() - started).to.be.below(2000);
  });
});
