// The built script-tag files on pages sent a strict policy (policy.mjs):
// they load the comments, render WordPress HTML through the sanitiser, post
// one comment, and nothing is refused along the way. The policy is checked
// to be in force on each page, so a quiet page cannot mean a missing header.
import assert from 'node:assert/strict';
import {test} from '../../drop-in/harness.mjs';
import {acceptedComment, postComment, storedBodies, until} from '../../drop-in/pages.mjs';

// A 1×1 transparent PNG: WordPress names Gravatar avatars, which the page
// allows in `img-src`; they are answered here, so nothing leaves the machine.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

/** Runs first in the page: records every violation, including those while modules load. */
function recordViolations() {
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (event) => {
    window.__cspViolations.push(
      `${event.effectiveDirective}: ${event.blockedURI || '(inline)'} ${event.sample} at ${event.sourceFile}:${event.lineNumber}`,
    );
  });
}

/**
 * Whether Trusted Types are enforced: a string assigned to `innerHTML` is
 * refused. (`eval` cannot be probed this way: the test's own evaluation
 * may compile strings whatever the page's policy; the header is checked.)
 */
function stringHtmlRefused() {
  try {
    document.createElement('div').innerHTML = '<b>probe</b>';
    return false;
  } catch {
    return true;
  }
}

const bodies = (page) =>
  page
    .locator('natter-comments')
    .evaluate((el) =>
      [...el.shadowRoot.querySelectorAll('article .body')].map((b) => b.textContent.trim()),
    );

/** Opens `path` on the strict site, runs `use(page)`, then checks the page stayed quiet. */
async function onStrictPage({browser, site}, path, use) {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const problems = [];
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  await page.route(/^https?:\/\/[\w.]*gravatar\.com\//, (route) =>
    route.fulfill({status: 200, contentType: 'image/png', body: PNG}),
  );
  await page.addInitScript(recordViolations);
  try {
    const response = await page.goto(`${site.origin}/${path}`);
    const policy = response.headers()['content-security-policy'] ?? '';
    assert.match(policy, /require-trusted-types-for 'script'/);
    assert.match(policy, /script-src 'self';/);
    assert.doesNotMatch(policy, /unsafe-/);
    await use(page);
    // Late refusals (an image, a policy name) have a moment to arrive.
    await page.waitForTimeout(300);
    const violations = await page.evaluate(() => window.__cspViolations);
    assert.deepEqual(violations, [], 'the policy refused something');
    assert.deepEqual(problems, [], 'the page reported problems');
    assert.equal(await page.evaluate(() => window.__natterPwned ?? false), false);
    assert.ok(await page.evaluate(stringHtmlRefused), 'Trusted Types were not enforced');
  } finally {
    await context.close();
  }
}

for (const [variant, path] of [
  ['natter.js', 'rest.html'],
  ['natter.classic.js', 'classic-rest.html'],
]) {
  test(`${variant} on the reference server: loads and posts under the policy`, (context) =>
    onStrictPage(context, path, async (page) => {
      await page.getByText('The spring tide chart saved our walk').waitFor();
      await page.getByText('We waited on the causeway').waitFor();
      const body = `Posted by ${variant} under a strict policy <b>not bold</b>`;
      await postComment(page, {body, name: 'Strict Reader'});
      await acceptedComment(page, body);
      assert.ok((await storedBodies(context.comments, '/articles/tide-tables')).includes(body));
    }));
}

test('natter.js on WordPress: sanitises HTML bodies and posts under the policy', (context) =>
  onStrictPage(context, 'wordpress.html', async (page) => {
    const html = page.locator('natter-comments article .body.html:has(strong)');
    await html.waitFor();
    const markup = await html.evaluate((el) => el.innerHTML);
    assert.match(markup, /<strong>bold<\/strong>/);
    assert.match(markup, /href="https:\/\/example\.com\/"/);
    assert.doesNotMatch(markup, /<script|javascript:/);
    // WordPress itself strips the script element (its text stays, as text).
    const [plain, withHtml] = await bodies(page);
    assert.equal(plain, 'A plain comment.');
    assert.match(withHtml, /^Some bold text and a link\..* Hostile link\.$/);
    const body = 'Posted to WordPress under a strict policy <b>not bold</b>';
    await postComment(page, {body, name: 'Strict Reader', email: 'strict@example.test'});
    await until(async () => (await bodies(page)).includes(body), 'the posted comment shows');
    await acceptedComment(page, body);
    const {wordpress, wpPost} = context;
    const stored = await fetch(`${wordpress.url}/wp-json/wp/v2/comments?post=${wpPost}`);
    const rendered = (await stored.json()).map((c) => c.content.rendered);
    assert.ok(
      rendered.some((text) => text.includes('&lt;b&gt;not bold&lt;/b&gt;')),
      rendered.join('\n'),
    );
  }));
