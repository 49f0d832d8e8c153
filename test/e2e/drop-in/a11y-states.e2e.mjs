// axe in the light and the dark theme on every state of the built section
// and its reply form, read from the reference server: loading, empty,
// failed with Retry, the loaded thread with "Load more", keyboard help open,
// collapsed replies, "N new comments", a reply form under a comment, its
// validation errors, the stand-in while a reply is sent, "Show 1 more reply",
// a right-to-left Arabic thread, the highlighted `#comment-` target, a
// comment held for moderation and a closed thread; then the count badges in
// a light and a dark page. Each test lists every state's violations at once.
import assert from 'node:assert/strict';
import {axeOn} from './axe.mjs';
import {ARABIC, EMPTY, LONG, MAIN, a11yServer} from './a11y-threads.mjs';
import {test} from './harness.mjs';
import {closeThread} from './pages.mjs';

// The section's own background in each theme: the theme took effect, so axe judged its colours.
const backgrounds = {light: 'rgb(255, 255, 255)', dark: 'rgb(15, 20, 25)'};

const sectionUrl = (site, server, thread, theme, extra = {}) =>
  `${site.origin}/section.html?${new URLSearchParams({endpoint: server.origin, thread, theme, ...extra})}`;

/**
 * Opens a page in its own context and hands `use` a `check(state)` that runs
 * axe and notes every violation; fails at the end with all of them, or when
 * axe judged too few colours inside `host` to mean anything.
 */
async function walk(browser, {theme, colorScheme = 'light', host = 'natter-comments'}, use) {
  const background = backgrounds[theme === 'auto' ? colorScheme : theme];
  const context = await browser.newContext({colorScheme});
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const uncaught = [];
  page.on('pageerror', (error) => uncaught.push(error.message));
  const problems = [];
  const checked = [];
  const check = async (state, minContrast = 3) => {
    if (theme) {
      const shown = await page.locator(host).evaluate((el) => getComputedStyle(el).backgroundColor);
      if (shown !== background) problems.push(`${state}: background ${shown}, not ${background}`);
    }
    const {found, contrastChecked} = await axeOn(page, host);
    problems.push(...found.map((line) => `${state}: ${line}`));
    if (contrastChecked < minContrast) {
      problems.push(
        `${state}: axe judged the contrast of only ${contrastChecked} nodes in ${host}`,
      );
    }
    checked.push(state);
  };
  try {
    await use(page, check);
    assert.deepEqual(uncaught, [], 'the page threw');
    assert.deepEqual(problems, [], `axe found violations (states checked: ${checked.join('; ')})`);
  } finally {
    await context.close();
  }
}

/** Fills a reply form as a person would; the email field only when the form asks for one. */
async function fillForm(form, body) {
  await form.getByRole('textbox', {name: /^Comment/}).fill(body);
  await form.getByLabel(/^Name/).fill('Nadia');
  const email = form.getByLabel(/^Email/);
  if (await email.count()) await email.fill('nadia@example.com');
}

/** Holds the requests `pattern` matches (POSTs only, with `posts`) until `release()`. */
async function hold(page, pattern, {posts = false} = {}) {
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route(pattern, async (route) => {
    if (!posts || route.request().method() === 'POST') await held;
    await route.continue();
  });
  return release;
}

const LIST = /\/api\/comments\?/;
const POST = /\/api\/comments$/;

for (const theme of ['light', 'dark']) {
  test(
    `axe finds nothing in any state of a loaded thread, ${theme} theme`,
    async ({browser, site}) => {
      const open = await a11yServer(site, 'open');
      await walk(browser, {theme}, async (page, check) => {
        const section = page.locator('natter-comments');
        await page.goto(sectionUrl(site, open, MAIN, theme, {'page-size': '2'}));
        await page.getByText('Four of them by the weir.').waitFor();
        await page.getByRole('button', {name: 'Load more comments'}).waitFor();
        await check('loaded thread with "Load more comments"');

        await page.getByText('Keyboard shortcuts').click();
        await section.locator('details.keys[open]').waitFor();
        await check('keyboard help open');

        await page.getByRole('button', {name: 'Hide replies'}).first().click();
        await page.getByRole('button', {name: 'Show 2 replies'}).waitFor();
        await check('collapsed replies');

        const posted = await fetch(`${open.origin}/api/comments`, {
          method: 'POST',
          headers: {'Content-Type': 'application/json', Origin: site.origin},
          body: JSON.stringify({
            thread: MAIN,
            body: `Posted from another tab, ${theme} theme.`,
            author: {name: 'Maelle', email: 'maelle@example.com'},
          }),
        });
        assert.equal(posted.status, 201);
        await page.getByRole('button', {name: 'Show 1 new comment'}).waitFor();
        await check('"Show 1 new comment"');

        await page.getByRole('button', {name: 'Reply to Ines'}).click();
        await page.getByText('Replying to Ines').waitFor();
        await check('reply form under a comment');
        const form = section.locator('.reply-slot natter-reply-form');
        await form.getByRole('button', {name: 'Post comment'}).click();
        await form.getByText('Please write your comment first.').waitFor();
        await check('reply form with validation errors');

        const release = await hold(page, POST, {posts: true});
        await fillForm(form, `A reply in the ${theme} theme.`);
        await form.getByRole('button', {name: 'Post comment'}).click();
        await section.locator('.comment.sending').waitFor();
        await check('stand-in of a reply being sent');
        release();
        await section.locator('.comment.sending').waitFor({state: 'detached'});
        await page.unroute(POST);

        await page.goto(sectionUrl(site, open, LONG, theme));
        await page.getByRole('button', {name: 'Show 1 more reply'}).waitFor();
        await check('"Show 1 more reply"');

        await page.goto(sectionUrl(site, open, ARABIC, theme, {lang: 'ar'}));
        await page.getByText('هل الطريق مفتوح').waitFor();
        const direction = await section.evaluate(
          (el) => getComputedStyle(el.shadowRoot.querySelector('.natter')).direction,
        );
        assert.equal(direction, 'rtl', 'the Arabic section reads right to left');
        await check('right-to-left Arabic thread');

        const url = sectionUrl(site, open, MAIN, theme, {'page-size': '2'});
        await page.goto(`${url}#comment-m3`);
        const target = section.locator('#comment-m3.highlighted');
        await target.waitFor();
        // The highlight fades in (thread.styles.ts); axe judges its final colours.
        await target.evaluate((el) => Promise.all(el.getAnimations().map((a) => a.finished)));
        await check('highlighted #comment-m3 link target');
        assert.equal(await target.count(), 1, 'still highlighted when axe had run');
      });
    },
    {timeout: 90_000},
  );

  test(
    `axe finds nothing while loading, empty, held, closed or failed, ${theme} theme`,
    async ({browser, site}) => {
      const held = await a11yServer(site, 'held');
      await walk(browser, {theme}, async (page, check) => {
        const release = await hold(page, LIST);
        await page.goto(sectionUrl(site, held, EMPTY, theme));
        await page.getByText('Loading comments…').waitFor();
        await check('loading skeleton', 2);
        release();
        await page.getByText('Be the first to share what you think.').waitFor();
        await page.unroute(LIST);
        await check('empty thread');

        const form = page.locator('natter-comments natter-reply-form');
        await fillForm(form, `Held for the owner, ${theme} theme.`);
        await form.getByRole('button', {name: 'Post comment'}).click();
        await page.getByText('Your comment is awaiting moderation.').first().waitFor();
        await check('comment held for moderation');

        await closeThread(page, POST);
        await form.getByRole('textbox', {name: /^Comment/}).fill('Too late for this one.');
        await form.getByRole('button', {name: 'Post comment'}).click();
        await page.getByText('Comments are closed.').waitFor();
        await check('comments closed');

        await page.route(LIST, (route) => route.abort('connectionrefused'));
        await page.goto(sectionUrl(site, held, EMPTY, theme));
        await page.getByRole('button', {name: 'Retry'}).waitFor();
        await check('load failed, with Retry', 2);
      });
    },
    {timeout: 60_000},
  );
}

test('axe finds nothing with theme="auto" on a reader’s dark system', ({browser, site}) =>
  a11yServer(site, 'open').then((open) =>
    walk(browser, {theme: 'auto', colorScheme: 'dark'}, async (page, check) => {
      await page.goto(sectionUrl(site, open, MAIN, 'auto'));
      await page.getByText('Four of them by the weir.').waitFor();
      await check('loaded thread');
      const form = page.locator('natter-comments natter-reply-form');
      await form.getByRole('button', {name: 'Post comment'}).click();
      await form.getByText('Please write your comment first.').waitFor();
      await check('form with validation errors');
    }),
  ));

for (const colorScheme of ['light', 'dark']) {
  test(`axe finds nothing in count badges on a ${colorScheme} page`, ({browser, site}) =>
    walk(browser, {colorScheme, host: 'natter-count'}, async (page, check) => {
      await page.goto(`${site.origin}/counts.html`);
      await page
        .locator('#tides')
        .getByText(/^\d+ comments$/)
        .waitFor();
      await page.locator('#quiet').getByText('No comments yet').waitFor();
      const text = await page.evaluate(() => getComputedStyle(document.body).color);
      const expected = colorScheme === 'dark' ? 'rgb(240, 240, 240)' : 'rgb(26, 26, 26)';
      assert.equal(text, expected, `the page follows the reader's ${colorScheme} scheme`);
      await check('count badges', 3);
    }));
}
