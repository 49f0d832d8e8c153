import type {Comment} from '../core/types.js';
import type {CommentEvent} from '../adapters/types.js';
import {deepEqual, equal, ok, rejectsWith} from './assert.js';
import type {Register} from './cases-core.js';
import {assertComment} from './kit.js';
import {nests} from './levels.js';

/** The optional methods: count, subscribe, listReplies. */
export function registerOptionalCases(test: Register): void {
  test('counts several threads in one call', async (t) => {
    if (!t.adapter.count) return t.skip('the adapter has no count()');
    t.need('count');
    const first = await t.create('Counted.');
    if (t.adapter.capabilities?.replies === false) await t.create('Counted too.');
    else await t.create('Counted reply.', first.id);
    const empty = `${t.thread}-none`;
    const counts = await t.adapter.count([t.thread, empty]);
    deepEqual(counts, {[t.thread]: 2, [empty]: 0}, 'counts keyed by the threads as sent');
  });

  test('delivers a comment posted by another reader to subscribers', async (t) => {
    if (!t.adapter.subscribe) return t.skip('the adapter has no subscribe()');
    if (!t.fixture.createPeer) return t.skip('the fixture has no createPeer() for a second reader');
    t.need('subscribe');
    const peer = await t.fixture.createPeer();
    const events: CommentEvent[] = [];
    const unsubscribe = t.adapter.subscribe(t.thread, (event) => events.push(event));
    const patience = t.options.eventTimeout ?? 10_000;
    const posted = new Set<string>();
    let heard: Comment | undefined;
    try {
      // A live connection may take a moment to open and the contract has no
      // "ready" signal, so keep posting (a few times at most) until one is heard.
      const until = Date.now() + patience;
      for (let i = 1; i <= 5 && !heard && Date.now() < until; i++) {
        posted.add((await t.create(`Live comment ${i}.`, null, peer)).id);
        const wait = Math.min(Math.max(patience / 5, 500), until - Date.now());
        heard = await t.waitFor(() => {
          const hit = events.find((e) => e.type === 'created' && posted.has(e.comment.id));
          return hit?.type === 'created' ? hit.comment : undefined;
        }, wait);
      }
      ok(heard, `no "created" event within ${patience} ms`);
      assertComment(heard, 'the comment in the event');
      ok(heard.body.startsWith('Live comment'), 'the event carries the posted text');
    } finally {
      unsubscribe();
    }
    const heardBefore = events.length;
    await t.create('After unsubscribing.', null, peer);
    await new Promise((resolve) => setTimeout(resolve, 300));
    equal(events.length, heardBefore, 'events heard after unsubscribing');
  });

  test('lists every reply below a comment with listReplies, oldest first', async (t) => {
    if (!t.adapter.listReplies) return t.skip('the adapter has no listReplies()');
    t.need('listReplies');
    const top = await t.create('Parent of many.');
    const a = await t.create('First reply.', top.id);
    const b = nests(t.adapter) ? await t.create('Reply to the first reply.', a.id) : undefined;
    const c = await t.create('Second reply.', top.id);
    await t.create('Unrelated top-level comment.');

    const found: Comment[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await t.adapter.listReplies(t.thread, top.id, {cursor});
      ok(Array.isArray(page.comments), 'listReplies() must return a comments array');
      page.comments.forEach((r, i) => assertComment(r, `reply ${i}`));
      found.push(...page.comments);
      cursor = page.nextCursor;
      ok(++pages <= 20, 'listReplies paging did not end after 20 pages');
    } while (cursor !== undefined);

    deepEqual(
      found.map((r) => r.id),
      [a, b, c].filter((r) => r !== undefined).map((r) => r.id),
      'the replies below the comment, oldest first',
    );
  });

  test('refuses listReplies for an unknown comment (not-found)', async (t) => {
    if (!t.adapter.listReplies) return t.skip('the adapter has no listReplies()');
    t.need('listReplies');
    await t.create('Some comment.');
    await rejectsWith(
      t.adapter.listReplies(t.thread, 'no-such-comment-0', {}),
      'not-found',
      'listReplies of an unknown comment',
    );
  });
}
