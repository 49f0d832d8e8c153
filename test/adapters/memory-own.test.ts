import {expect} from '@open-wc/testing';
import {createMemoryAdapter} from '../../src/adapters/memory.js';
import {createLocalAdapter} from '../../src/adapters/local.js';
import type {CommentEvent} from '../../src/adapters/types.js';
import type {NewComment} from '../../src/core/types.js';
import {adapterFailure as rejection} from '../support/adapter-failure.js';

const T = '/own';
let n = 0;
const key = () => `own-${++n}`;
const draft = (body: string, parentId: string | null = null): NewComment => ({
  parentId,
  body,
  author: {name: 'Ada', email: 'ada@example.com'},
});
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('memory adapter: own comments', () => {
  it('marks the reader’s own comments with an edit deadline, and no one else’s', async () => {
    const me = createMemoryAdapter({editWindowMs: 60_000});
    const mine = await me.create(T, draft('Mine'), {idempotencyKey: key()});
    expect(mine.own).to.equal(true);
    expect(Date.parse(mine.editableUntil!) - Date.parse(mine.createdAt)).to.equal(60_000);
    const seen = (await me.peer().list(T, {})).comments[0];
    expect(seen.own).to.equal(undefined);
    expect(seen.editableUntil).to.equal(undefined);
    expect(seen.votes).to.deep.equal({up: 0, down: 0});
  });

  it('edits within the window, sets editedAt and tells others', async () => {
    const me = createMemoryAdapter();
    const other = me.peer();
    const posted = await me.create(T, draft('Frist'), {idempotencyKey: key()});
    await other.create(T, draft('A reply', posted.id), {idempotencyKey: key()});
    const heard: CommentEvent[] = [];
    other.subscribe(T, (e) => heard.push(e));
    const edited = await me.update(T, posted.id, {body: '  First  '});
    expect(edited).to.not.have.property('moreReplies');
    expect(edited.body).to.equal('First');
    expect(edited.own).to.equal(true);
    expect(Date.parse(edited.editedAt!)).to.be.at.least(Date.parse(posted.createdAt));
    await tick();
    expect(heard).to.have.length(1);
    expect(heard[0].type).to.equal('updated');
    const seen = heard[0].type === 'updated' ? heard[0].comment : undefined;
    expect(seen?.body).to.equal('First');
    expect(seen?.own).to.equal(undefined);
  });

  it('refuses edits by others, after the window, and of bad text', async () => {
    const me = createMemoryAdapter({editWindowMs: 50});
    const posted = await me.create(T, draft('Soon closed'), {idempotencyKey: key()});
    expect((await rejection(me.update(T, posted.id, {body: ''}))).field).to.equal('body');
    expect((await rejection(me.peer().update(T, posted.id, {body: 'Mine now'}))).code).to.equal(
      'forbidden',
    );
    expect((await rejection(me.update(T, 'c_nothing', {body: 'x'}))).code).to.equal('not-found');
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect((await rejection(me.update(T, posted.id, {body: 'Too late'}))).code).to.equal(
      'forbidden',
    );
    expect((await me.list(T, {})).comments[0].body).to.equal('Soon closed');
  });

  it('lets the author edit a held comment', async () => {
    const me = createMemoryAdapter({moderation: 'all'});
    const held = await me.create(T, draft('Held'), {idempotencyKey: key()});
    const edited = await me.update(T, held.id, {body: 'Held, fixed'});
    expect(edited.status).to.equal('pending');
    expect(edited.body).to.equal('Held, fixed');
  });

  it('deletes: gone without replies, a tombstone with them', async () => {
    const me = createMemoryAdapter();
    const other = me.peer();
    const lone = await me.create(T, draft('Lone'), {idempotencyKey: key()});
    const parent = await me.create(T, draft('Parent'), {idempotencyKey: key()});
    await other.create(T, draft('Answer', parent.id), {idempotencyKey: key()});
    const heard: CommentEvent[] = [];
    other.subscribe(T, (e) => heard.push(e));
    expect((await rejection(other.remove(T, lone.id))).code).to.equal('forbidden');
    expect(await me.remove(T, lone.id)).to.equal(null);
    const tombstone = await me.remove(T, parent.id);
    expect(tombstone).to.include({status: 'deleted', body: ''});
    expect(tombstone).to.not.have.property('moreReplies');
    expect(tombstone?.author.name).to.equal('');
    await tick();
    expect(heard.map((e) => e.type)).to.have.members(['deleted', 'updated']);
    const page = await other.list(T, {});
    expect(page.comments.map((c) => c.body)).to.deep.equal(['', 'Answer']);
    expect(page.total).to.equal(1);
    expect((await rejection(me.remove(T, lone.id))).code).to.equal('not-found');
  });
});

describe('memory adapter: votes', () => {
  it('counts one vote per reader, toggles it, and tells others the counts only', async () => {
    const author = createMemoryAdapter();
    const voter = author.peer();
    const watcher = author.peer();
    const posted = await author.create(T, draft('Vote on me'), {idempotencyKey: key()});
    const heard: CommentEvent[] = [];
    watcher.subscribe(T, (e) => heard.push(e));
    expect(await voter.vote(T, posted.id, 1)).to.deep.equal({votes: {up: 1, down: 0}, myVote: 1});
    expect(await voter.vote(T, posted.id, 1)).to.deep.equal({votes: {up: 1, down: 0}, myVote: 1});
    expect((await voter.list(T, {})).comments[0].myVote).to.equal(1);
    expect((await watcher.list(T, {})).comments[0].myVote).to.equal(undefined);
    await tick();
    expect(heard).to.deep.equal([{type: 'voted', id: posted.id, votes: {up: 1, down: 0}}]);
    expect(await voter.vote(T, posted.id, 0)).to.deep.equal({votes: {up: 0, down: 0}});
    expect((await rejection(author.vote(T, posted.id, 1))).code).to.equal('forbidden');
    expect((await rejection(voter.vote(T, posted.id, -1))).code).to.equal('validation');
  });

  it('takes down-votes when asked to, and reports them as a capability', async () => {
    const author = createMemoryAdapter({downVotes: true});
    expect(author.capabilities).to.include({top: true, downVotes: true});
    expect(createMemoryAdapter().capabilities.downVotes).to.equal(false);
    const posted = await author.create(T, draft('Disputed'), {idempotencyKey: key()});
    const voter = author.peer();
    await voter.vote(T, posted.id, 1);
    expect(await voter.vote(T, posted.id, -1)).to.deep.equal({
      votes: {up: 0, down: 1},
      myVote: -1,
    });
  });

  it('treats held and deleted comments as not there', async () => {
    const author = createMemoryAdapter();
    author.holdNext();
    const held = await author.create(T, draft('Held'), {idempotencyKey: key()});
    const gone = await author.create(T, draft('Gone'), {idempotencyKey: key()});
    await author.remove(T, gone.id);
    const voter = author.peer();
    expect((await rejection(voter.vote(T, held.id, 1))).code).to.equal('not-found');
    expect((await rejection(voter.vote(T, gone.id, 1))).code).to.equal('not-found');
  });
});

describe('memory adapter: top order', () => {
  const seed = (votes: Array<[number, number]>) =>
    votes.map(([up, down], i) => ({
      id: `t${i}`,
      parentId: null,
      author: {name: 'Grace'},
      body: `Top ${i}`,
      createdAt: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
      status: 'published' as const,
      votes: {up, down},
    }));

  it('ranks by the Wilson lower bound, not raw counts, ties newest first', async () => {
    // 10 of 10 beats 60 of 100; with nothing at all, the newer one leads.
    const adapter = createMemoryAdapter({
      seed: {
        [T]: seed([
          [60, 40],
          [10, 0],
          [0, 0],
          [0, 0],
          [1, 0],
        ]),
      },
    });
    const page = await adapter.list(T, {sort: 'top'});
    expect(page.comments.map((c) => c.id)).to.deep.equal(['t1', 't0', 't4', 't3', 't2']);
  });

  it('keeps its cursors exact while votes change between pages', async () => {
    const adapter = createMemoryAdapter({
      seed: {
        [T]: seed([
          [5, 0],
          [4, 0],
          [3, 0],
          [2, 0],
          [1, 0],
        ]),
      },
    });
    const first = await adapter.list(T, {sort: 'top', pageSize: 2});
    expect(first.comments.map((c) => c.id)).to.deep.equal(['t0', 't1']);
    // Someone lifts the last comment to the top, and a new one arrives.
    const voters = Array.from({length: 8}, () => adapter.peer());
    for (const voter of voters) await voter.vote(T, 't4', 1);
    await adapter.peer().create(T, draft('Late'), {idempotencyKey: key()});
    const seen = [...first.comments.map((c) => c.id)];
    let cursor = first.nextCursor;
    while (cursor) {
      const page = await adapter.list(T, {sort: 'top', pageSize: 2, cursor});
      seen.push(...page.comments.map((c) => c.id));
      cursor = page.nextCursor;
    }
    expect(seen).to.deep.equal(['t0', 't1', 't2', 't3', 't4']);
    const fresh = await adapter.list(T, {sort: 'top', pageSize: 2});
    expect(fresh.comments[0].id).to.equal('t4');
    expect(fresh.comments[0].votes).to.deep.equal({up: 9, down: 0});
  });

  it('refuses an oldest-order cursor for top, and a top cursor for oldest', async () => {
    const adapter = createMemoryAdapter({
      seed: {
        [T]: seed([
          [1, 0],
          [2, 0],
          [3, 0],
        ]),
      },
    });
    const top = await adapter.list(T, {sort: 'top', pageSize: 1});
    const oldest = await adapter.list(T, {sort: 'oldest', pageSize: 1});
    const mixed = adapter.list(T, {sort: 'oldest', cursor: top.nextCursor});
    expect((await rejection(mixed)).field).to.equal('cursor');
    const other = adapter.list(T, {sort: 'top', cursor: oldest.nextCursor});
    expect((await rejection(other)).field).to.equal('cursor');
  });
});

describe('local adapter: own comments and votes', () => {
  it('keeps edits and votes across a reload of the page', async () => {
    const storageKey = `natter:own-test:${Math.random()}`;
    try {
      const me = createLocalAdapter({storageKey, authorToken: 'me-0000000000'});
      const posted = await me.create(T, draft('Kept'), {idempotencyKey: key()});
      await me.update(T, posted.id, {body: 'Kept, edited'});
      const voter = createLocalAdapter({storageKey, authorToken: 'voter-000000000'});
      await voter.vote(T, posted.id, 1);
      const again = createLocalAdapter({storageKey, authorToken: 'me-0000000000'});
      const seen = (await again.list(T, {})).comments[0];
      expect(seen).to.include({body: 'Kept, edited', own: true});
      expect(seen.editedAt).to.be.a('string');
      expect(seen.votes).to.deep.equal({up: 1, down: 0});
      expect(again.capabilities).to.include({top: true, downVotes: false});
    } finally {
      localStorage.removeItem(storageKey);
    }
  });
});
