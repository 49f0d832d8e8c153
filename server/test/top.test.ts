import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {forEachBackend} from './support/backends.js';
import {ownRequests, reader} from './support/own.js';
import {useServer} from './support/server.js';

type Json = {id: string; parentId: string | null; [key: string]: unknown};
const AUTHOR = reader('author');
const voters = Array.from({length: 12}, (_, i) => reader(`voter-${i}`));

forEachBackend((backend) => {
  describe('sort=top', () => {
    const server = useServer(backend, {downVotes: true});
    const own = () => ownRequests(server.current);
    const topLevel = (page: {comments: Json[]}) =>
      page.comments.filter((c) => c.parentId === null).map((c) => c.id);
    /** Casts `up` up-votes and `down` down-votes on `id`, each by a different voter. */
    const votes = async (id: string, up: number, down = 0, from = 0) => {
      for (let i = 0; i < up + down; i++) {
        const answer = await own().vote(id, i < up ? 1 : -1, voters[from + i]!);
        assert.equal(answer.status, 200);
      }
    };

    it('ranks by the Wilson lower bound, then newest first, with replies oldest first', async () => {
      const thread = '/top/order';
      const made: Json[] = [];
      for (let i = 0; i < 6; i++) made.push(await own().post(thread, AUTHOR));
      const [a, b, c, d, e, f] = made.map((comment) => comment.id) as string[];
      await votes(a!, 1); // 1 up of 1: the bound is low for one vote
      await votes(b!, 8, 1); // 8 of 9
      await votes(c!, 5, 5); // half
      await votes(d!, 0, 2); // only down: 0, like no votes at all
      const r1 = await own().post(thread, reader('replier'), {parentId: b});
      const r2 = await own().post(thread, reader('replier'), {parentId: b});
      const page = await own().list(thread, {}, '&sort=top');
      assert.deepEqual(topLevel(page), [b, c, a, f, e, d]);
      const afterB = page.comments.slice(1, 3).map((comment: Json) => comment.id);
      assert.deepEqual(afterB, [r1.id, r2.id]);
    });

    it('keeps cursors exact while votes move comments between pages', async () => {
      const thread = '/top/cursors';
      const ids: string[] = [];
      for (let i = 0; i < 9; i++) ids.push((await own().post(thread, AUTHOR)).id);
      // Scores 8..0 up-votes: ids[8] has none, ids[0] has eight.
      for (let i = 0; i < 9; i++) await votes(ids[i]!, 8 - i);
      const first = await own().list(thread, {}, '&sort=top&limit=3');
      assert.deepEqual(topLevel(first), ids.slice(0, 3));
      // The last comment shoots to the top, the first sinks, one of page 2 moves to page 3.
      await votes(ids[8]!, 12);
      await votes(ids[0]!, 0, 12, 0);
      for (let i = 0; i < 2; i++) await own().vote(ids[3]!, 0, voters[i]!);
      const cursor = encodeURIComponent(first.nextCursor);
      const second = await own().list(thread, {}, `&sort=top&limit=3&cursor=${cursor}`);
      const third = await own().list(
        thread,
        {},
        `&sort=top&limit=3&cursor=${encodeURIComponent(second.nextCursor)}`,
      );
      assert.equal(third.nextCursor, undefined);
      const seen = [...topLevel(first), ...topLevel(second), ...topLevel(third)];
      assert.deepEqual(seen, ids, 'every comment once, in the order of the first page');
      // A fresh first page ranks by the votes as they are now.
      const now = await own().list(thread, {}, '&sort=top&limit=3');
      assert.equal(topLevel(now)[0], ids[8]);
      assert.ok(!topLevel(now).includes(ids[0]!));
    });

    it('refuses a cursor of another sort, and a top cursor for another sort', async () => {
      const thread = '/top/mixed';
      for (let i = 0; i < 3; i++) await own().post(thread, AUTHOR);
      const oldest = await own().list(thread, {}, '&limit=1');
      const top = await own().list(thread, {}, '&sort=top&limit=1');
      const mixed = [
        `&sort=top&cursor=${oldest.nextCursor}`,
        `&sort=oldest&cursor=${top.nextCursor}`,
      ];
      for (const query of mixed) {
        const answer = await server.current.getJson(`/api/comments?thread=${thread}${query}`);
        assert.equal(answer.status, 400, query);
        assert.equal(answer.body.error.field, 'cursor');
      }
      const bad = await server.current.getJson(`/api/comments?thread=${thread}&sort=best`);
      assert.equal(bad.status, 400);
      assert.equal(bad.body.error.field, 'sort');
    });
  });
});
