#!/usr/bin/env node
// The `wordpress-plugin` suite: dist-wordpress/natter-comments.zip, as
// `npm run build` made it, installed on the test WordPress the way an upload
// under Plugins → Add New does, on pages rendered by Twenty Twenty-Three
// (and Twenty Twenty-One, a classic theme), in Chromium. `npm test` passes the site in NATTER_WP_*; run alone, this starts
// its own and stops it at the end. The plugin is deactivated again whatever
// happens and its settings removed, so the site is left as the other suites
// expect it.
import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {chromium} from 'playwright-core';
import {root} from '../../../scripts/lib/pack.mjs';
import {start as startWordPress} from '../../../scripts/services/wordpress.mjs';
import {chromiumArgs, chromiumPath} from '../../support/wtr-base.mjs';
import {report, runTests} from '../drop-in/harness.mjs';
import {createSite, PLUGIN} from './site.mjs';

const LABEL = 'wordpress-plugin';
const scratch = mkdtempSync(join(tmpdir(), 'natter-wp-plugin-'));
const zip = join(root, 'dist-wordpress', 'natter-comments.zip');
const open = [];
let counts;

async function wordPressSite() {
  const {NATTER_WP_URL: url, NATTER_WP_SEED_TOKEN: token} = process.env;
  const {NATTER_WP_POST: post, NATTER_WP_STATE: state} = process.env;
  if (url && token && post && state) return {url, token, post, state};
  const started = await startWordPress({scratch});
  open.push({close: started.stop});
  const {env} = started;
  return {
    url: env.NATTER_WP_URL,
    token: env.NATTER_WP_SEED_TOKEN,
    post: env.NATTER_WP_POST,
    state: env.NATTER_WP_STATE,
  };
}

try {
  if (!existsSync(zip)) {
    console.log('The plugin archive is missing: building it first.');
    const built = spawnSync(process.execPath, ['scripts/build.mjs'], {cwd: root, stdio: 'inherit'});
    if (built.status !== 0) throw new Error('npm run build failed');
  }
  const site = createSite(await wordPressSite());
  open.push({
    close: async () => {
      await site.setActive(PLUGIN, false);
      await site.deleteOption('natter_comments_settings');
    },
  });
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs,
  });
  open.push({close: () => browser.close()});

  await import('./plugin.e2e.mjs');
  await import('./classic.e2e.mjs');
  await import('./settings.e2e.mjs');
  await import('./deactivate.e2e.mjs');
  counts = await runTests({browser, site, zip}, LABEL);
} catch (error) {
  console.error('The wordpress-plugin suite could not run:', error);
  counts = report({passed: 0, failed: 1, skipped: 0}, LABEL);
} finally {
  for (const thing of open.reverse()) await thing.close().catch(() => {});
  rmSync(scratch, {recursive: true, force: true});
}
process.exit(counts.failed > 0 ? 1 : 0);
