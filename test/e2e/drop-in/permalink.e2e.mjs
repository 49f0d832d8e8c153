// Links into a long thread on the built natter.js and the real server: a
// `#comment-` link to a reply on a later page loads it with its ancestors,
// scrolls to it, focuses and highlights it, and "Load more" does not repeat it.
import assert from 'node:assert/strict';
import {test} from './harness.mjs';
import {LINKED_ID, LONG_THREAD} from './fixtures/long-thread.mjs';
import {until, withPage} from './pages.mjs';

const articleIds = (page) =>
  page
    .locator('natter-comments')
    .evaluate((el) =>
      [...el.shadowRoot.querySelectorAll('article')].map((a) => a.id.slice('comment-'.length)),
    );

for (const width of [360, 1280]) {
  test(`a link to a reply on a later page shows it in its branch (${width} px wide)`, ({
    browser,
    site,
    comments,
  }) => {
    const query = new URLSearchParams({
      endpoint: comments.origin,
      thread: LONG_THREAD,
      'page-size': '4',
    });
    const url = `${site.origin}/section.html?${query}#comment-${LINKED_ID}`;
    return withPage(browser, url, async ({page}) => {
      await page.setViewportSize({width, height: 720});
      const linked = page.locator(`#comment-${LINKED_ID}`);
      await linked.waitFor();
      await until(
        () =>
          page.locator('natter-comments').evaluate((el) => el.shadowRoot.activeElement?.id ?? ''),
        'the linked reply gets focus',
      ).then((id) => assert.equal(id, `comment-${LINKED_ID}`));
      assert.ok(await linked.evaluate((a) => a.classList.contains('highlighted')));
      const box = await linked.boundingBox();
      assert.ok(box && box.y >= 0 && box.y + box.height <= 720, `in view: ${JSON.stringify(box)}`);
      assert.deepEqual(await articleIds(page), [
        'bird-1',
        'bird-2',
        'bird-3',
        'bird-4',
        'bird-10',
        'bird-10-a',
        LINKED_ID,
      ]);
      if (process.env.NATTER_SCREENSHOTS) {
        await page.screenshot({path: `${process.env.NATTER_SCREENSHOTS}/permalink-${width}.png`});
      }
      // Page two adds four top-level comments; page three three more and the
      // linked branch's top-level comment again, which must not show twice.
      for (const expected of [11, 14]) {
        await page.getByRole('button', {name: 'Load more comments'}).click();
        await until(
          async () => (await articleIds(page)).length === expected,
          `${expected} comments`,
        );
      }
      const ids = await articleIds(page);
      assert.equal(ids.length, new Set(ids).size, `no comment twice: ${ids.join(' ')}`);
      assert.equal(ids.length, 14);
    });
  });
}
