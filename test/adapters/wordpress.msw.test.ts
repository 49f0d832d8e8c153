import {expect} from '@open-wc/testing';
import {delay, http, HttpResponse} from 'msw';
import {
  createWordPressAdapter,
  type WordPressAdapterOptions,
} from '../../src/adapters/wordpress.js';
import type {NewComment} from '../../src/core/types.js';
import {useMockWorker, worker} from './support/msw-worker.js';
import {adapterFailure as failure} from '../support/adapter-failure.js';

// WordPress's answers, as a site would send them, for what a real site
// cannot easily be made to do (floods, outages, garbage, slowness).
const ROOT = '/mock-wp/wp-json';
const COMMENTS = `${ROOT}/wp/v2/comments`;

const draft: NewComment = {
  parentId: null,
  body: 'Hello there',
  author: {name: 'Ada', email: 'ada@example.com', url: 'https://ada.example/'},
  antispam: {honeypot: '', elapsedMs: 9000},
};

function adapter(options: Partial<WordPressAdapterOptions> = {}) {
  return createWordPressAdapter({endpoint: ROOT, rememberPending: false, ...options});
}

let keys = 0;
const key = () => `key-${++keys}`;

/** A WordPress REST error body. */
function wpError(code: string, message: string, status: number, data: object = {}) {
  return HttpResponse.json({code, message, data: {status, ...data}}, {status});
}

function postFails(response: () => Response | Promise<Response>) {
  worker.use(http.post(COMMENTS, response));
}

describe('wordpress adapter: WordPress errors (msw)', () => {
  useMockWorker();

  it('tells the site owner to enable anonymous REST comments on rest_comment_login_required', async () => {
    postFails(() =>
      wpError('rest_comment_login_required', 'Sorry, you must be logged in to comment.', 401),
    );
    const error = await failure(adapter().create('7', draft, {idempotencyKey: key()}));
    expect(error.code).to.equal('forbidden');
    expect(error.status).to.equal(401);
    expect(error.message).to.contain('rest_allow_anonymous_comments');
  });

  it('names the missing author field on rest_comment_author_data_required', async () => {
    postFails(() =>
      wpError(
        'rest_comment_author_data_required',
        'Creating a comment requires valid author name and email values.',
        400,
      ),
    );
    // The site requires an email although the adapter was told it does not.
    const lenient = adapter({requiresEmail: false});
    const noEmail = {...draft, author: {name: 'Ada'}};
    const error = await failure(lenient.create('7', noEmail, {idempotencyKey: key()}));
    expect([error.code, error.field]).to.deep.equal(['validation', 'email']);
    const noName = {...draft, author: {name: ' ', email: 'ada@example.com'}};
    const second = await failure(lenient.create('7', noName, {idempotencyKey: key()}));
    expect(second.field).to.equal('name');
  });

  for (const [param, field] of [
    ['author_email', 'email'],
    ['author_url', 'url'],
    ['author_name', 'name'],
    ['content', 'body'],
  ]) {
    it(`maps rest_invalid_param for ${param} to field ${field}`, async () => {
      postFails(() =>
        wpError('rest_invalid_param', `Invalid parameter(s): ${param}`, 400, {
          params: {[param]: 'That isn&#8217;t valid.'},
        }),
      );
      const error = await failure(adapter().create('7', draft, {idempotencyKey: key()}));
      expect([error.code, error.field]).to.deep.equal(['validation', field]);
      expect(error.message).to.equal('That isn’t valid.');
    });
  }

  it('maps rest_comment_content_invalid and an overlong field to validation', async () => {
    postFails(() => wpError('rest_comment_content_invalid', 'Invalid comment content.', 400));
    const error = await failure(adapter().create('7', draft, {idempotencyKey: key()}));
    expect([error.code, error.field]).to.deep.equal(['validation', 'body']);
    postFails(() =>
      wpError('comment_author_column_length', 'Comment field exceeds maximum length allowed.', 400),
    );
    const long = await failure(adapter().create('7', draft, {idempotencyKey: key()}));
    expect([long.code, long.field]).to.deep.equal(['validation', 'name']);
  });

  it('maps comment_duplicate to duplicate with the message decoded', async () => {
    postFails(() =>
      wpError(
        'comment_duplicate',
        'Duplicate comment detected; it looks as though you&#8217;ve already said that!',
        409,
      ),
    );
    const error = await failure(adapter().create('7', draft, {idempotencyKey: key()}));
    expect(error.code).to.equal('duplicate');
    expect(error.message).to.equal(
      'Duplicate comment detected; it looks as though you’ve already said that!',
    );
  });

  it('maps comment_flood (a 400) to rate-limited with WordPress’s 15 s', async () => {
    postFails(() =>
      wpError('comment_flood', 'You are posting comments too quickly. Slow down.', 400),
    );
    const error = await failure(adapter().create('7', draft, {idempotencyKey: key()}));
    expect(error.code).to.equal('rate-limited');
    expect(error.retryAfter).to.equal(15);
    expect(error.retryable).to.equal(true);
  });

  it('maps rest_comment_closed to closed', async () => {
    postFails(() =>
      wpError('rest_comment_closed', 'Sorry, comments are closed for this item.', 403),
    );
    const error = await failure(adapter().create('7', draft, {idempotencyKey: key()}));
    expect(error.code).to.equal('closed');
    expect(error.message).to.equal('Sorry, comments are closed for this item.');
  });

  it('maps rest_comment_invalid_post_id to not-found naming the post', async () => {
    postFails(() =>
      wpError(
        'rest_comment_invalid_post_id',
        'Sorry, you are not allowed to create this comment without a post.',
        403,
      ),
    );
    const error = await failure(adapter().create('7', draft, {idempotencyKey: key()}));
    expect(error.code).to.equal('not-found');
    expect(error.message).to.contain('post with ID 7');
  });

  it('maps 5xx and an HTML error page to server', async () => {
    worker.use(http.get(COMMENTS, () => HttpResponse.text('<h1>Bad gateway</h1>', {status: 502})));
    const error = await failure(adapter().list('7', {}));
    expect([error.code, error.status]).to.deep.equal(['server', 502]);
    expect(error.retryable).to.equal(true);
  });

  it('maps a 200 that is not JSON (a PHP notice, a login page) to server', async () => {
    worker.use(http.get(COMMENTS, () => HttpResponse.text('<br /><b>Warning</b>: oops[]')));
    const error = await failure(adapter().list('7', {}));
    expect(error.code).to.equal('server');
    expect(error.message).to.contain('not JSON');
  });

  it('maps a dropped connection to network', async () => {
    worker.use(http.get(COMMENTS, () => HttpResponse.error()));
    expect((await failure(adapter().list('7', {}))).code).to.equal('network');
  });

  it('times out a request that never answers', async () => {
    worker.use(
      http.get(COMMENTS, async () => {
        await delay('infinite');
        return HttpResponse.json([]);
      }),
    );
    const error = await failure(adapter({timeout: 100}).list('7', {}));
    expect(error.code).to.equal('timeout');
  });

  it('rejects with aborted when the caller aborts a request in flight', async () => {
    worker.use(
      http.get(COMMENTS, async () => {
        await delay('infinite');
        return HttpResponse.json([]);
      }),
    );
    const controller = new AbortController();
    const pending = adapter().list('7', {signal: controller.signal});
    setTimeout(() => controller.abort(), 20);
    expect((await failure(pending)).code).to.equal('aborted');
  });

  it('refuses a thread that is not a post ID without asking WordPress', async () => {
    let asked = false;
    worker.use(http.get(COMMENTS, () => ((asked = true), HttpResponse.json([]))));
    const error = await failure(adapter().list('harbour-walk', {}));
    expect(error.code).to.equal('not-found');
    expect(error.message).to.contain('post ID');
    expect(asked).to.equal(false);
  });
});
