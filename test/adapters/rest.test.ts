import {expect} from '@open-wc/testing';
import {AUTHOR_TOKEN_KEY, getAuthorToken} from '../../src/adapters/kit/author-token.js';
import {createRestAdapter} from '../../src/adapters/rest.js';
import {serverComment} from './support/msw-worker.js';

interface Call {
  url: URL;
  init: RequestInit;
}

/** A fetch that records requests and answers from `respond`. */
function fakeFetch(respond: (call: Call) => unknown, status = 200) {
  const calls: Call[] = [];
  const fetch = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const call = {url: new URL(String(input)), init};
    calls.push(call);
    return new Response(JSON.stringify(respond(call)), {status});
  }) as typeof globalThis.fetch;
  return {fetch, calls};
}

const header = (call: Call, name: string) => new Headers(call.init.headers).get(name);

describe('rest adapter requests', () => {
  it('builds URLs from absolute, trailing-slash and relative endpoints', async () => {
    for (const [endpoint, expected] of [
      ['https://c.example', 'https://c.example/api/comments'],
      ['https://c.example/natter///', 'https://c.example/natter/api/comments'],
      ['/', `${location.origin}/api/comments`],
      ['/sub/', `${location.origin}/sub/api/comments`],
    ]) {
      const {fetch, calls} = fakeFetch(() => ({comments: [], total: 0}));
      await createRestAdapter({endpoint, fetch}).list('/a', {});
      expect(`${calls[0].url.origin}${calls[0].url.pathname}`).to.equal(expected);
    }
  });

  it('sends the list options as query parameters', async () => {
    const {fetch, calls} = fakeFetch(() => ({comments: [], total: 0}));
    await createRestAdapter({endpoint: 'https://c.example', fetch}).list('/2026/post?x=1', {
      sort: 'newest',
      pageSize: 10,
      cursor: 'abc+/=',
    });
    const params = calls[0].url.searchParams;
    expect(params.get('thread')).to.equal('/2026/post?x=1');
    expect(params.get('sort')).to.equal('newest');
    expect(params.get('limit')).to.equal('10');
    expect(params.get('cursor')).to.equal('abc+/=');
  });

  it("sends this browser's author token as X-Natter-Author", async () => {
    const {fetch, calls} = fakeFetch(() => ({comments: [], total: 0}));
    await createRestAdapter({endpoint: 'https://c.example', fetch}).list('t', {});
    expect(header(calls[0], 'X-Natter-Author')).to.equal(getAuthorToken());
    expect(localStorage.getItem(AUTHOR_TOKEN_KEY)).to.equal(getAuthorToken());
  });

  it('posts the draft as JSON with its idempotency key and antispam fields', async () => {
    const {fetch, calls} = fakeFetch(() => ({comment: serverComment('n1')}), 201);
    const adapter = createRestAdapter({endpoint: 'https://c.example', fetch, authorToken: 'tok'});
    const created = await adapter.create(
      '/post',
      {
        parentId: 'p1',
        body: 'Hi',
        author: {name: 'Ada', email: 'ada@example.com', url: 'https://ada.example'},
        antispam: {honeypot: '', elapsedMs: 4200},
      },
      {idempotencyKey: 'key-1'},
    );
    expect(created.id).to.equal('n1');
    const call = calls[0];
    expect(call.init.method).to.equal('POST');
    expect(header(call, 'Content-Type')).to.equal('application/json');
    expect(header(call, 'Idempotency-Key')).to.equal('key-1');
    expect(header(call, 'X-Natter-Author')).to.equal('tok');
    expect(JSON.parse(String(call.init.body))).to.deep.equal({
      thread: '/post',
      parentId: 'p1',
      body: 'Hi',
      author: {name: 'Ada', email: 'ada@example.com', url: 'https://ada.example'},
      honeypot: '',
      elapsedMs: 4200,
    });
  });

  it('leaves out an empty email and website instead of sending blanks', async () => {
    const {fetch, calls} = fakeFetch(() => ({comment: serverComment('n2')}), 201);
    await createRestAdapter({endpoint: 'https://c.example', fetch}).create(
      't',
      {parentId: null, body: 'Hi', author: {name: 'Ada', email: '', url: '  '}},
      {idempotencyKey: 'key-2'},
    );
    const sent = JSON.parse(String(calls[0].init.body));
    expect(sent.author).to.deep.equal({name: 'Ada'});
    expect(sent).to.not.have.property('honeypot');
  });

  it('cleans what the server sends: junk left out, no email, no HTML, safe URLs only', async () => {
    const {fetch} = fakeFetch(() => ({
      comments: [
        serverComment('ok', {
          author: {
            name: 'Ada',
            email: 'leak@example.com',
            url: 'javascript:x',
            avatar: '/api/avatars/abc.svg',
          },
        }),
        serverComment('html', {bodyHtml: '<img src=x onerror=alert(1)>', extra: 1}),
        {id: 'no-date', parentId: null, author: {name: 'A'}, body: 'x', status: 'published'},
        {
          id: 'bad-status',
          parentId: null,
          author: {name: 'A'},
          body: 'x',
          createdAt: '2026-01-01T00:00:00Z',
          status: 'spam',
        },
        serverComment('no-body', {body: {html: 'x'}}),
        serverComment(7 as unknown as string, {author: 'not an object'}),
        'a string',
        null,
      ],
      total: 8,
    }));
    const page = await createRestAdapter({endpoint: 'https://c.example/x', fetch}).list('t', {});
    expect(page.comments.map((c) => c.id)).to.deep.equal(['ok', 'html', '7']);
    const [ok, html, seven] = page.comments;
    expect(ok.author).to.deep.equal({name: 'Ada', avatar: 'https://c.example/api/avatars/abc.svg'});
    expect(html).to.not.have.property('bodyHtml');
    expect(html).to.not.have.property('extra');
    expect(seven.author).to.deep.equal({name: ''});
  });

  it('counts many threads in requests of at most 100', async () => {
    const threads = Array.from({length: 150}, (_, i) => `/post/${i}`);
    const {fetch, calls} = fakeFetch((call) => ({
      counts: Object.fromEntries(call.url.searchParams.getAll('thread').map((t) => [t, t.length])),
    }));
    const counts = await createRestAdapter({endpoint: 'https://c.example', fetch}).count([
      ...threads,
      '/post/0',
    ]);
    expect(calls.map((c) => c.url.searchParams.getAll('thread').length)).to.deep.equal([100, 50]);
    expect(Object.keys(counts)).to.have.length(150);
    expect(counts['/post/42']).to.equal('/post/42'.length);
  });

  it('leaves out counts that are not whole numbers and asks nothing for no threads', async () => {
    const {fetch, calls} = fakeFetch(() => ({counts: {a: 2, b: '3', c: -1}}));
    const adapter = createRestAdapter({endpoint: 'https://c.example', fetch});
    expect(await adapter.count(['a', 'b', 'c', 'd'])).to.deep.equal({a: 2});
    expect(await adapter.count([])).to.deep.equal({});
    expect(calls).to.have.length(1);
  });

  it('asks for replies below a comment with its id escaped', async () => {
    const {fetch, calls} = fakeFetch(() => ({
      comments: [serverComment('r', {parentId: 'a/b'})],
      nextCursor: 'n',
    }));
    const page = await createRestAdapter({endpoint: 'https://c.example', fetch}).listReplies(
      't',
      'a/b',
      {cursor: 'c1'},
    );
    expect(calls[0].url.pathname).to.equal('/api/comments/a%2Fb/replies');
    expect(calls[0].url.searchParams.get('cursor')).to.equal('c1');
    expect(page.nextCursor).to.equal('n');
    expect(page.comments[0].parentId).to.equal('a/b');
  });

  it('says what it can do, with requiresEmail overridable', () => {
    const fetch = fakeFetch(() => ({})).fetch;
    expect(createRestAdapter({endpoint: '/', fetch}).capabilities).to.deep.equal({
      requiresEmail: true,
      replies: true,
      sort: true,
      deepestLevel: 32,
      markdown: true,
      top: true,
      downVotes: false,
    });
    expect(
      createRestAdapter({endpoint: '/', fetch, requiresEmail: false}).capabilities.requiresEmail,
    ).to.equal(false);
  });
});
