// A reader's own doings on a real page, in order, against natter-server:
// posting while Chromium is offline, two tabs of one article, editing,
// voting and deleting one's own comment.
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

/** A reader of their own (own browser storage) on the article, ready to write. */
async function readerOn(browser, site) {
  const reader = await openContext(browser);
  const page = await reader.open();
  await page.goto(articleUrl(site));
  await page.getByRole('button', {name: 'Post comment'}).waitFor();
  return {...reader, page};
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
  const reader = await readerOn(browser, site);
  const {page} = reader;
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
  const reader = await readerOn(browser, site);
  const first = reader.page;
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

const commentWith = (page, text) => page.locator('natter-comments article', {hasText: text});

test('a reader edits their comment, and another reader sees the edit live', async ({
  browser,
  site,
}) => {
  const author = await readerOn(browser, site);
  const other = await readerOn(browser, site);
  await postComment(author.page, {body: 'A first version, with a typo.', name: 'Carys'});
  await acceptedComment(author.page, 'A first version');
  await other.page.reload();
  await acceptedComment(other.page, 'A first version');
  assert.equal(
    await commentWith(other.page, 'A first version').getByRole('button', {name: 'Edit'}).count(),
    0,
  );

  await commentWith(author.page, 'A first version').getByRole('button', {name: 'Edit'}).click();
  const box = author.page.locator('natter-edit-form').getByRole('textbox', {name: /^Comment/});
  await box.fill('A second version, **fixed**.');
  await author.page.locator('natter-edit-form').getByRole('button', {name: 'Save'}).click();
  const edited = commentWith(author.page, 'A second version');
  await edited.locator('.edited').waitFor();
  assert.equal(await edited.locator('strong').textContent(), 'fixed');
  // The other reader's page shows it without a reload (live updates), still not theirs to edit.
  const seen = commentWith(other.page, 'A second version');
  await seen.locator('.edited').waitFor();
  assert.equal(await seen.getByRole('button', {name: 'Edit'}).count(), 0);
  assert.deepEqual([...author.problems, ...other.problems], []);
  await author.context.close();
  await other.context.close();
});

test('votes count once per reader, live, and a reader deletes their own comment', async ({
  browser,
  site,
  server,
}) => {
  const author = await readerOn(browser, site);
  const voter = await readerOn(browser, site);
  const body = 'Worth a vote, then taken back.';
  await postComment(author.page, {body, name: 'Emrys'});
  await acceptedComment(author.page, body);
  await voter.page.reload();
  await acceptedComment(voter.page, body);
  // One's own comment takes no vote.
  assert.equal(await commentWith(author.page, body).locator('button.vote').isDisabled(), true);

  const up = commentWith(voter.page, body).locator('button.vote');
  await up.click();
  await until(async () => (await up.getAttribute('aria-pressed')) === 'true', 'not pressed');
  await until(
    async () =>
      (await commentWith(author.page, body).locator('button.vote .count').textContent()) === '1',
    'the author did not see the vote',
  );
  const listed = async () => {
    const response = await fetch(
      `${server.url}/api/comments?thread=${encodeURIComponent(THREAD)}&sort=top`,
    );
    return (await response.json()).comments.find((comment) => comment.body === body);
  };
  assert.deepEqual((await listed()).votes, {up: 1, down: 0});

  const mine = commentWith(author.page, body);
  await mine.getByRole('button', {name: 'Delete'}).click();
  await mine.getByRole('button', {name: 'Keep it'}).waitFor();
  await mine.getByRole('button', {name: 'Delete'}).click();
  await commentWith(author.page, body).waitFor({state: 'detached'});
  await commentWith(voter.page, body).waitFor({state: 'detached'});
  assert.equal(await listed(), undefined);
  assert.deepEqual([...author.problems, ...voter.problems], []);
  await author.context.close();
  await voter.context.close();
});
