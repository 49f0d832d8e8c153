// A reader's own doings on a real page, in order, against natter-server:
// posting while Chromium is offline, and two tabs of one article.
import assert from 'node:assert/strict';
import {test} from '../drop-in/harness.mjs';
import {acceptedComment, postComment, until} from '../drop-in/pages.mjs';

const THREAD = '/posts/reader';
const articleUrl = (site) => `${site.origin}${THREAD}.html`;

/** A browser context of its own (own storage) whose pages report their errors. */
async function openContext(browser) {
  const context = await browser.newContext();
  const problems = [];
  const open = async () => {
    const page = await context.newPage();
    page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
    page.setDefaultTimeout(10_000);
    return page;
  };
  return {context, problems, open};
}

/** Bodies of the thread's comments as the server keeps them (a reader with no token). */
async function stored(server) {
  const response = await fetch(`${server.url}/api/comments?thread=${encodeURIComponent(THREAD)}`);
  assert.equal(response.status, 200);
  return (await response.json()).comments.map((comment) => comment.body);
}

const queued = (page, body) =>
  page.locator('natter-comments article.sending', {hasText: body}).filter({
    hasText: 'Will be sent when you are back online.',
  });

test('a comment written offline is sent once when the browser is back online', async ({
  browser,
  site,
  server,
}) => {
  const reader = await openContext(browser);
  const page = await reader.open();
  await page.goto(articleUrl(site));
  await page.getByRole('button', {name: 'Post comment'}).waitFor();
  await reader.context.setOffline(true);
  const body = 'Written in a tunnel, sent after it.';
  await postComment(page, {body, name: 'Tomos'});
  await queued(page, body).waitFor();
  assert.deepEqual(await stored(server), [], 'nothing reached the server while offline');
  await reader.context.setOffline(false);
  await acceptedComment(page, body);
  await until(async () => (await stored(server)).length === 1, 'the server did not get it');
  assert.deepEqual(await stored(server), [body]);
  assert.deepEqual(reader.problems, []);
  await reader.context.close();
});

test('a comment queued offline is sent after the tab is closed and the page opened again', async ({
  browser,
  site,
  server,
}) => {
  const reader = await openContext(browser);
  const first = await reader.open();
  await first.goto(articleUrl(site));
  await first.getByRole('button', {name: 'Post comment'}).waitFor();
  await reader.context.setOffline(true);
  const body = 'Queued on the platform, the tab closed before the train left.';
  await postComment(first, {body, name: 'Tomos'});
  await queued(first, body).waitFor();
  await first.close();
  await reader.context.setOffline(false);
  const again = await reader.open();
  await again.goto(articleUrl(site));
  await acceptedComment(again, body);
  await until(async () => (await stored(server)).includes(body), 'not sent after the reload');
  // Sent once, even though the page offered it from the outbox and the form.
  await again.waitForTimeout(500);
  assert.equal((await stored(server)).filter((text) => text === body).length, 1);
  assert.deepEqual(reader.problems, []);
  await reader.context.close();
});

test('two tabs of the article share the reader’s posts and drafts', async ({browser, site}) => {
  const reader = await openContext(browser);
  const [one, two] = [await reader.open(), await reader.open()];
  for (const page of [one, two]) {
    await page.goto(articleUrl(site));
    await page.getByRole('button', {name: 'Post comment'}).waitFor();
  }
  const draft = 'A draft begun in the first tab';
  await one.getByRole('textbox', {name: /^Comment/}).fill(draft);
  await until(
    async () => (await two.getByRole('textbox', {name: /^Comment/}).inputValue()) === draft,
    'the second tab did not take up the draft',
  );
  // Closing the second tab must not take the first tab's draft with it.
  await two.close();
  await one.reload();
  assert.equal(await one.getByRole('textbox', {name: /^Comment/}).inputValue(), draft);

  const other = await reader.open();
  await other.goto(articleUrl(site));
  await other.getByRole('button', {name: 'Post comment'}).waitFor();
  const body = 'Posted in one tab, shown in the other.';
  await postComment(one, {body, name: 'Tomos'});
  await acceptedComment(one, body);
  await acceptedComment(other, body);
  assert.deepEqual(reader.problems, []);
  await reader.context.close();
});
