// axe on the built natter.js, in the light and the dark theme: the thread
// as it loads from the reference server, the form showing its errors, and
// a reply form opened under a comment. Every other state is walked in
// a11y-states.e2e.mjs.
import assert from 'node:assert/strict';
import {axeOn} from './axe.mjs';
import {test} from './harness.mjs';
import {withPage} from './pages.mjs';

// The host's own background: the theme took effect, so axe judged its colours.
const backgrounds = {light: 'rgb(255, 255, 255)', dark: 'rgb(15, 20, 25)'};

/** axe's violations on the whole page, once it has judged contrast inside the section too. */
async function violations(page) {
  const {found, contrastChecked} = await axeOn(page);
  assert.ok(contrastChecked > 5, `axe checked contrast on ${contrastChecked} nodes of the section`);
  return found;
}

/** The page whose section takes its attributes from the query string (fixtures/static/section.html). */
const themedPage = (site, comments, theme) =>
  `${site.origin}/section.html?${new URLSearchParams({endpoint: comments.origin, thread: '/articles/tide-tables', theme})}`;

for (const theme of ['light', 'dark']) {
  test(`axe finds nothing in the built natter.js, ${theme} theme`, ({browser, site, comments}) =>
    withPage(browser, themedPage(site, comments, theme), async ({page}) => {
      const section = page.locator('natter-comments');
      await page.getByText('The spring tide chart saved our walk').waitFor();
      await page.getByText('We waited on the causeway').waitFor();
      const background = await section.evaluate((el) => getComputedStyle(el).backgroundColor);
      assert.equal(background, backgrounds[theme], `the ${theme} theme is in force`);
      assert.deepEqual(await violations(page), [], 'the loaded thread');

      // Posting an empty form shows what is missing, next to the fields.
      await page.getByRole('button', {name: 'Post comment'}).click();
      await page.locator('natter-reply-form [aria-invalid="true"]').first().waitFor();
      await page.locator('natter-reply-form .error').first().waitFor();
      assert.deepEqual(await violations(page), [], 'the form with its errors');

      // A reply form under the first comment.
      await page.locator('natter-comments [data-action="reply"]').first().click();
      await page.locator('natter-comments .reply-slot natter-reply-form').waitFor();
      assert.deepEqual(await violations(page), [], 'the inline reply form');
    }));
}
