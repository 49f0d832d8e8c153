#!/usr/bin/env node
// The `dist` suite: what site owners and developers get, tested in Chromium
// against the real reference server.
//   - static pages with only the script tag (module and classic), served by a
//     plain static server from the packed package, the way a CDN serves it;
//   - the same pages walked through every state, checking that no catalogue
//     key reaches the screen (strings.e2e.mjs);
//   - axe on the built natter.js, light and dark, in every state and on the count badges;
//   - links to a comment beyond the first page;
//   - a Vite app and React, Vue and Svelte pages that install the packed package.
// Builds dist/ first when it is missing.
import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {chromium} from 'playwright-core';
import {install, pack, root} from '../../../scripts/lib/pack.mjs';
import {chromiumArgs, chromiumPath} from '../../support/wtr-base.mjs';
import {report, runTests} from './harness.mjs';
import {startCommentsServer, startStaticServer} from './servers.mjs';
import {buildViteApp} from './vite-app.mjs';
import {longDiscussion} from './fixtures/long-thread.mjs';

const LABEL = 'dist';
const fixtures = fileURLToPath(new URL('fixtures/', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'natter-dist-'));
const open = [];
let counts;

try {
  if (!existsSync(join(root, 'dist', 'natter.js'))) {
    console.log('dist/ is missing: building it first.');
    const built = spawnSync(process.execPath, ['scripts/build.mjs'], {cwd: root, stdio: 'inherit'});
    if (built.status !== 0) throw new Error('npm run build failed');
  }
  const {tarball} = pack(scratch);
  // What a CDN serves under /npm/natter@0.1.0/ is the published tarball's content.
  const published = install(tarball, join(scratch, 'cdn'), []);
  const appDist = await buildViteApp({scratch, tarball});

  let endpoint = '';
  const fill = () => ({__NATTER_ENDPOINT__: endpoint});
  const site = await startStaticServer(
    {'/npm/natter@0.1.0/': published, '/': join(fixtures, 'static')},
    fill,
  );
  open.push(site);
  const app = await startStaticServer({'/': appDist}, fill);
  open.push(app);
  const comments = await startCommentsServer({
    database: join(scratch, 'comments.db'),
    origins: [site.origin, app.origin],
    discussions: [
      ...JSON.parse(readFileSync(join(fixtures, 'discussions.json'), 'utf8')),
      longDiscussion(),
    ],
  });
  open.push(comments);
  endpoint = comments.origin;

  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: chromiumArgs,
  });
  open.push({close: () => browser.close()});

  await import('./script-tag.e2e.mjs');
  const strings = await import('./strings.e2e.mjs');
  open.push({close: strings.closeStringServers});
  await import('./a11y.e2e.mjs');
  const a11y = await import('./a11y-threads.mjs');
  open.push({close: a11y.closeA11yServers});
  await import('./a11y-states.e2e.mjs');
  await import('./permalink.e2e.mjs');
  await import('./vite-app.e2e.mjs');
  counts = await runTests({browser, site, app, comments}, LABEL);
} catch (error) {
  console.error('The dist suite could not run:', error);
  counts = report({passed: 0, failed: 1, skipped: 0}, LABEL);
} finally {
  for (const thing of open.reverse()) await thing.close().catch(() => {});
  rmSync(scratch, {recursive: true, force: true});
}
process.exit(counts.failed > 0 ? 1 : 0);
