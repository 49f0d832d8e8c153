// Settings → Natter: saved through options.php by an administrator and
// shown on the post page; refused without the nonce the form carries, and
// refused to a user without manage_options.
import assert from 'node:assert/strict';
import {test} from '../drop-in/harness.mjs';
import {onPage, signIn} from './browser.mjs';

const OPTION = 'natter_comments_settings';
const owner = {login: 'olive', password: `pw-${Date.now()}-settings`};
const reader = {login: 'sam', password: `pw-${Date.now()}-reader`};

const settingsUrl = (site) => `${site.url}/wp-admin/options-general.php?page=natter-comments`;

test('an administrator saves Settings → Natter and readers get them', async ({browser, site}) => {
  await site.user(owner.login, 'administrator', owner.password, 'Olive Owner');
  await onPage(
    browser,
    site,
    settingsUrl(site),
    async (page) => {
      await page.getByLabel('Theme').selectOption('dark');
      await page.getByLabel('Reply depth').fill('3');
      await page.getByLabel('Comments per page').fill('10');
      await Promise.all([
        page.waitForURL(/settings-updated=true/),
        page.locator('#submit').click(),
      ]);
      assert.match(await page.locator('#setting-error-settings_updated').textContent(), /saved/i);
      assert.equal(await page.getByLabel('Theme').inputValue(), 'dark');
    },
    {user: owner},
  );
  const {value} = await site.option(OPTION);
  assert.equal(value.theme, 'dark');
  assert.equal(value.max_depth, 3);
  assert.equal(value.page_size, 10);
  await onPage(browser, site, site.postUrl(site.seededPost), async (page) => {
    const section = page.locator('natter-comments');
    assert.equal(await section.getAttribute('theme'), 'dark');
    assert.equal(await section.getAttribute('max-depth'), '3');
    assert.equal(await section.getAttribute('page-size'), '10');
  });
});

test('the settings are refused without the nonce or the capability', async ({browser, site}) => {
  const before = (await site.option(OPTION)).value;
  const forged = {
    option_page: 'natter_comments',
    action: 'update',
    [`${OPTION}[theme]`]: 'light',
    [`${OPTION}[max_depth]`]: '1',
    [`${OPTION}[page_size]`]: '99',
  };
  // An administrator's session, but a form that did not come from the page.
  await onPage(
    browser,
    site,
    settingsUrl(site),
    async (page, context) => {
      const response = await context.request.post(`${site.url}/wp-admin/options.php`, {
        form: forged,
      });
      assert.equal(response.status(), 403);
    },
    {user: owner},
  );
  // A subscriber, with the page's own nonce field name but no manage_options.
  await site.user(reader.login, 'subscriber', reader.password);
  const context = await browser.newContext();
  try {
    await signIn(context, site, reader);
    const page = await context.request.get(settingsUrl(site));
    assert.equal(page.status(), 403);
    const response = await context.request.post(`${site.url}/wp-admin/options.php`, {
      form: {...forged, _wpnonce: 'not-a-nonce'},
    });
    assert.equal(response.status(), 403);
  } finally {
    await context.close();
  }
  assert.deepEqual((await site.option(OPTION)).value, before);
});
