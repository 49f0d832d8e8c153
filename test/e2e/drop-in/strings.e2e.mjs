// Every string of the built bundles is a word, never a catalogue key: a
// static page per variant (module, classic) is walked through every state of
// the section, and at each one every visible text, aria-label, title,
// placeholder and live-region text is compared with the English catalogue as
// the package exports it, so a new string is covered without editing this
// file. Runs against a reference server of its own (moderated first-timers,
// a thread long enough to page and a comment with more replies than a list
// carries); the states no running server can produce here (a slow or failed
// load, a closed thread) are made by holding or answering one request.
import assert from 'node:assert/strict';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {root} from '../../../scripts/lib/pack.mjs';
import {test} from './harness.mjs';
import {closeThread, until, withPage} from './pages.mjs';
import {openAndHeldServers} from './servers.mjs';
import {collectTexts, watchLiveRegion} from './strings-walk.mjs';

const {en} = await import(pathToFileURL(join(root, 'dist', 'index.js')).href);
const keys = new Set(Object.keys(en));
// A camelCase key inside a longer text ("Show sortLabel") is a key too;
// one-word keys ("retry") are only flagged when they are the whole text.
const keyInside = new RegExp(`\\b(${[...keys].filter((k) => /[A-Z]/.test(k)).join('|')})\\b`);

const THREAD = '/strings/main';
const EMPTY = '/strings/empty';
const LONG_BRANCH = 205; // more than the 200 replies a list carries per comment

function discussions() {
  const at = (minute) => new Date(Date.UTC(2026, 2, 1, 9, minute)).toISOString();
  const comments = [
    {
      id: 's1',
      parentId: null,
      author: {name: 'Maelle'},
      body: 'First light on the estuary.',
      createdAt: at(0),
    },
    {
      id: 's2',
      parentId: 's1',
      author: {name: 'Tomasz'},
      body: 'The herons were out early.',
      createdAt: at(1),
    },
    {
      id: 's3',
      parentId: 's2',
      author: {name: 'Maelle'},
      body: 'Four of them by the weir.',
      createdAt: at(2),
    },
    {
      id: 's4',
      parentId: null,
      author: {name: 'Ines'},
      body: 'Is the footpath open again?',
      createdAt: at(3),
    },
    {id: 's5', parentId: null, author: {name: 'Kojo'}, body: 'Lovely write-up.', createdAt: at(4)},
  ];
  for (let i = 0; i < LONG_BRANCH; i++) {
    const minute = 10 + i;
    comments.push({
      id: `r${i}`,
      parentId: 's4',
      author: {name: `Reader ${i}`},
      body: `Reply ${i}.`,
      createdAt: at(minute),
    });
  }
  return [{thread: THREAD, comments}];
}

/** Fails with every catalogue key or missing string found in the section's current state. */
async function checkState(page, state, live) {
  const found = await collectTexts(page);
  const spoken = (await live.texts()).map((text) => ({where: 'live region', text}));
  const problems = [];
  for (const {where, text} of [...found.texts, ...spoken]) {
    if (keys.has(text) || keyInside.test(text)) problems.push(`${where}: "${text}"`);
  }
  for (const where of found.empty) problems.push(`${where}: empty`);
  assert.deepEqual(problems, [], `${state}: catalogue keys or empty strings on screen`);
  assert.ok(found.texts.length > 0, `${state}: nothing was read`);
  return found;
}

const hasText = (found, text) => found.texts.some((entry) => entry.text.includes(text));

const variants = [
  {name: 'module script', page: 'section.html'},
  {name: 'classic script', page: 'classic-section.html'},
];

// One server with the discussion; one that holds every new comment for the owner.
const servers = openAndHeldServers(discussions);
const server = (site, kind) => servers.get(site, kind);

/**
 * Like withPage, for a page whose failures are on purpose: the console
 * errors of a refused request are expected, uncaught errors are not.
 */
async function withFailingPage(browser, use) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const uncaught = [];
  page.on('pageerror', (error) => uncaught.push(error.message));
  page.setDefaultTimeout(10_000);
  try {
    await use(page);
    assert.deepEqual(uncaught, [], 'the page threw');
  } finally {
    await context.close();
  }
}

for (const variant of variants) {
  const url = (site, endpoint, thread, extra = '') =>
    `${site.origin}/${variant.page}?endpoint=${encodeURIComponent(endpoint)}&thread=${encodeURIComponent(thread)}${extra}`;

  test(
    `${variant.name}: the built bundle shows words in every state of a thread`,
    async ({browser, site}) => {
      const {origin} = await server(site, 'open');
      await withPage(browser, `${site.origin}/${variant.page}`, async ({page}) => {
        const live = await watchLiveRegion(page);
        await page.goto(url(site, origin, THREAD, '&page-size=2'));
        // Loaded: replies three deep, "Load more", "more replies" on the long branch.
        await page.getByText('Four of them by the weir.').waitFor();
        await until(async () => (await live.texts()).length, 'the load is announced');
        let found = await checkState(page, 'loaded', live);
        assert.ok(hasText(found, 'Load more comments'), 'a thread longer than a page offers more');
        assert.ok(hasText(found, 'Oldest first'), 'the sort control has words');
        await page.getByRole('button', {name: 'Load more comments'}).click();
        await page.getByText('Lovely write-up.').waitFor();
        found = await checkState(page, 'more replies', live);
        assert.ok(
          hasText(found, `Show ${LONG_BRANCH - 200} more replies`),
          'the long branch offers more',
        );

        // A collapsed subtree.
        await page.getByRole('button', {name: 'Hide replies'}).first().click();
        found = await checkState(page, 'collapsed', live);
        assert.ok(hasText(found, 'Show 2 replies'), 'a collapsed comment says how many replies');

        // New comments from someone else arrive behind a button.
        const posted = await fetch(`${origin}/api/comments`, {
          method: 'POST',
          headers: {'Content-Type': 'application/json', Origin: site.origin},
          body: JSON.stringify({
            thread: THREAD,
            body: `Posted from another tab beside the ${variant.name} page.`,
            author: {name: 'Maelle', email: 'maelle@example.com'},
          }),
        });
        assert.equal(posted.status, 201);
        await page.getByRole('button', {name: /new comment/}).waitFor();
        await until(
          async () => (await live.texts()).some((t) => t.includes('new comment')),
          'new comments are announced',
        );
        await checkState(page, 'new comments', live);

        // The inline reply form and its validation errors.
        await page.getByRole('button', {name: 'Reply to Ines'}).click();
        await page.getByText('Replying to Ines').waitFor();
        await checkState(page, 'reply form', live);
        await page.getByRole('button', {name: 'Post comment'}).first().click();
        await page.getByText('Please write your comment first.').first().waitFor();
        await checkState(page, 'validation errors', live);
      });
    },
    {timeout: 60_000},
  );

  test(
    `${variant.name}: the built bundle shows words while loading, empty, failed and closed`,
    async ({browser, site}) => {
      const {origin} = await server(site, 'held');
      await withFailingPage(browser, async (page) => {
        const live = await watchLiveRegion(page);
        // Loading: the first list request is held until the state is read.
        let release;
        const held = new Promise((resolve) => (release = resolve));
        await page.route(/\/api\/comments\?/, async (route) => {
          await held;
          await route.continue();
        });
        await page.goto(url(site, origin, EMPTY));
        await page.getByText('Loading comments…').waitFor();
        await checkState(page, 'loading', live);
        release();
        await page.getByText('Be the first to share what you think.').waitFor();
        await until(async () => (await live.texts()).length, 'the empty thread is announced');
        await checkState(page, 'empty', live);
        await page.unroute(/\/api\/comments\?/);

        // Pending: this server holds every comment for the owner.
        await page
          .getByRole('textbox', {name: /^Comment/})
          .fill(`Held until the owner reads the ${variant.name} page.`);
        await page.getByLabel(/^Name/).fill('Nadia');
        await page.getByLabel(/^Email/).fill('nadia@example.com');
        await page.getByRole('button', {name: 'Post comment'}).click();
        await page.getByText('Your comment is awaiting moderation.').first().waitFor();
        await checkState(page, 'pending', live);

        // Closed: the server says so when a comment is posted.
        await closeThread(page, /\/api\/comments$/);
        await page.getByRole('textbox', {name: /^Comment/}).fill('Too late for this one.');
        await page.getByRole('button', {name: 'Post comment'}).click();
        await page.getByText('Comments are closed.').waitFor();
        await checkState(page, 'closed', live);

        // Failed load: the list request fails; Retry is offered.
        await page.route(/\/api\/comments\?/, (route) => route.abort('connectionrefused'));
        await page.goto(url(site, origin, EMPTY));
        await page.getByRole('button', {name: 'Retry'}).waitFor();
        await checkState(page, 'failed load', live);
      });
    },
    {timeout: 60_000},
  );
}

/** Stops the servers these tests started (run.mjs calls it at the end). */
export const closeStringServers = () => servers.close();
