import {expect} from '@open-wc/testing';
import {delay, http, HttpResponse} from 'msw';
import {AdapterError} from '../../src/adapters/errors.js';
import {createWordPressAdapter} from '../../src/adapters/wordpress.js';
import type {NewComment} from '../../src/core/types.js';
import {useMockWorker, worker} from './support/msw-worker.js';

// Posting: what is sent, what comes back, and what a double click does.
const ROOT = '/mock-wp/wp-json';
const COMMENTS = `${ROOT}/wp/v2/comments`;

const draft: NewComment = {
  parentId: null,
  body: '  Fish & chips <b>for two</b>  ',
  author: {name: 'Ada', email: 'ada@example.com', url: 'https://ada.example/'},
  antispam: {honeypot: '', elapsedMs: 9000},
};

let keys = 0;
const key = () => `create-${++keys}`;

function created(id: number, body: Record<string, unknown>, status = 'approved') {
  return {
    id,
    post: body.post,
    parent: body.parent,
    author_name: body.author_name,
    author_url: body.author_url ?? '',
    date_gmt: '2024-03-01T09:00:00',
    content: {rendered: `<p>${String(body.content)}</p>\n`},
    status,
  };
}

/** A WordPress that stores posted comments with `status`; returns what it received. */
function wordpress(status = 'approved') {
  const posted: Record<string, unknown>[] = [];
  const stored: object[] = [];
  worker.use(
    http.post(COMMENTS, async ({request}) => {
      const body = (await request.json()) as Record<string, unknown>;
      posted.push(body);
      await delay(20);
      const comment = created(100 + posted.length, body, status);
      if (status === 'approved') stored.push(comment);
      return HttpResponse.json(comment, {status: 201});
    }),
    http.get(COMMENTS, () =>
      HttpResponse.json(stored, {
        headers: {'X-WP-Total': String(stored.length), 'X-WP-TotalPages': '1'},
      }),
    ),
  );
  return posted;
}

describe('wordpress adapter: posting (msw)', () => {
  useMockWorker();

  it('sends the draft as WordPress fields, the body as text rather than HTML', async () => {
    const posted = wordpress();
    const adapter = createWordPressAdapter({endpoint: ROOT, rememberPending: false});
    const comment = await adapter.create('7', draft, {idempotencyKey: key()});
    expect(posted[0]).to.deep.equal({
      post: 7,
      parent: 0,
      author_name: 'Ada',
      author_email: 'ada@example.com',
      author_url: 'https://ada.example/',
      content: 'Fish &amp; chips &lt;b&gt;for two&lt;/b&gt;',
    });
    expect(comment.status).to.equal('published');
    expect(comment.body).to.equal('Fish & chips <b>for two</b>');
  });

  it('posts once for a double click, and returns the same comment afterwards', async () => {
    const posted = wordpress();
    const adapter = createWordPressAdapter({endpoint: ROOT, rememberPending: false});
    const idempotencyKey = key();
    const [a, b] = await Promise.all([
      adapter.create('7', draft, {idempotencyKey}),
      adapter.create('7', draft, {idempotencyKey}),
    ]);
    const c = await adapter.create('7', draft, {idempotencyKey});
    expect([b.id, c.id]).to.deep.equal([a.id, a.id]);
    expect(posted).to.have.length(1);
  });

  it('sends again when the first attempt failed', async () => {
    let calls = 0;
    worker.use(
      http.post(COMMENTS, async ({request}) => {
        const body = (await request.json()) as Record<string, unknown>;
        return ++calls === 1
          ? HttpResponse.error()
          : HttpResponse.json(created(5, body), {status: 201});
      }),
    );
    const adapter = createWordPressAdapter({endpoint: ROOT, rememberPending: false});
    const idempotencyKey = key();
    const error = await adapter.create('7', draft, {idempotencyKey}).catch((e: unknown) => e);
    expect((error as AdapterError).code).to.equal('network');
    expect((await adapter.create('7', draft, {idempotencyKey})).id).to.equal('5');
    expect(calls).to.equal(2);
  });

  it('shows a held comment (hold or spam) to its author only, as pending', async () => {
    for (const status of ['hold', 'spam']) {
      wordpress(status);
      const author = createWordPressAdapter({endpoint: ROOT, rememberPending: false});
      const other = createWordPressAdapter({endpoint: ROOT, rememberPending: false});
      const held = await author.create('7', draft, {idempotencyKey: key()});
      expect(held.status).to.equal('pending');
      const mine = await author.list('7', {});
      expect(mine.comments.map((c) => [c.id, c.status])).to.deep.equal([[held.id, 'pending']]);
      expect(mine.total).to.equal(1);
      expect((await other.list('7', {})).total).to.equal(0);
      worker.resetHandlers();
    }
  });

  it('remembers held comments across a reload when rememberPending is on', async () => {
    const endpoint = '/mock-wp-reload/wp-json';
    localStorage.removeItem(`natter:wordpress-pending:${endpoint}`);
    worker.use(
      http.post(`${endpoint}/wp/v2/comments`, async ({request}) => {
        const body = (await request.json()) as Record<string, unknown>;
        return HttpResponse.json(created(9, body, 'hold'), {status: 201});
      }),
      http.get(`${endpoint}/wp/v2/comments`, () => HttpResponse.json([])),
    );
    await createWordPressAdapter({endpoint}).create('7', draft, {idempotencyKey: key()});
    const afterReload = createWordPressAdapter({endpoint});
    expect((await afterReload.list('7', {})).comments.map((c) => c.id)).to.deep.equal(['9']);
    localStorage.removeItem(`natter:wordpress-pending:${endpoint}`);
  });

  it('lists a new comment at once: posting drops the cached thread', async () => {
    wordpress();
    const adapter = createWordPressAdapter({endpoint: ROOT, rememberPending: false});
    const first = await adapter.list('7', {pageSize: 1});
    expect(first.total).to.equal(0);
    await adapter.create('7', draft, {idempotencyKey: key()});
    expect((await adapter.list('7', {pageSize: 1})).total).to.equal(1);
  });

  it('answers a filled honeypot with a pending comment and never posts it', async () => {
    const posted = wordpress();
    const adapter = createWordPressAdapter({endpoint: ROOT, rememberPending: false});
    const bot = {...draft, antispam: {honeypot: 'http://spam.example', elapsedMs: 200}};
    const comment = await adapter.create('7', bot, {idempotencyKey: key()});
    expect(comment.status).to.equal('pending');
    expect(posted).to.have.length(0);
  });

  it('refuses a reply to a comment of another post, or one that is gone', async () => {
    const posted = wordpress();
    worker.use(
      http.get(`${COMMENTS}/:id`, ({params}) =>
        params.id === '40'
          ? HttpResponse.json({id: 40, post: 8})
          : HttpResponse.json(
              {
                code: 'rest_comment_invalid_id',
                message: 'Invalid comment ID.',
                data: {status: 404},
              },
              {status: 404},
            ),
      ),
    );
    const adapter = createWordPressAdapter({endpoint: ROOT, rememberPending: false});
    for (const parentId of ['40', '41', 'abc']) {
      const error = (await adapter
        .create('7', {...draft, parentId}, {idempotencyKey: key()})
        .catch((e: unknown) => e)) as AdapterError;
      expect([error.code, error.field]).to.deep.equal(['not-found', 'parentId']);
    }
    expect(posted).to.have.length(0);
  });

  it('checks the draft before sending: body, name, email, website', async () => {
    const posted = wordpress();
    const adapter = createWordPressAdapter({endpoint: ROOT, rememberPending: false});
    const cases: [NewComment, string][] = [
      [{...draft, body: ' \n '}, 'body'],
      [{...draft, author: {name: '', email: 'a@b.example'}}, 'name'],
      [{...draft, author: {name: 'Ada'}}, 'email'],
      [{...draft, author: {...draft.author, url: 'javascript:alert(1)'}}, 'url'],
    ];
    for (const [bad, field] of cases) {
      const error = (await adapter
        .create('7', bad, {idempotencyKey: key()})
        .catch((e: unknown) => e)) as AdapterError;
      expect([error.code, error.field]).to.deep.equal(['validation', field]);
    }
    expect(posted).to.have.length(0);
  });
});
