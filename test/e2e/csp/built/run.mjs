#!/usr/bin/env node
// The `csp-dist` suite (its folder is not named dist, which git ignores): the
// built script-tag files (dist/natter.js and dist/natter.classic.js, as
// `npm run build` made them) on pages sent a strict
// Content-Security-Policy with Trusted Types, against the real reference
// server (SQLite) and a real WordPress. `npm test` passes the WordPress site
// in NATTER_WP_*; run alone, this starts its own and stops it at the end.
import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {chromium} from 'playwright-core';
import {root} from '../../../../scripts/lib/pack.mjs';
import {start as startWordPress} from '../../../../scripts/services/wordpress.mjs';
import {chromiumArgs, chromiumPath} from '../../../support/wtr-base.mjs';
import {report, runTests} from '../../drop-in/harness.mjs';
import {startCommentsServer, startStaticServer} from '../../drop-in/servers.mjs';
import {policyFor} from '../policy.mjs';
import {seedWordPressPost} from './wordpress-seed.mjs';

const LABEL = 'csp-dist';
const pages = fileURLToPath(new URL('pages/', import.meta.url));
const discussions = fileURLToPath(
  new URL('../../drop-in/fixtures/discussions.json', import.meta.url),
);
const scratch = mkdtempSync(join(tmpdir(), 'natter-csp-dist-'));
const open = [];
let counts;

async function wordPressSite() {
  const {NATTER_WP_URL: url, NATTER_WP_SEED_TOKEN: token} = process.env;
  if (url && token) return {url, token};
  const started = await startWordPress({scratch});
  open.push({close: started.stop});
  return {url: started.env.NATTER_WP_URL, token: started.env.NATTER_WP_SEED_TOKEN};
}

try {
  if (!existsSync(join(root, 'dist', 'natter.js'))) {
    console.log('dist/ is missing: building it first.');
    const built = spawnSync(process.execPath, ['scripts/build.mjs'], {cwd: root, stdio: 'inherit'});
    if (built.status !== 0) throw new Error('npm run build failed');
  }
  const wordpress = await wordPressSite();
  const wpPost = await seedWordPressPost(wordpress);

  let restOrigin = '';
  const fill = () => ({
    __NATTER_ENDPOINT__: restOrigin,
    __NATTER_WP_ENDPOINT__: `${wordpress.url}/wp-json`,
    __NATTER_WP_POST__: wpPost,
  });
  // The reference server draws avatars itself; WordPress names Gravatar's.
  const policy = () =>
    policyFor({
      connect: [restOrigin, wordpress.url],
      images: [restOrigin, 'http://*.gravatar.com', 'https://*.gravatar.com'],
    });
  const site = await startStaticServer(
    {'/natter/': join(root, 'dist'), '/': pages},
    fill,
    (path) => (path.endsWith('.html') ? {'Content-Security-Policy': policy()} : {}),
  );
  open.push(site);
  const comments = await startCommentsServer({
    database: join(scratch, 'comments.db'),
    origins: [site.origin],
    discussions: JSON.parse(readFileSync(discussions, 'utf8')),
  });
  open.push(comments);
  restOrigin = comments.origin;

  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs,
  });
  open.push({close: () => browser.close()});

  await import('./csp-dist.e2e.mjs');
  counts = await runTests({browser, site, comments, wordpress, wpPost}, LABEL);
} catch (error) {
  console.error('The csp-dist suite could not run:', error);
  counts = report({passed: 0, failed: 1, skipped: 0}, LABEL);
} finally {
  for (const thing of open.reverse()) await thing.close().catch(() => {});
  rmSync(scratch, {recursive: true, force: true});
}
process.exit(counts.failed > 0 ? 1 : 0);
