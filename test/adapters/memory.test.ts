import {expect} from '@open-wc/testing';
import {AdapterError} from '../../src/adapters/errors.js';
import {createMemoryAdapter} from '../../src/adapters/memory.js';
import type {Comment, NewComment} from '../../src/core/types.js';
import type {CommentEvent} from '../../src/adapters/types.js';
import {adapterFailure as rejection} from '../support/adapter-failure.js';

const T = '/post';
let n = 0;
const key = () => `k${++n}`;

function draft(body: string, extra: Partial<NewComment> = {}): NewComment {
  return {parentId: null, body, author: {name: 'Ada', email: 'ada@example.com'}, ...extra};
}

function comment(id: string, extra: Partial<Comment> = {}): Comment {
  return {
    id,
    parentId: null,
    author: {name: 'Grace'},
    body: `Body ${id}`,
    createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, id.length)).toISOString(),
    status: 'published',
    ...extra,
  };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('memory adapter', () => {
  it('starts from a seed and shows seeded held comments to this reader only', async () => {
    const adapter = createMemoryAdapter({
      seed: {[T]: [comment('a'), comment('b', {parentId: 'a', status: 'pending'})]},
    });
    expect((await adapter.list(T, {})).comments.map((c) => c.id)).to.deep.equal(['a', 'b']);
    const other = await adapter.peer().list(T, {});
    expect(other.comments.map((c) => c.id)).to.deep.equal(['a']);
    expect(other.total).to.equal(1);
  });

  it('refuses a seed it cannot read, naming the thread', () => {
    const bad = {[T]: [{id: 'x'} as unknown as Comment]};
    expect(() => createMemoryAdapter({seed: bad})).to.throw(TypeError, /"\/post"/);
  });

  it('delivers injected comments to subscribers and lists them', async () => {
    const adapter = createMemoryAdapter();
    const events: CommentEvent[] = [];
    const stop = adapter.subscribe(T, (e) => events.push(e));
    adapter.inject(T, comment('from-someone'));
    adapter.inject(T, comment('held', {status: 'pending'}));
    await tick();
    stop();
    expect(events.map((e) => e.type === 'created' && e.comment.id)).to.deep.equal(['from-someone']);
    expect((await adapter.list(T, {})).total).to.equal(1);
  });

  it('keeps a tombstone for a deleted comment with replies and drops one without', async () => {
    const adapter = createMemoryAdapter({
      seed: {[T]: [comment('a'), comment('r', {parentId: 'a'}), comment('lonely')]},
    });
    const events: CommentEvent[] = [];
    const stop = adapter.subscribe(T, (e) => events.push(e));
    adapter.moderatorRemove(T, 'a');
    adapter.moderatorRemove(T, 'lonely');
    await tick();
    stop();
    const page = await adapter.list(T, {});
    expect(page.comments).to.deep.include({
      id: 'a',
      parentId: null,
      author: {name: ''},
      body: '',
      createdAt: comment('a').createdAt,
      status: 'deleted',
    });
    expect(page.comments.map((c) => c.id)).to.deep.equal(['a', 'r']);
    expect(page.total).to.equal(1);
    expect(events.map((e) => e.type)).to.deep.equal(['updated', 'deleted']);
  });

  it('rejects the next call with the error given to failNext, then recovers', async () => {
    const adapter = createMemoryAdapter();
    const planned = new AdapterError('rate-limited', 'Slow down', {retryAfter: 5});
    adapter.failNext(planned);
    expect(await rejection(adapter.create(T, draft('x'), {idempotencyKey: key()}))).to.equal(
      planned,
    );
    expect((await adapter.list(T, {})).total).to.equal(0);
    await adapter.create(T, draft('x'), {idempotencyKey: key()});
    expect((await adapter.list(T, {})).total).to.equal(1);
  });

  it('waits its latency and can be aborted while waiting, storing nothing', async () => {
    const adapter = createMemoryAdapter({latency: 150});
    const started = performance.now();
    await adapter.list(T, {});
    expect(performance.now() - started).to.be.at.least(140);

    const controller = new AbortController();
    const sending = adapter.create(T, draft('x'), {
      idempotencyKey: key(),
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(), 20);
    expect((await rejection(sending)).code).to.equal('aborted');
    expect((await adapter.list(T, {})).total).to.equal(0);
  });

  it('holds everything with moderation "all" until approved', async () => {
    const adapter = createMemoryAdapter({moderation: 'all'});
    const reader = adapter.peer();
    const heard: CommentEvent[] = [];
    const stop = reader.subscribe(T, (e) => heard.push(e));
    const held = await adapter.create(T, draft('Wait for it'), {idempotencyKey: key()});
    expect(held.status).to.equal('pending');
    await tick();
    expect(heard).to.have.length(0);
    adapter.approve(T, held.id);
    await tick();
    stop();
    expect(heard.map((e) => e.type === 'created' && e.comment.status)).to.deep.equal(['published']);
  });

  it('posts without an email when requiresEmail is false, but checks one given', async () => {
    const adapter = createMemoryAdapter({requiresEmail: false});
    expect(adapter.capabilities.requiresEmail).to.equal(false);
    await adapter.create(T, draft('x', {author: {name: 'Ada'}}), {idempotencyKey: key()});
    const bad = draft('y', {author: {name: 'Ada', email: 'nope'}});
    expect((await rejection(adapter.create(T, bad, {idempotencyKey: key()}))).field).to.equal(
      'email',
    );
  });

  it("applies the server's limits in code points and checks the website scheme", async () => {
    const adapter = createMemoryAdapter();
    const create = (d: NewComment) => adapter.create(T, d, {idempotencyKey: key()});
    await create(draft('😀'.repeat(5000)));
    expect((await rejection(create(draft('a'.repeat(5001))))).field).to.equal('body');
    expect(
      (await rejection(create(draft('b', {author: {name: 'x'.repeat(81), email: 'a@b'}})))).field,
    ).to.equal('name');
    const ftp = draft('c', {author: {name: 'Ada', email: 'a@b', url: 'ftp://x.example'}});
    expect((await rejection(create(ftp))).field).to.equal('url');
    const ok = await create(
      draft('d', {author: {name: ' Ada ', email: 'a@b', url: ' https://ADA.example '}}),
    );
    expect(ok.author).to.deep.equal({name: 'Ada', url: 'https://ada.example/'});
  });

  it('treats path keys like the server: query, fragment and trailing slash do not matter', async () => {
    const adapter = createMemoryAdapter();
    await adapter.create('/a/b/', draft('x'), {idempotencyKey: key()});
    expect((await adapter.list('/a/b?utm=1#c', {})).total).to.equal(1);
    expect(await adapter.count(['/a/b', 'other'])).to.deep.equal({'/a/b': 1, other: 0});
    expect((await rejection(adapter.list('bad\u0000key', {}))).field).to.equal('thread');
  });

  it('stores thread keys and idempotency keys literally, even "__proto__"', async () => {
    const adapter = createMemoryAdapter();
    const a = await adapter.create('__proto__', draft('x'), {idempotencyKey: '__proto__'});
    const again = await adapter.create('__proto__', draft('x'), {idempotencyKey: '__proto__'});
    expect(again.id).to.equal(a.id);
    expect((await adapter.list('__proto__', {})).total).to.equal(1);
    const counts = await adapter.count(['__proto__', 'constructor']);
    expect(Object.entries(counts)).to.deep.equal([
      ['__proto__', 1],
      ['constructor', 0],
    ]);
  });

  it('caps replies per top-level comment and serves the rest through listReplies', async () => {
    const adapter = createMemoryAdapter({replyLimit: 2});
    const top = await adapter.create(T, draft('top'), {idempotencyKey: key()});
    const replies: Comment[] = [];
    for (const body of ['r1', 'r2', 'r3']) {
      replies.push(
        await adapter.create(T, draft(body, {parentId: top.id}), {idempotencyKey: key()}),
      );
    }
    const page = await adapter.list(T, {});
    expect(page.comments.map((c) => c.body)).to.deep.equal(['top', 'r1', 'r2']);
    expect(page.comments[0].moreReplies).to.equal(1);
    expect(page.total).to.equal(4);
    const rest = await adapter.listReplies(T, top.id, {});
    expect(rest.comments.map((c) => c.id)).to.deep.equal(replies.map((c) => c.id));
  });

  it('refuses replies nested deeper than 32 levels', async () => {
    const adapter = createMemoryAdapter();
    let parentId: string | null = null;
    for (let depth = 1; depth <= 32; depth++) {
      parentId = (await adapter.create(T, draft(`d${depth}`, {parentId}), {idempotencyKey: key()}))
        .id;
    }
    const tooDeep = adapter.create(T, draft('d33', {parentId}), {idempotencyKey: key()});
    expect((await rejection(tooDeep)).field).to.equal('parentId');
  });

  it('answers a filled honeypot like a held comment but stores nothing', async () => {
    const adapter = createMemoryAdapter();
    const bot = draft('Buy now', {antispam: {honeypot: 'http://spam.example', elapsedMs: 10}});
    expect((await adapter.create(T, bot, {idempotencyKey: key()})).status).to.equal('pending');
    expect((await adapter.list(T, {})).total).to.equal(0);
  });

  it('refuses an unreadable cursor and a page size out of range', async () => {
    const adapter = createMemoryAdapter();
    expect((await rejection(adapter.list(T, {cursor: 'garbage'}))).field).to.equal('cursor');
    expect((await rejection(adapter.list(T, {pageSize: 0}))).field).to.equal('limit');
    expect((await rejection(adapter.list(T, {pageSize: 101}))).field).to.equal('limit');
  });

  it('counts the same text from another person as no duplicate', async () => {
    const adapter = createMemoryAdapter();
    await adapter.create(T, draft('+1'), {idempotencyKey: key()});
    await adapter.peer().create(T, draft('+1'), {idempotencyKey: key()});
    expect((await adapter.list(T, {})).total).to.equal(2);
  });

  it('hands out copies: changing a returned comment changes nothing stored', async () => {
    const seed = [comment('a')];
    const adapter = createMemoryAdapter({seed: {[T]: seed}});
    seed[0].body = 'changed after seeding';
    const first = await adapter.list(T, {});
    first.comments[0].author.name = 'Mallory';
    const again = await adapter.list(T, {});
    expect(again.comments[0].author.name).to.equal('Grace');
    expect(again.comments[0].body).to.equal('Body a');
  });

  it('keeps telling other listeners when one listener throws', async () => {
    const adapter = createMemoryAdapter();
    const heard: string[] = [];
    const reported: unknown[] = [];
    const original = window.reportError;
    window.reportError = (error) => reported.push(error);
    const stopA = adapter.subscribe(T, () => {
      throw new Error('listener bug');
    });
    const stopB = adapter.subscribe(T, (e) => heard.push(e.type));
    adapter.inject(T, comment('x'));
    await tick();
    stopA();
    stopB();
    window.reportError = original;
    expect(heard).to.deep.equal(['created']);
    expect(String(reported[0])).to.contain('listener bug');
  });
});
