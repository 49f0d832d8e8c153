// Site owners' pages: plain HTML, one script tag from the CDN path of the
// package, one element. The module file and the classic-script file must
// behave the same.
import assert from 'node:assert/strict';
import {test} from './harness.mjs';
import {
  acceptedComment,
  countText,
  postComment,
  serverCounts,
  shadowText,
  storedBodies,
  until,
  withPage,
} from './pages.mjs';

const CDN = '/npm/natter@0.1.0/dist/';

// A REST-backed section loads its backend, its comment templates and the
// reply form (and small pieces they share); never these.
const readerNeeds = ['natter-reply-form', 'rest', 'thread-view'];
const notForReaders = ['wordpress', 'sanitize', 'local', 'memory', 'store-adapter', 'natter-count'];

const variants = [
  {
    name: 'module script',
    page: (p) => `${p}.html`,
    file: 'natter.js',
    chunks: `${CDN}chunks/`,
  },
  {
    name: 'classic script',
    page: (p) => `classic-${p}.html`,
    file: 'natter.classic.js',
    chunks: `${CDN}chunks/classic/`,
  },
];

/** `chunks/rest-AbCd1234.js` → `rest`, sorted, each once. */
const chunkNames = (files) =>
  [
    ...new Set(
      files.map((f) => f.replace(/^chunks\/(classic\/)?/, '').replace(/(-[\w-]{8})?\.js$/, '')),
    ),
  ].sort();

const fromCdn = (requests) =>
  requests
    .filter((url) => url.pathname.startsWith(CDN))
    .map((url) => url.pathname.slice(CDN.length));

for (const variant of variants) {
  test(`${variant.name}: a static page with only the script tag shows the seeded comments`, ({
    browser,
    site,
  }) =>
    withPage(browser, `${site.origin}/${variant.page('article')}`, async ({page, requests}) => {
      // The section loads when it comes into view.
      await page.locator('natter-comments').scrollIntoViewIfNeeded();
      await page.getByText('The spring tide chart saved our walk').waitFor();
      await page.getByText('We waited on the causeway').waitFor();
      await page.getByText('neap tides for April').waitFor();
      await page.getByRole('button', {name: 'Post comment'}).waitFor();
      const files = fromCdn(requests);
      assert.ok(files.includes(variant.file), `loaded ${files.join(', ')}`);
      // No WordPress code, no DOMPurify, no badge code, no second copy.
      const loaded = chunkNames(files.filter((f) => f !== variant.file));
      assert.deepEqual(
        readerNeeds.filter((name) => !loaded.includes(name)),
        [],
        `loaded ${loaded.join(', ')}`,
      );
      assert.deepEqual(
        loaded.filter((name) => notForReaders.includes(name)),
        [],
        'a page using the REST backend loaded code it does not use',
      );
      assert.ok(!loaded.includes('natter'), 'the script was loaded twice');
    }));

  test(`${variant.name}: a reader posts a comment and the server stores it`, ({
    browser,
    site,
    comments,
  }) =>
    withPage(browser, `${site.origin}/${variant.page('article')}`, async ({page}) => {
      const body = `Walked it at dawn with the ${variant.name} page.`;
      await page.locator('natter-comments').scrollIntoViewIfNeeded();
      await page.getByText('The spring tide chart saved our walk').waitFor();
      await postComment(page, {body});
      await acceptedComment(page, body);
      assert.ok((await storedBodies(comments, '/articles/tide-tables')).includes(body));
    }));

  test(`${variant.name}: every count badge on a page comes from one request`, ({
    browser,
    site,
    comments,
  }) => {
    const before = comments.requests.length;
    return withPage(browser, `${site.origin}/${variant.page('index')}`, async ({page}) => {
      const expected = await serverCounts(comments, [
        '/articles/tide-tables',
        '/articles/harbour-lights',
        '/articles/quiet-cove',
      ]);
      assert.ok(expected['/articles/tide-tables'] >= 3, 'the seeded comments are counted');
      assert.equal(expected['/articles/quiet-cove'], 0);
      const badges = {
        '#tides': expected['/articles/tide-tables'],
        '#lights': expected['/articles/harbour-lights'],
        '#quiet': expected['/articles/quiet-cove'],
        '#tides-again': expected['/articles/tide-tables'],
      };
      for (const [selector, n] of Object.entries(badges)) {
        await until(
          async () => (await shadowText(page, selector)) === countText(n),
          `${selector} should read "${countText(n)}"`,
        );
      }
      const countRequests = comments.requests
        .slice(before)
        .filter((r) => r.method === 'GET' && r.path === '/api/counts' && r.origin === site.origin);
      assert.equal(countRequests.length, 1, 'four badges, one counts request');
      const asked = new URLSearchParams(countRequests[0].search).getAll('thread');
      assert.deepEqual(asked.sort(), [
        '/articles/harbour-lights',
        '/articles/quiet-cove',
        '/articles/tide-tables',
      ]);
    });
  });

  test(`${variant.name}: a backend named by attribute loads as a lazy chunk next to the script`, ({
    browser,
    site,
  }) =>
    withPage(browser, `${site.origin}/${variant.page('local')}`, async ({page, requests}) => {
      const body = `Kept in this browser by the ${variant.name} page.`;
      await page.locator('natter-comments').scrollIntoViewIfNeeded();
      await postComment(page, {body});
      await page.getByText(body).waitFor();
      const chunks = requests.filter((url) => url.pathname.startsWith(variant.chunks));
      assert.ok(chunks.length > 0, 'the local adapter came from a chunk beside the script');
      if (variant.file === 'natter.classic.js') {
        const files = fromCdn(requests);
        assert.ok(!files.includes('natter.js'), 'the classic page must not load the module file');
      }
    }));
}

test('a page that assigns its own adapter in a later script gets no false error, and the adapter kit works beside natter.js', ({
  browser,
  site,
}) =>
  withPage(browser, `${site.origin}/own-adapter.html`, async ({page}) => {
    await page.getByText('Served by an adapter the page wrote itself.').waitFor();
    // Errors would come within a task of loading; give them a moment more.
    await page.waitForTimeout(200);
    assert.deepEqual(await page.evaluate(() => window.natterErrors), []);
    // dist/natter-adapter-kit.js: its errors are natter.js's own, so the form explains them.
    await postComment(page, {body: 'See my shop for cheap tide clocks.'});
    await page.getByText('Links to shops are not allowed.').waitFor();
    await postComment(page, {body: 'Checked by the kit and kept.'});
    await page.getByText('Checked by the kit and kept.').waitFor();
  }));
