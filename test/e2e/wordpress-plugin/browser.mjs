// Pages of the test WordPress in Chromium, signed in through wp-login.php
// when asked.
import assert from 'node:assert/strict';

/** Signs `context` in through the login form, as a person would. */
export async function signIn(context, site, {login, password}) {
  const page = await context.newPage();
  try {
    await page.goto(`${site.url}/wp-login.php`);
    await page.locator('#user_login').fill(login);
    await page.locator('#user_pass').fill(password);
    await page.locator('#wp-submit').click();
    await page.waitForLoadState();
    const refused = page.locator('#login_error');
    await page.waitForURL(/\/wp-admin\//, {timeout: 20_000}).catch(async (error) => {
      const why = (await refused.count()) ? await refused.textContent() : error.message;
      throw new Error(`${login} could not sign in: ${why.trim()}`);
    });
  } finally {
    await page.close();
  }
}

/**
 * Opens `url` in a fresh context (signed in as `user` if given), runs
 * `use(page, context)`, and fails when the page threw.
 */
export async function onPage(browser, site, url, use, {user} = {}) {
  const context = await browser.newContext();
  try {
    if (user) await signIn(context, site, user);
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // Gravatar avatars are answered here, so nothing leaves the machine.
    await page.route(/^https?:\/\/[\w.]*gravatar\.com\//, (route) =>
      route.fulfill({status: 404, body: ''}),
    );
    const response = await page.goto(url);
    assert.equal(response.status(), 200, `${url} answered ${response.status()}`);
    await use(page, context);
    assert.deepEqual(errors, [], 'the page threw');
  } finally {
    await context.close();
  }
}

/** The text of every rendered comment body with how deep it sits (0: top level). */
export const renderedComments = (page) =>
  page.locator('natter-comments').evaluate((el) =>
    [...el.shadowRoot.querySelectorAll('article')].map((article) => {
      let depth = 0;
      for (let node = article.parentElement; node; node = node.parentElement) {
        if (node.matches('ol.replies')) depth++;
      }
      return {depth, body: article.querySelector('.body')?.textContent.trim() ?? ''};
    }),
  );
