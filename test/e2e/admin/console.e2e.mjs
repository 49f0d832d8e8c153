// The owner's whole day in the console, in order: each test goes on from the
// state the one before left (one server, one article, one signed-in owner).
import assert from 'node:assert/strict';
import {axeOn} from '../drop-in/axe.mjs';
import {test} from '../drop-in/harness.mjs';
import {acceptedComment, postComment} from '../drop-in/pages.mjs';

const THREAD = '/posts/console';
const articleUrl = (site) => `${site.origin}${THREAD}.html`;

/** A browser context of its own (own cookies and storage) that collects the page's errors. */
async function openContext(browser, options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.setDefaultTimeout(10_000);
  return {context, page, problems};
}

/** The queue's row of the comment whose text is `body`. */
const row = (page, body) => page.locator('li.card', {hasText: body});

async function signIn(page, {server, token}) {
  await page.goto(`${server.url}/admin`);
  await page.getByLabel(/token or password/i).fill(token);
  await page.getByRole('button', {name: 'Sign in'}).click();
  await page.getByRole('navigation', {name: 'Console'}).waitFor();
}

/** A reader with a browser of their own on the article: posts `body`, sees it accepted. */
async function readerPosts(ctx, name, body) {
  const reader = await openContext(ctx.browser);
  await reader.page.goto(articleUrl(ctx.site));
  await postComment(reader.page, {body, name, email: `${name.toLowerCase()}@example.com`});
  await acceptedComment(reader.page, body);
  return reader;
}

test('signs in with the admin token', async (ctx) => {
  const owner = await openContext(ctx.browser);
  ctx.state.owner = owner;
  await owner.page.goto(`${ctx.server.url}/admin`);
  const wrong = owner.page.getByLabel(/token or password/i);
  await wrong.fill('not the token');
  await owner.page.getByRole('button', {name: 'Sign in'}).click();
  await owner.page
    .getByRole('alert')
    .filter({hasText: /not right/})
    .waitFor();
  await signIn(owner.page, ctx);
  await owner.page.getByRole('heading', {name: 'Held comments'}).waitFor();
});

test('a comment held under first-time moderation appears in the queue live', async (ctx) => {
  const {page} = ctx.state.owner;
  const reader = await readerPosts(ctx, 'Nadia', 'Nadia’s first comment, held at first.');
  ctx.state.nadia = reader;
  await reader.page.locator('natter-comments article', {hasText: 'awaiting moderation'}).waitFor();
  // No reload: the admin event stream brings it.
  await row(page, 'Nadia’s first comment').waitFor();
  assert.match(await row(page, 'Nadia’s first comment').innerText(), /0 approved comments/);
});

test('approving it with the keyboard alone shows it on the article to everyone', async (ctx) => {
  const {page} = ctx.state.owner;
  await page.locator('body').press('j');
  await page.keyboard.press('a');
  await row(page, 'Nadia’s first comment').waitFor({state: 'detached'});
  const stranger = await openContext(ctx.browser);
  await stranger.page.goto(articleUrl(ctx.site));
  await acceptedComment(stranger.page, 'Nadia’s first comment, held at first.');
  await stranger.context.close();
});

test('a rejected comment is gone from the widget, also for its author', async (ctx) => {
  const {page} = ctx.state.owner;
  const reader = await readerPosts(ctx, 'Otto', 'Otto’s comment that the owner rejects.');
  await row(page, 'Otto’s comment').waitFor();
  await row(page, 'Otto’s comment').focus();
  await page.keyboard.press('d');
  await row(page, 'Otto’s comment').waitFor({state: 'detached'});
  await reader.page.reload();
  await reader.page.locator('natter-comments article').first().waitFor();
  assert.equal(
    await reader.page.locator('natter-comments article', {hasText: 'Otto’s comment'}).count(),
    0,
  );
  await reader.context.close();
});

test('a blocked author’s next comment is held', async (ctx) => {
  const {page} = ctx.state.owner;
  await page.getByRole('link', {name: 'Recent'}).click();
  const nadia = row(page, 'Nadia’s first comment');
  await nadia.locator('summary', {hasText: 'Block author'}).click();
  await nadia.getByRole('button', {name: /hold new comments/}).click();
  await nadia.getByText('Author blocked').waitFor();
  await page.getByRole('link', {name: 'Queue'}).click();
  const {page: reader} = ctx.state.nadia;
  await reader.reload();
  await postComment(reader, {body: 'Nadia again, after the block.', name: 'Nadia'});
  await reader.locator('natter-comments article', {hasText: 'awaiting moderation'}).waitFor();
  await row(page, 'Nadia again').waitFor();
  assert.match(await row(page, 'Nadia again').innerText(), /Author blocked/);
});

test('closing the thread takes the form off the article', async (ctx) => {
  const {page} = ctx.state.owner;
  await page.getByRole('link', {name: 'Threads'}).click();
  // A reader who had the page open before it closed, halfway through a comment.
  const early = await openContext(ctx.browser);
  await early.page.goto(articleUrl(ctx.site));
  await early.page.getByRole('textbox', {name: /^Comment/}).waitFor();
  const thread = page.locator('li', {hasText: THREAD}).first();
  await thread.getByRole('button', {name: 'Close'}).click();
  await thread.getByRole('button', {name: 'Reopen'}).waitFor();
  const reader = await openContext(ctx.browser);
  await reader.page.goto(articleUrl(ctx.site));
  await reader.page.getByText('Comments are closed.').waitFor();
  await postComment(early.page, {body: 'Sent after the thread closed.', name: 'Late'});
  await early.page.locator('natter-reply-form').getByText('Comments are closed.').waitFor();
  assert.equal(
    await early.page.getByRole('textbox', {name: /^Comment/}).inputValue(),
    'Sent after the thread closed.',
    'the draft stays in the box',
  );
  await early.context.close();
  assert.equal(await reader.page.getByRole('textbox', {name: /^Comment/}).count(), 0);
  assert.deepEqual(reader.problems, []);
  await reader.context.close();
});

test('signing out ends the session: the API refuses its cookie', async (ctx) => {
  const {page, context, problems} = ctx.state.owner;
  const cookies = await context.cookies(`${ctx.server.url}/api/admin/`);
  const session = cookies.find((cookie) => cookie.name === 'natter_admin');
  assert.ok(session, 'a session cookie was set');
  assert.equal(session.httpOnly, true);
  assert.equal(session.sameSite, 'Strict');
  const withCookie = () =>
    fetch(`${ctx.server.url}/api/admin/comments`, {
      headers: {Cookie: `natter_admin=${session.value}`},
    });
  assert.equal((await withCookie()).status, 200);
  await page.getByRole('button', {name: 'Sign out'}).click();
  await page.getByLabel(/token or password/i).waitFor();
  assert.equal((await withCookie()).status, 401);
  // Refused requests (the 401s of a signed-out console) are logged too; they are expected.
  const errors = problems.filter((problem) => !/Failed to load resource/.test(problem));
  assert.deepEqual(errors, [], 'the console page reported no errors (its CSP held)');
  await context.close();
  await ctx.state.nadia.context.close();
});

test(
  'every section is axe-clean in light and dark, at desktop and phone width',
  async (ctx) => {
    for (const colorScheme of ['light', 'dark']) {
      for (const width of [1280, 360]) {
        // axe is added as an inline script, which the console's own policy forbids.
        const {page, context} = await openContext(ctx.browser, {
          bypassCSP: true,
          colorScheme,
          viewport: {width, height: 800},
        });
        await signIn(page, ctx);
        for (const section of ['queue', 'recent', 'authors', 'threads', 'settings']) {
          await page.goto(`${ctx.server.url}/admin#${section}`);
          await page.getByRole('navigation', {name: 'Console'}).waitFor();
          await page.locator('main h2').first().waitFor();
          await page.waitForLoadState('networkidle');
          const {found, contrastChecked} = await axeOn(page, 'natter-admin');
          assert.deepEqual(found, [], `${section}, ${colorScheme}, ${width} px`);
          assert.ok(contrastChecked > 0, `axe judged contrast inside the console (${section})`);
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
          );
          assert.ok(overflow <= 0, `${section} fits ${width} px without sideways scrolling`);
        }
        await context.close();
      }
    }
  },
  {timeout: 120_000},
);
