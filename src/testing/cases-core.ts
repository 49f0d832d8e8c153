import {deepEqual, equal, ok} from './assert.js';
import {assertComment, assertPage, type TestKit} from './kit.js';
import type {AdapterError} from '../adapters/errors.js';
import type {Comment} from '../core/types.js';
import {deepestLevel, nests} from './levels.js';

export type Register = (title: string, body: (t: TestKit) => Promise<void>) => void;

/** Reading and writing: the shape of what comes back, threading, idempotency, held comments. */
export function registerCoreCases(test: Register): void {
  test('lists an empty thread as no comments, total 0 and no cursor', async (t) => {
    const page = await t.adapter.list(t.thread, {});
    assertPage(page, 'empty thread');
    equal(page.comments.length, 0, 'comments of an empty thread');
    equal(page.total, 0, 'total of an empty thread');
    equal(page.nextCursor, undefined, 'nextCursor of an empty thread');
  });

  test('creates a top-level comment and returns it in the contract shape', async (t) => {
    const before = Date.now();
    const created = await t.adapter.create(t.thread, t.draft('  Hello from the suite.  '), {
      idempotencyKey: t.key(),
    });
    assertComment(created, 'created comment');
    equal(created.parentId, null, 'parentId of a top-level comment');
    equal(created.author.name, 'Conformance Tester', 'author name');
    // Whether surrounding white space is kept is the backend's choice.
    equal(created.body.trim(), 'Hello from the suite.', 'body');
    equal(created.status, 'published', 'status');
    // Clocks differ between machines; a day either way still catches a wrong field.
    ok(Math.abs(Date.parse(created.createdAt) - before) < 86_400_000, 'createdAt is about now');

    const page = await t.adapter.list(t.thread, {});
    assertPage(page, 'after one create');
    equal(page.total, 1, 'total after one create');
    deepEqual(
      page.comments.map((c) => c.id),
      [created.id],
      'the created comment is listed',
    );
    equal(page.comments[0].body.trim(), 'Hello from the suite.', 'listed body');
  });

  test("never returns the author's email address", async (t) => {
    const created = await t.create('Privacy check.');
    const page = await t.adapter.list(t.thread, {});
    const seen = JSON.stringify([created, page]);
    ok(!seen.includes('tester@example.com'), 'the email address appears in a response');
  });

  test('creates replies and lists them threaded by parentId', async (t) => {
    if (t.adapter.capabilities?.replies === false)
      return t.skip('the adapter does not accept replies');
    t.need('replies');
    const top = await t.create('A top-level comment.');
    const reply = await t.create('A reply.', top.id);
    equal(reply.parentId, top.id, 'parentId of the reply');
    const expected: Record<string, string | null> = {[top.id]: null, [reply.id]: top.id};
    if (nests(t.adapter)) {
      const nested = await t.create('A reply to the reply.', reply.id);
      equal(nested.parentId, reply.id, 'parentId of the nested reply');
      expected[nested.id] = reply.id;
    }

    const page = await t.adapter.list(t.thread, {});
    assertPage(page, 'threaded list');
    equal(page.total, Object.keys(expected).length, 'total counts every level');
    const parents = Object.fromEntries(page.comments.map((c) => [c.id, c.parentId]));
    deepEqual(parents, expected, 'listed comments and their parentId links');
  });

  test('keeps no reply deeper than its deepestLevel capability says', async (t) => {
    const deepest = deepestLevel(t.adapter);
    if (deepest === Infinity) return t.skip('the adapter declares no deepestLevel');
    ok(Number.isInteger(deepest) && deepest >= 1, `deepestLevel must be a whole number from 1`);
    if (deepest === 1) return t.skip('the adapter keeps no replies (deepestLevel 1)');
    const chain = [await t.create('Level 1.')];
    for (let level = 2; level <= deepest; level++) {
      chain.push(await t.create(`Level ${level}.`, chain[chain.length - 1].id));
    }
    // One more level: the backend refuses it, or files it under an ancestor it can hold.
    let deeper: Comment | undefined;
    try {
      deeper = await t.create('One level too deep.', chain[chain.length - 1].id);
    } catch (error) {
      equal((error as AdapterError).code, 'validation', 'error code of a reply too deep');
      equal((error as AdapterError).field, 'parentId', 'field of a reply too deep');
      return;
    }
    const ancestors = chain.slice(0, -1).map((c) => c.id);
    ok(
      deeper.parentId !== null && ancestors.includes(deeper.parentId),
      `a reply too deep was filed under ${deeper.parentId}, not under an ancestor above level ${deepest}`,
    );
  });

  test('returns the first comment when the same idempotency key is sent again', async (t) => {
    t.need('idempotency');
    const idempotencyKey = t.key();
    const first = await t.adapter.create(t.thread, t.draft('Posted once.'), {idempotencyKey});
    const again = await t.adapter.create(t.thread, t.draft('Posted once.'), {idempotencyKey});
    equal(again.id, first.id, 'id of the repeated create');
    const page = await t.adapter.list(t.thread, {});
    equal(page.total, 1, 'total after a repeated create');
    equal(page.comments.length, 1, 'comments after a repeated create');
  });

  test('makes one comment when two creates with the same key race', async (t) => {
    t.need('idempotency');
    const idempotencyKey = t.key();
    const draft = t.draft('Double click.');
    const [a, b] = await Promise.all([
      t.adapter.create(t.thread, draft, {idempotencyKey}),
      t.adapter.create(t.thread, draft, {idempotencyKey}),
    ]);
    equal(b.id, a.id, 'both creates return the same comment');
    equal((await t.adapter.list(t.thread, {})).total, 1, 'total after racing creates');
  });

  test('shows a held comment to its author as pending', async (t) => {
    t.need('pending');
    const holding = await t.holding();
    const held = await holding.create('Waiting for a moderator.');
    equal(held.status, 'pending', 'status of a held comment');
    const mine = await t.listAll(holding.author);
    const listed = mine.find((c) => c.id === held.id);
    ok(listed, 'the author sees their held comment in the list');
    equal(listed.status, 'pending', 'listed status of the held comment');
  });

  test('hides a held comment from other readers', async (t) => {
    t.need('pending');
    const holding = await t.holding();
    if (!holding.createPeer) return t.skip('the fixture has no createPeer() for a second reader');
    const peer = await holding.createPeer();
    await t.create('Visible to all.');
    const before = await peer.list(t.thread, {});
    if (holding.sameBackend) equal(before.total, 1, "another reader's total before");
    const held = await holding.create('Held for moderation.');
    const page = await peer.list(t.thread, {});
    ok(!page.comments.some((c) => c.id === held.id), 'another reader sees a held comment');
    equal(page.total, before.total, "another reader's total");
  });
}
