import {expect} from '@open-wc/testing';
import {delay, http, HttpResponse} from 'msw';
import {createWordPressAdapter} from '../../src/adapters/wordpress.js';
import type {NewComment} from '../../src/core/types.js';
import {useMockWorker, worker} from './support/msw-worker.js';
import {adapterFailure as failure} from '../support/adapter-failure.js';

// A thread named by the page's path, as the widget passes it when the page
// sets no `thread`: the adapter finds the post by its slug.
const ROOT = '/mock-wp/wp-json';
const SITE = 'https://blog.example';

const draft: NewComment = {
  parentId: null,
  body: 'Hello there',
  author: {name: 'Ada', email: 'ada@example.com'},
  antispam: {honeypot: '', elapsedMs: 9000},
};

interface Entry {
  id: number;
  link: string;
}

/** A site with these posts and pages; records every slug lookup and the posts read. */
function site(posts: Entry[], pages: Entry[] = [], wait = 0) {
  const lookups: string[] = [];
  const read: string[] = [];
  const sent: number[] = [];
  const bySlug = (type: string, entries: Entry[]) =>
    http.get(`${ROOT}/wp/v2/${type}`, async ({request}) => {
      const slug = new URL(request.url).searchParams.get('slug')!;
      lookups.push(`${type}:${slug}`);
      await delay(wait);
      // WordPress keeps non-ASCII slugs percent-encoded, and matches them decoded too.
      const last = (link: string) => new URL(link).pathname.split('/').filter(Boolean).pop()!;
      return HttpResponse.json(entries.filter((e) => decodeURIComponent(last(e.link)) === slug));
    });
  worker.use(
    bySlug('posts', posts),
    bySlug('pages', pages),
    http.get(`${ROOT}/wp/v2/comments`, ({request}) => {
      const post = new URL(request.url).searchParams.get('post')!;
      read.push(post);
      const comment = {
        id: 500,
        post: Number(post),
        parent: 0,
        author_name: 'Reader',
        date_gmt: '2024-03-01T09:00:00',
        content: {rendered: `<p>On post ${post}</p>`},
        status: 'approved',
      };
      return HttpResponse.json([comment], {headers: {'X-WP-Total': '1', 'X-WP-TotalPages': '1'}});
    }),
    http.post(`${ROOT}/wp/v2/comments`, async ({request}) => {
      const body = (await request.json()) as {post: number; content: string};
      sent.push(body.post);
      return HttpResponse.json({
        id: 900,
        post: body.post,
        parent: 0,
        author_name: 'Ada',
        date_gmt: '2024-03-01T10:00:00',
        content: {rendered: `<p>${body.content}</p>`},
        status: 'approved',
      });
    }),
  );
  return {lookups, read, sent};
}

const adapter = () => createWordPressAdapter({endpoint: ROOT, rememberPending: false});

describe('wordpress adapter: a thread named by its path (msw)', () => {
  useMockWorker();

  it('lists the post whose link has the path, among posts sharing the slug', async () => {
    const wp = site([
      {id: 41, link: `${SITE}/2023/05/harbour-walk/`},
      {id: 42, link: `${SITE}/2024/03/harbour-walk/`},
    ]);
    // Without the trailing slash, as a canonical link may give it.
    const page = await adapter().list('/2024/03/harbour-walk', {});
    expect(page.comments.map((c) => c.body)).to.deep.equal(['On post 42']);
    expect(wp.lookups).to.deep.equal(['posts:harbour-walk']);
    expect(wp.read).to.deep.equal(['42']);
  });

  it('falls back to pages, and matches a percent-encoded path', async () => {
    const wp = site([], [{id: 8, link: `${SITE}/about/caf%c3%a9/`}]);
    const page = await adapter().list('/about/caf%C3%A9/', {});
    expect(page.comments[0].body).to.equal('On post 8');
    expect(wp.lookups).to.deep.equal(['posts:café', 'pages:café']);
  });

  it('says which path matched nothing and how to name the post instead', async () => {
    const wp = site([{id: 42, link: `${SITE}/2024/03/harbour-walk/`}]);
    const error = await failure(adapter().list('/2019/01/harbour-walk/', {}));
    expect(error.code).to.equal('not-found');
    expect(error.field).to.equal('thread');
    expect(error.message).to.contain('"/2019/01/harbour-walk/"');
    expect(error.message).to.contain('thread="123"');
    expect(wp.read).to.deep.equal([]);
    // A count of it is zero, not a failure.
    expect(await adapter().count(['/2019/01/harbour-walk/'])).to.deep.equal({
      '/2019/01/harbour-walk/': 0,
    });
  });

  it('looks a path up once for the list, the count, a link and a new comment', async () => {
    const wp = site([{id: 42, link: `${SITE}/harbour-walk/`}]);
    const a = adapter();
    await a.list('/harbour-walk/', {});
    expect(await a.count(['/harbour-walk/', '9'])).to.deep.equal({'/harbour-walk/': 1, '9': 1});
    expect((await a.context('/harbour-walk/', '500')).comments[0].id).to.equal('500');
    await a.create('/harbour-walk/', draft, {idempotencyKey: 'k1'});
    expect(wp.lookups).to.deep.equal(['posts:harbour-walk']);
    expect(wp.sent).to.deep.equal([42]);
  });

  it('shares one lookup between calls made at the same time, and one caller may abort', async () => {
    const wp = site([{id: 42, link: `${SITE}/harbour-walk/`}], [], 40);
    const a = adapter();
    const controller = new AbortController();
    const aborted = a.list('/harbour-walk/', {signal: controller.signal});
    const rest = [a.list('/harbour-walk/', {}), a.count(['/harbour-walk/'])];
    controller.abort();
    expect((await failure(aborted)).code).to.equal('aborted');
    const [page, counts] = await Promise.all(rest);
    expect((page as {comments: unknown[]}).comments).to.have.length(1);
    expect(counts).to.deep.equal({'/harbour-walk/': 1});
    expect(wp.lookups).to.deep.equal(['posts:harbour-walk']);
  });

  it('takes the plain permalink form without a lookup, and refuses other names', async () => {
    const wp = site([]);
    const page = await adapter().list('/?p=12', {});
    expect(page.comments[0].body).to.equal('On post 12');
    expect(wp.lookups).to.deep.equal([]);
    for (const thread of ['harbour-walk', '/?s=harbour', '/']) {
      const error = await failure(adapter().list(thread, {}));
      expect(error.code, thread).to.equal('not-found');
      expect(error.message, thread).to.contain('post ID');
    }
    expect(wp.lookups).to.deep.equal([]);
  });
});
