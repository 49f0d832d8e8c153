// Runs last: deactivating the plugin gives the theme its own comments back,
// uninstalling removes its settings and nothing else, and nothing the
// plugin ran left a PHP notice in WordPress's debug log.
import assert from 'node:assert/strict';
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {test} from '../drop-in/harness.mjs';
import {onPage} from './browser.mjs';
import {PLUGIN} from './site.mjs';

test('deactivated, the theme shows its own comments again', async ({browser, site}) => {
  const state = await site.setActive(PLUGIN, false);
  assert.equal(state.active, false);
  await onPage(browser, site, site.postUrl(site.seededPost), async (page) => {
    assert.equal(await page.locator('natter-comments').count(), 0);
    assert.equal(await page.locator('script[src*="natter-comments/widget"]').count(), 0);
    const theme = page.locator('.wp-block-comments');
    assert.equal(await theme.count(), 1);
    assert.match(await theme.textContent(), /bring a thermos/);
  });
});

test('uninstalling removes its settings and leaves the comments', async ({site}) => {
  await site.setOption('natter_comments_settings', {theme: 'dark'});
  const before = await site.commentRows(site.seededPost);
  await site.uninstall(PLUGIN);
  assert.equal((await site.option('natter_comments_settings')).value, null);
  assert.deepEqual(await site.commentRows(site.seededPost), before);
});

test('the plugin logged no PHP notice, warning or deprecation (WP_DEBUG is on)', ({site}) => {
  const log = join(site.state, 'debug.log');
  const lines = existsSync(log) ? readFileSync(log, 'utf8').split('\n') : [];
  const ours = lines.filter((line) => /plugins\/natter-comments\//.test(line));
  assert.deepEqual(ours, []);
});
