import {expect} from '@open-wc/testing';
import {delay, http, HttpResponse} from 'msw';
import {createWordPressAdapter} from '../../src/adapters/wordpress.js';
import type {CommentPage} from '../../src/adapters/types.js';
import {useMockWorker, worker} from './support/msw-worker.js';

// Reading and counting: how WordPress's flat, paged list becomes Natter's
// threaded pages.
const ROOT = '/mock-wp/wp-json';
const COMMENTS = `${ROOT}/wp/v2/comments`;

function adapter() {
  return createWordPressAdapter({endpoint: ROOT, rememberPending: false});
}

function wp(id: number, extra: Record<string, unknown> = {}) {
  const minute = String(id % 60).padStart(2, '0');
  const hour = String(Math.floor(id / 60) % 24).padStart(2, '0');
  return {
    id,
    post: 7,
    parent: 0,
    author_name: `Reader ${id}`,
    author_url: '',
    date_gmt: `2024-03-01T${hour}:${minute}:00`,
    content: {rendered: `<p>Comment ${id}</p>\n`},
    status: 'approved',
    ...extra,
  };
}

/** Serves `all` the way WordPress pages it, and records every request. */
function serve(all: object[]) {
  const requests: URL[] = [];
  worker.use(
    http.get(COMMENTS, ({request}) => {
      const url = new URL(request.url);
      requests.push(url);
      const perPage = Number(url.searchParams.get('per_page') ?? 10);
      const page = Number(url.searchParams.get('page') ?? 1);
      const slice = all.slice((page - 1) * perPage, page * perPage);
      return HttpResponse.json(slice, {
        headers: {
          'X-WP-Total': String(all.length),
          'X-WP-TotalPages': String(Math.max(1, Math.ceil(all.length / perPage))),
        },
      });
    }),
  );
  return requests;
}

async function allPages(sort: 'oldest' | 'newest', pageSize: number, a = adapter()) {
  const pages: CommentPage[] = [];
  let cursor: string | undefined;
  do {
    const page = await a.list('7', {sort, pageSize, cursor});
    pages.push(page);
    cursor = page.nextCursor;
  } while (cursor && pages.length < 50);
  return pages;
}

describe('wordpress adapter: reading (msw)', () => {
  useMockWorker();

  it('reads every page WordPress announces, 100 at a time, then pages top-level comments itself', async () => {
    const all = Array.from({length: 250}, (_, i) => wp(i + 1));
    const requests = serve(all);
    const pages = await allPages('oldest', 100);
    expect(pages.map((p) => p.comments.length)).to.deep.equal([100, 100, 50]);
    expect(pages[0].total).to.equal(250);
    // Three WordPress pages, read once: later Natter pages come from the same read.
    expect(requests.map((u) => u.searchParams.get('page'))).to.deep.equal(['1', '2', '3']);
    const params = requests[0].searchParams;
    expect([params.get('post'), params.get('per_page'), params.get('orderby')]).to.deep.equal([
      '7',
      '100',
      'date_gmt',
    ]);
    const ids = pages.flatMap((p) => p.comments.map((c) => c.id));
    expect(new Set(ids).size).to.equal(250);
    expect(ids[0]).to.equal('1');
  });

  it('keeps each page’s replies with their top-level comment, in both orders', async () => {
    serve([wp(1), wp(2), wp(3), wp(4, {parent: 1}), wp(5, {parent: 4}), wp(6, {parent: 3})]);
    const oldest = await allPages('oldest', 2);
    expect(oldest.map((p) => p.comments.map((c) => c.id))).to.deep.equal([
      ['1', '2', '4', '5'],
      ['3', '6'],
    ]);
    const newest = await allPages('newest', 2);
    expect(newest.map((p) => p.comments.map((c) => c.id))).to.deep.equal([
      ['3', '2', '6'],
      ['1', '4', '5'],
    ]);
  });

  it('keeps a reply whose parent is not listed, with its parentId, as its own branch', async () => {
    serve([wp(1), wp(2, {parent: 99}), wp(3, {parent: 2})]);
    const page = await adapter().list('7', {});
    const orphan = page.comments.find((c) => c.id === '2');
    expect(orphan?.parentId).to.equal('99');
    expect(page.comments.find((c) => c.id === '3')?.parentId).to.equal('2');
    expect(page.total).to.equal(3);
  });

  it('reads date_gmt as UTC, decodes names and text, and keeps HTML for the sanitiser', async () => {
    serve([
      wp(1, {
        date_gmt: '2024-03-01T09:00:00',
        date: '2024-03-01T22:00:00',
        author_name: 'Tom&#225;s &amp; Ana',
        author_url: 'https://example.com/?a=1&amp;b=2',
        content: {rendered: '<p>One &amp; two<br />\nthree</p>\n<p>Four &lt;b&gt;</p>\n'},
        author_avatar_urls: {
          24: 'https://gravatar.example/a?s=24',
          96: 'https://gravatar.example/a?s=96',
          192: 'https://gravatar.example/a?s=192',
        },
      }),
      wp(2, {author_url: 'javascript:alert(1)', author_avatar_urls: {24: 'data:image/png,x'}}),
    ]);
    const {comments} = await adapter().list('7', {});
    const first = comments.find((c) => c.id === '1')!;
    const second = comments.find((c) => c.id === '2')!;
    expect(first.createdAt).to.equal('2024-03-01T09:00:00.000Z');
    expect(first.author).to.deep.equal({
      name: 'Tomás & Ana',
      url: 'https://example.com/?a=1&b=2',
      avatar: 'https://gravatar.example/a?s=96',
    });
    expect(first.body).to.equal('One & two\nthree\n\nFour <b>');
    expect(first.bodyHtml).to.contain('<br />');
    expect(second.author).to.deep.equal({name: 'Reader 2'});
  });

  it('reads on until a short page when a proxy dropped the paging headers', async () => {
    const all = Array.from({length: 150}, (_, i) => wp(i + 1));
    worker.use(
      http.get(COMMENTS, ({request}) => {
        const page = Number(new URL(request.url).searchParams.get('page'));
        return HttpResponse.json(all.slice((page - 1) * 100, page * 100));
      }),
    );
    expect((await adapter().list('7', {pageSize: 100})).total).to.equal(150);
  });

  it('reads a thread again for a new first page, but not for the next pages', async () => {
    const requests = serve([wp(1), wp(2), wp(3)]);
    const a = adapter();
    const first = await a.list('7', {pageSize: 1});
    await a.list('7', {pageSize: 1, cursor: first.nextCursor});
    expect(requests).to.have.length(1);
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await a.list('7', {pageSize: 1});
    expect(requests).to.have.length(2);
  });

  it('counts each post with one small request, a few at a time, unknown keys as 0', async () => {
    let running = 0;
    let most = 0;
    const perPage: string[] = [];
    worker.use(
      http.get(COMMENTS, async ({request}) => {
        const url = new URL(request.url);
        perPage.push(url.searchParams.get('per_page')!);
        running++;
        most = Math.max(most, running);
        await delay(30);
        running--;
        const post = Number(url.searchParams.get('post'));
        return HttpResponse.json([], {headers: {'X-WP-Total': String(post * 2)}});
      }),
    );
    const threads = Array.from({length: 10}, (_, i) => String(i + 1));
    const counts = await adapter().count([...threads, 'not-a-post', '3']);
    expect(counts['3']).to.equal(6);
    expect(counts['10']).to.equal(20);
    expect(counts['not-a-post']).to.equal(0);
    expect(perPage).to.have.length(10);
    expect(perPage.every((n) => n === '1')).to.equal(true);
    expect(most).to.be.within(2, 4);
  });
});
