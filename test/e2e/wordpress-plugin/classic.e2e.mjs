// A classic theme: Twenty Twenty-One calls comments_template() from
// single.php, and the plugin's comments_template filter puts Natter there.
import assert from 'node:assert/strict';
import {test} from '../drop-in/harness.mjs';
import {until} from '../drop-in/pages.mjs';
import {onPage, renderedComments} from './browser.mjs';

test('a classic theme (Twenty Twenty-One) shows Natter from comments_template()', async ({
  browser,
  site,
}) => {
  assert.equal((await site.useTheme('twentytwentyone')).active, 'twentytwentyone');
  try {
    await onPage(browser, site, site.postUrl(site.seededPost), async (page) => {
      // The theme's own markup around it: its header and entry title.
      assert.equal(await page.locator('header#masthead').count(), 1);
      assert.match(await page.locator('h1.entry-title').textContent(), /harbour walk/);
      // Its comments.php (list, title, form) is not used.
      assert.equal(await page.locator('.comments-title, .comment-list, #respond').count(), 0);
      const section = page.locator('#comments natter-comments');
      assert.equal(await section.getAttribute('thread'), site.seededPost);
      await until(
        async () => (await renderedComments(page)).some((c) => c.body.includes('thermos')),
        'the seeded discussion is not shown',
        20_000,
      );
    });
  } finally {
    await site.useTheme('twentytwentythree');
  }
});
