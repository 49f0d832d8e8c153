import type {Comment} from '../core/types.js';
import type {CommentEvent, CommentsAdapter} from '../adapters/types.js';
import {deepEqual, equal, ok, rejectsWith} from './assert.js';
import type {Register} from './cases-core.js';
import type {TestKit} from './kit.js';

function voter(t: TestKit) {
  if (!t.adapter.vote) return t.skip('the adapter has no vote()');
  t.need('vote');
}

async function peerOf(
  t: TestKit,
): Promise<CommentsAdapter & Required<Pick<CommentsAdapter, 'vote'>>> {
  if (!t.fixture.createPeer) return t.skip('the fixture has no createPeer() for a second reader');
  const peer = await t.fixture.createPeer();
  ok(peer.vote, 'the peer adapter has vote()');
  return peer as CommentsAdapter & Required<Pick<CommentsAdapter, 'vote'>>;
}

const find = (comments: Comment[], id: string) => comments.find((c) => c.id === id);
const topLevel = (comments: Comment[]) => comments.filter((c) => c.parentId === null);

/** Votes, the `top` order, and the live events of edits and votes. */
export function registerVoteCases(test: Register): void {
  test('counts one vote per voter, and takes it back with 0', async (t) => {
    voter(t);
    const peer = await peerOf(t);
    const posted = await t.create('Worth a vote.');
    deepEqual(
      await peer.vote(t.thread, posted.id, 1),
      {votes: {up: 1, down: 0}, myVote: 1},
      'a vote',
    );
    deepEqual(
      await peer.vote(t.thread, posted.id, 1),
      {votes: {up: 1, down: 0}, myVote: 1},
      'the same vote again changes nothing',
    );
    const seen = find(await t.listAll(peer), posted.id);
    deepEqual(seen?.votes, {up: 1, down: 0}, 'the listed counts');
    equal(seen?.myVote, 1, 'the voter’s listed vote');
    const author = find(await t.listAll(), posted.id);
    deepEqual(author?.votes, {up: 1, down: 0}, 'the counts the author sees');
    equal(author?.myVote, undefined, 'the author has no vote of their own on it');
    deepEqual(await peer.vote(t.thread, posted.id, 0), {votes: {up: 0, down: 0}}, 'taken back');
    equal(find(await t.listAll(peer), posted.id)?.myVote, undefined, 'no vote listed');
  });

  test('changes an up-vote into a down-vote where down-votes are on', async (t) => {
    voter(t);
    const peer = await peerOf(t);
    await t.adapter.list(t.thread, {});
    if (!t.adapter.capabilities?.downVotes) return t.skip('capabilities.downVotes is not true');
    const posted = await t.create('Divisive.');
    await peer.vote(t.thread, posted.id, 1);
    deepEqual(
      await peer.vote(t.thread, posted.id, -1),
      {votes: {up: 0, down: 1}, myVote: -1},
      'the changed vote',
    );
  });

  test('refuses a vote on the reader’s own comment', async (t) => {
    voter(t);
    const posted = await t.create('My own.');
    await rejectsWith(t.adapter.vote!(t.thread, posted.id, 1), 'forbidden', 'voting on one’s own');
    await rejectsWith(
      t.adapter.vote!(t.thread, 'no-such-comment-id', 1),
      'not-found',
      'voting on a comment that is not there',
    );
  });

  test('sorts top by votes, and keeps cursors exact while votes change', async (t) => {
    voter(t);
    if (!t.adapter.capabilities?.top) return t.skip('capabilities.top is not true');
    t.need('top');
    const peer = await peerOf(t);
    // Apart in time, so that "newest first" decides ties whatever the ids.
    const pause = () => new Promise((resolve) => setTimeout(resolve, 5));
    const c1 = await t.create('One.');
    await pause();
    const c2 = await t.create('Two.');
    await pause();
    const c3 = await t.create('Three.', null, peer);
    await pause();
    const c4 = await t.create('Four.');
    await peer.vote(t.thread, c1.id, 1);
    await t.adapter.vote!(t.thread, c3.id, 1);
    // Equal scores go newest first: the voted two, then the others.
    const order = topLevel((await t.pages('top', 100)).flatMap((page) => page.comments));
    deepEqual(
      order.map((c) => c.id),
      [c3.id, c1.id, c4.id, c2.id],
      'the top order',
    );
    const first = await t.adapter.list(t.thread, {sort: 'top', pageSize: 2});
    ok(first.nextCursor, 'a first page of two of four has a cursor');
    // Votes move a comment of page 2 up and one of page 1 down.
    await peer.vote(t.thread, c1.id, 0);
    await peer.vote(t.thread, c2.id, 1);
    const seen = topLevel(first.comments).map((c) => c.id);
    let cursor: string | undefined = first.nextCursor;
    for (let pages = 0; cursor !== undefined; pages++) {
      ok(pages < 10, 'paging did not end');
      const page = await t.adapter.list(t.thread, {sort: 'top', pageSize: 2, cursor});
      seen.push(...topLevel(page.comments).map((c) => c.id));
      cursor = page.nextCursor;
    }
    deepEqual(
      [...seen].sort(),
      [c1.id, c2.id, c3.id, c4.id].sort(),
      'each comment exactly once across the pages',
    );
  });

  test('tells subscribers about edits and votes', async (t) => {
    voter(t);
    if (!t.adapter.subscribe) return t.skip('the adapter has no subscribe()');
    if (!t.adapter.update) return t.skip('the adapter has no update()');
    t.need('subscribe');
    const peer = await peerOf(t);
    const posted = await t.create('Watched.');
    const events: CommentEvent[] = [];
    const unsubscribe = peer.subscribe?.(t.thread, (event) => events.push(event));
    if (!unsubscribe) return t.skip('the peer adapter has no subscribe()');
    const patience = t.options.eventTimeout ?? 10_000;
    try {
      // No "ready" signal: act again (a few times at most) until one is heard.
      let voted: CommentEvent | undefined;
      let updated: CommentEvent | undefined;
      const until = Date.now() + patience;
      for (let i = 1; i <= 5 && !(voted && updated) && Date.now() < until; i++) {
        await t.adapter.update!(t.thread, posted.id, {body: `Watched, edit ${i}.`});
        await peer.vote(t.thread, posted.id, i % 2 ? 1 : 0);
        const wait = Math.min(Math.max(patience / 5, 500), until - Date.now());
        await t.waitFor(() => {
          voted = events.find((e) => e.type === 'voted' && e.id === posted.id);
          updated = events.find((e) => e.type === 'updated' && e.comment.id === posted.id);
          return voted && updated ? true : undefined;
        }, wait);
      }
      ok(updated?.type === 'updated', `no "updated" event within ${patience} ms`);
      ok(updated.comment.body.startsWith('Watched, edit'), 'the event carries the new text');
      ok(updated.comment.editedAt, 'the event carries editedAt');
      ok(voted?.type === 'voted', `no "voted" event within ${patience} ms`);
      ok(typeof voted.votes.up === 'number' && typeof voted.votes.down === 'number', 'counts');
    } finally {
      unsubscribe();
    }
  });
}
