// Site owners' pages: plain HTML, one script tag from the CDN path of the
// package, one element. The module file and the classic-script file must
// behave the same.
import assert from 'node:assert/strict';
import {test} from './harness.mjs';
import {
  countText,
  openPage,
  postComment,
  serverCounts,
  shadowText,
  storedBodies,
  until,
} from './pages.mjs';

const CDN = '/npm/natter@0.1.0/dist/';

const variants = [
  {name: 'module script', page: (p) => `${p}.html`, file: 'natter.js', chunks: `${CDN}chunks/`},
  {
    name: 'classic script',
    page: (p) => `classic-${p}.html`,
    file: 'natter.classic.js',
    chunks: `${CDN}chunks/classic/`,
  },
];

const fromCdn = (requests) =>
  requests
    .filter((url) => url.pathname.startsWith(CDN))
    .map((url) => url.pathname.slice(CDN.length));

for (const variant of variants) {
  test(`${variant.name}: a static page with only the script tag shows the seeded comments`, async ({
    browser,
    site,
  }) => {
    const {page, problems, requests, close} = await openPage(
      browser,
      `${site.origin}/${variant.page('article')}`,
    );
    try {
      // The section loads when it comes into view.
      await page.locator('natter-comments').scrollIntoViewIfNeeded();
      await page.getByText('The spring tide chart saved our walk').waitFor();
      await page.getByText('We waited on the causeway').waitFor();
      await page.getByText('neap tides for April').waitFor();
      const files = fromCdn(requests);
      assert.ok(files.includes(variant.file), `loaded ${files.join(', ')}`);
      // The REST path needs nothing else: no WordPress code, no DOMPurify, no second copy.
      assert.deepEqual(
        files.filter((f) => f !== variant.file),
        [],
        'a page using the REST backend loaded extra files',
      );
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });

  test(`${variant.name}: a reader posts a comment and the server stores it`, async ({
    browser,
    site,
    comments,
  }) => {
    const {page, problems, close} = await openPage(
      browser,
      `${site.origin}/${variant.page('article')}`,
    );
    const body = `Walked it at dawn with the ${variant.name} page.`;
    try {
      await page.locator('natter-comments').scrollIntoViewIfNeeded();
      await page.getByText('The spring tide chart saved our walk').waitFor();
      await postComment(page, {body});
      await page.getByText(body).waitFor();
      assert.ok((await storedBodies(comments, '/articles/tide-tables')).includes(body));
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });

  test(`${variant.name}: every count badge on a page comes from one request`, async ({
    browser,
    site,
    comments,
  }) => {
    const before = comments.requests.length;
    const {page, problems, close} = await openPage(
      browser,
      `${site.origin}/${variant.page('index')}`,
    );
    try {
      const expected = await serverCounts(comments, [
        '/articles/tide-tables',
        '/articles/harbour-lights',
        '/articles/quiet-cove',
      ]);
      const badges = {
        '#tides': expected['/articles/tide-tables'],
        '#lights': expected['/articles/harbour-lights'],
        '#quiet': expected['/articles/quiet-cove'],
        '#tides-again': expected['/articles/tide-tables'],
      };
      assert.ok(expected['/articles/tide-tables'] >= 3, 'the seeded comments are counted');
      assert.equal(expected['/articles/quiet-cove'], 0);
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
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });

  test(`${variant.name}: a backend named by attribute loads as a lazy chunk next to the script`, async ({
    browser,
    site,
  }) => {
    const {page, problems, requests, close} = await openPage(
      browser,
      `${site.origin}/${variant.page('local')}`,
    );
    const body = `Kept in this browser by the ${variant.name} page.`;
    try {
      await page.locator('natter-comments').scrollIntoViewIfNeeded();
      await postComment(page, {body});
      await page.getByText(body).waitFor();
      const chunks = requests.filter((url) => url.pathname.startsWith(variant.chunks));
      assert.ok(chunks.length > 0, 'the local adapter came from a chunk beside the script');
      if (variant.file === 'natter.classic.js') {
        const files = fromCdn(requests);
        assert.ok(!files.includes('natter.js'), 'the classic page must not load the module file');
      }
      assert.deepEqual(problems, []);
    } finally {
      await close();
    }
  });
}
