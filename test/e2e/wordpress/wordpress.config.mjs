// The WordPress suite: the adapter conformance suite and the widget's
// end-to-end flow against a real WordPress. `npm test -- wordpress` starts
// the site (scripts/services/wordpress.mjs) and passes NATTER_WP_URL,
// NATTER_WP_POST and NATTER_WP_SEED_TOKEN. Run alone, without them, this
// config starts its own site and stops it when the run ends.
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {start} from '../../../scripts/services/wordpress.mjs';
import {wtrConfig} from '../../support/wtr-base.mjs';

const plugins = [];
let site = {
  url: process.env.NATTER_WP_URL,
  post: process.env.NATTER_WP_POST,
  token: process.env.NATTER_WP_SEED_TOKEN,
};
if (!site.url || !site.post || !site.token) {
  const scratch = mkdtempSync(join(tmpdir(), 'natter-wp-'));
  const started = await start({scratch});
  site = {
    url: started.env.NATTER_WP_URL,
    post: started.env.NATTER_WP_POST,
    token: started.env.NATTER_WP_SEED_TOKEN,
  };
  plugins.push({
    name: 'natter-wordpress-site',
    async serverStop() {
      await started.stop();
      rmSync(scratch, {recursive: true, force: true});
    },
  });
}

// JSON inside a <script>: `<` is escaped so no value can close the element.
const config = JSON.stringify(site).replace(/</g, '\\u003c');

export default wtrConfig({
  label: 'wordpress',
  files: ['test/e2e/wordpress/**/*.test.ts'],
  plugins,
  // Every test makes its own post, but they share one PHP server: keep it calm.
  concurrency: 1,
  timeout: 30000,
  testRunnerHtml: (testFramework) => `<!doctype html>
<html>
  <head><meta charset="utf-8"><script>window.__natterWordPress = ${config};</script></head>
  <body><script type="module" src="${testFramework}"></script></body>
</html>`,
});
