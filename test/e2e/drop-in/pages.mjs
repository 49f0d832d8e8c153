// Helpers the end-to-end tests share: opening a page in a fresh browser
// context that records what went wrong, waiting for a condition, and the
// person's way of posting a comment (labels and button, as they read them).
import assert from 'node:assert/strict';

/**
 * Opens `url` in its own browser context (own storage). `problems` collects
 * uncaught errors, console errors and Lit's development-mode warning.
 */
async function openPage(browser, url) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const problems = [];
  const requests = [];
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error' || /dev mode/i.test(text)) problems.push(`console: ${text}`);
  });
  page.on('request', (request) => requests.push(new URL(request.url())));
  // Shorter than a test's own time limit, so a wait fails with its reason.
  page.setDefaultTimeout(10_000);
  await page.goto(url);
  return {page, problems, requests, close: () => context.close()};
}

/**
 * Opens `url`, runs `use({page, problems, requests})`, then checks that the
 * page reported no problems. A failure carries what the page reported.
 */
export async function withPage(browser, url, use) {
  const opened = await openPage(browser, url);
  try {
    await use(opened);
    assert.deepEqual(opened.problems, [], 'the page reported problems');
  } catch (error) {
    if (opened.problems.length && error instanceof Error) {
      // The harness prints the stack, which already holds the message.
      error.stack += `\nthe page reported:\n  ${opened.problems.join('\n  ')}`;
    }
    throw error;
  } finally {
    await opened.close();
  }
}

/** Resolves with `check()`'s value once it is truthy; fails after `ms`. */
export async function until(check, message, ms = 10_000) {
  const deadline = Date.now() + ms;
  let last;
  for (;;) {
    last = await check();
    if (last) return last;
    if (Date.now() > deadline) throw new Error(`${message} (last: ${JSON.stringify(last)})`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The visible text of an element's shadow root (badges render there). */
export function shadowText(page, selector) {
  return page
    .locator(selector)
    .evaluate((el) => el.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '');
}

/**
 * Fills the "leave a reply" form as a person would and posts it. The comment
 * box is found by its role: while a section loads, the section itself is
 * labelled "Comments" too.
 */
export async function postComment(page, {body, name = 'Ffion', email = 'ffion@example.com'}) {
  await page.getByRole('textbox', {name: /^Comment/}).fill(body);
  await page.getByLabel(/^Name/).fill(name);
  const emailField = page.getByLabel(/^Email/);
  if (await emailField.count()) await emailField.fill(email);
  await page.getByRole('button', {name: 'Post comment'}).click();
}

/**
 * Waits until the section shows `body` as a comment its backend has
 * accepted. A post shows at once as a "sending" copy, before the backend
 * has stored it, so seeing the text alone says nothing about the server.
 */
export function acceptedComment(page, body) {
  return page.locator('natter-comments article:not(.sending)', {hasText: body}).waitFor();
}

/** The thread's comments as the reference server returns them. */
export async function storedBodies(comments, thread) {
  const response = await fetch(
    `${comments.origin}/api/comments?thread=${encodeURIComponent(thread)}`,
  );
  assert.equal(response.status, 200);
  const {comments: list} = await response.json();
  return list.map((comment) => comment.body);
}

/** Visible comment counts according to the server, asked directly. */
export async function serverCounts(comments, threads) {
  const query = threads.map((t) => `thread=${encodeURIComponent(t)}`).join('&');
  const response = await fetch(`${comments.origin}/api/counts?${query}`);
  assert.equal(response.status, 200);
  return (await response.json()).counts;
}

export function countText(n) {
  if (n === 0) return 'No comments yet';
  return n === 1 ? '1 comment' : `${n.toLocaleString('en')} comments`;
}

/** Makes the comments server answer every post to `url` as a closed thread would (423). */
export function closeThread(page, url) {
  return page.route(url, (route) =>
    route.request().method() === 'POST'
      ? route.fulfill({
          status: 423,
          contentType: 'application/json',
          body: JSON.stringify({error: {code: 'closed', message: 'Closed.'}}),
        })
      : route.continue(),
  );
}
