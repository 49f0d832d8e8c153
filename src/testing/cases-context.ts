import {equal, ok, rejectsWith} from './assert.js';
import type {Register} from './cases-core.js';
import {assertComment} from './kit.js';
import {deepestLevel, nests} from './levels.js';

/** The optional `context` method: a linked comment that is on no loaded page. */
export function registerContextCases(test: Register): void {
  test('finds a comment on a later page with its ancestors, through context', async (t) => {
    if (!t.adapter.context) return t.skip('the adapter has no context()');
    t.need('context');
    const replies = t.adapter.capabilities?.replies !== false && deepestLevel(t.adapter) >= 2;
    const first = await t.create('On the first page.');
    await t.create('On the second page.');
    const top = await t.create('On the third page.');
    const reply = replies ? await t.create('A reply to it.', top.id) : undefined;
    const deep =
      reply && nests(t.adapter)
        ? await t.create('A reply to the reply.', reply.id)
        : (reply ?? top);
    const [page] = await t.pages('oldest', 1);
    ok(
      !page.comments.some((c) => c.id === top.id),
      'the first page of one holds the third comment',
    );

    const found = await t.adapter.context(t.thread, deep.id);
    ok(Array.isArray(found.comments), 'context() must return a comments array');
    found.comments.forEach((c, i) => assertComment(c, `comment ${i} in context`));
    const byId = new Map(found.comments.map((c) => [c.id, c]));
    const chain = [...new Set([top, reply, deep])].filter((c) => c !== undefined);
    for (const link of chain) ok(byId.has(link.id), `the context holds ${link.body}`);
    equal(byId.get(top.id)?.parentId, null, 'the top-level comment has no parent');
    if (reply) equal(byId.get(reply.id)?.parentId, top.id, "the reply's parent");
    if (reply && deep !== reply) {
      equal(byId.get(deep.id)?.parentId, reply.id, "the deeper reply's parent");
    }
    ok(!byId.has(first.id), 'comments of other branches are left out');
    equal(byId.get(deep.id)?.body, deep.body, 'the linked comment as posted');
  });

  test('refuses context for a comment that is not there (not-found)', async (t) => {
    if (!t.adapter.context) return t.skip('the adapter has no context()');
    t.need('context');
    await t.create('Some comment.');
    await rejectsWith(
      t.adapter.context(t.thread, 'no-such-comment-0'),
      'not-found',
      'context of an unknown comment',
    );
  });
}
