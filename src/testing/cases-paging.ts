import type {Comment, SortOrder} from '../core/types.js';
import type {CommentPage} from '../adapters/types.js';
import {deepEqual, equal, ok} from './assert.js';
import type {Register} from './cases-core.js';
import {assertPage, type TestKit} from './kit.js';
import {nests} from './levels.js';

interface Built {
  tops: Comment[];
  replies: Comment[];
  /** Reply id → id of its top-level ancestor. */
  rootOf: Map<string, string>;
}

/** Five top-level comments; the first, third and fifth get replies (one nested). */
async function build(t: TestKit, withReplies: boolean): Promise<Built> {
  const tops: Comment[] = [];
  for (let i = 1; i <= 5; i++) tops.push(await t.create(`Top-level comment ${i}.`));
  const replies: Comment[] = [];
  const rootOf = new Map<string, string>();
  if (withReplies) {
    for (const index of [0, 2, 4]) {
      const reply = await t.create(`Reply to ${index + 1}.`, tops[index].id);
      replies.push(reply);
      rootOf.set(reply.id, tops[index].id);
    }
    if (nests(t.adapter)) {
      const nested = await t.create('Reply to the reply of 3.', replies[1].id);
      replies.push(nested);
      rootOf.set(nested.id, tops[2].id);
    }
  }
  return {tops, replies, rootOf};
}

function check(pages: CommentPage[], built: Built, sort: SortOrder): void {
  const total = built.tops.length + built.replies.length;
  equal(pages.length, 3, `${sort}: pages of 2 for 5 top-level comments`);
  pages.forEach((page, i) => {
    assertPage(page, `${sort} page ${i + 1}`);
    equal(page.total, total, `${sort} page ${i + 1}: total`);
  });
  equal(pages[2].nextCursor, undefined, `${sort}: the last page has no cursor`);

  const seen = pages.flatMap((p) => p.comments.map((c) => c.id));
  equal(new Set(seen).size, seen.length, `${sort}: no comment appears on two pages`);
  deepEqual(
    [...seen].sort(),
    [...built.tops, ...built.replies].map((c) => c.id).sort(),
    `${sort}: every comment is listed`,
  );

  const expectedTops = built.tops.map((c) => c.id);
  if (sort === 'newest') expectedTops.reverse();
  const listedTops = pages.flatMap((p) => p.comments.filter((c) => c.parentId === null));
  deepEqual(
    listedTops.map((c) => c.id),
    expectedTops,
    `${sort}: top-level order across pages`,
  );
  deepEqual(
    pages.map((p) => p.comments.filter((c) => c.parentId === null).length),
    [2, 2, 1],
    `${sort}: top-level comments per page`,
  );

  for (const page of pages) {
    const topsHere = new Set(page.comments.filter((c) => c.parentId === null).map((c) => c.id));
    for (const c of page.comments) {
      if (c.parentId === null) continue;
      const root = built.rootOf.get(c.id);
      ok(root && topsHere.has(root), `${sort}: reply ${c.id} came without its top-level comment`);
    }
  }
}

/** Paging: complete, without repeats, replies with their top-level comment, in both orders. */
export function registerPagingCases(test: Register): void {
  for (const sort of ['oldest', 'newest'] as const) {
    test(`pages top-level comments ${sort} first, each with its replies`, async (t) => {
      t.need('paging');
      if (sort === 'newest') {
        if (t.adapter.capabilities?.sort === false)
          return t.skip('the adapter cannot sort newest first');
        t.need('sort');
      }
      const withReplies = t.adapter.capabilities?.replies !== false && !t.options.skip?.replies;
      const built = await build(t, withReplies);
      check(await t.pages(sort, 2), built, sort);
    });
  }
}
