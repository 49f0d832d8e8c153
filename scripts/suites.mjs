// The suites that `npm test` runs, in order. `counts: 'file'` suites report
// their own pass/fail counts through NATTER_RESULT_FILE; the others count as
// one check that passes when the command exits 0. `browser` suites need
// Chromium, `needs` names the services they need (scripts/services/), and
// `usesBuild` suites test dist/ as `build` made it at the start of the run.
import {readdirSync} from 'node:fs';

const npx = (...args) => ['npx', '--no-install', ...args];

// Node 20's test runner does not expand globs, so the server's test files are listed here.
const serverTests = readdirSync(new URL('../server/test/', import.meta.url))
  .filter((file) => file.endsWith('.test.ts'))
  .sort()
  .map((file) => `server/test/${file}`);

// The conformance suite's node:test entry, as built.
const nodeEntryTests = readdirSync(new URL('../test/node/', import.meta.url))
  .filter((file) => file.endsWith('.test.mjs'))
  .sort()
  .map((file) => `test/node/${file}`);

// Node 20's test runner does not expand globs either for the scripts' own tests.
const scriptTests = readdirSync(new URL('./test/', import.meta.url))
  .filter((file) => file.endsWith('.test.mjs'))
  .sort()
  .map((file) => `scripts/test/${file}`);

const nodeTest = (files, loader = []) => [
  'node',
  ...loader,
  '--test',
  '--test-reporter=spec',
  '--test-reporter-destination=stdout',
  '--test-reporter=./scripts/lib/node-test-counts.mjs',
  '--test-reporter-destination=stdout',
  ...files,
];
// The server's tests are TypeScript, run through tsx.
const serverTest = (files) => nodeTest(files, ['--import', 'tsx']);

/** A Chromium end-to-end run against natter-server, once on SQLite and once on PostgreSQL. */
const onBothDatabases = (name, script, databaseVariable) =>
  ['sqlite', 'pg'].map((kind) => ({
    name: `${name}-${kind}`,
    usesBuild: true,
    browser: true,
    counts: 'file',
    ...(kind === 'pg' ? {needs: ['postgres'], env: {[databaseVariable]: 'postgres'}} : {}),
    command: ['node', script],
  }));

export const suites = [
  // dist/ as `npm run build` makes it; runs first whenever a suite uses it.
  {name: 'build', command: ['node', 'scripts/build.mjs']},
  {name: 'typecheck', command: npx('tsc', '--noEmit', '-p', 'tsconfig.json')},
  {name: 'typecheck-server', command: npx('tsc', '--noEmit', '-p', 'server/tsconfig.json')},
  {name: 'lint', command: npx('eslint', '--max-warnings=0', '.')},
  {name: 'format', command: npx('prettier', '--check', '.')},
  {
    name: 'browser',
    browser: true,
    counts: 'file',
    command: npx('wtr', '--config', 'web-test-runner.config.mjs'),
  },
  // The widget on a page sent a strict Content-Security-Policy with Trusted Types.
  {
    name: 'csp',
    browser: true,
    counts: 'file',
    command: npx('wtr', '--config', 'test/e2e/csp/csp.config.mjs'),
  },
  // Holds natter.js to its gzip budget.
  {name: 'size', usesBuild: true, command: ['node', 'scripts/size.mjs']},
  {name: 'package', usesBuild: true, command: ['node', 'scripts/check-package.mjs']},
  // Static pages, a Vite app and React, Vue and Svelte pages on the packed package.
  {
    name: 'dist',
    usesBuild: true,
    browser: true,
    counts: 'file',
    command: ['node', 'test/e2e/drop-in/run.mjs'],
  },
  // The built natter.js under a strict policy, on the reference server and on WordPress.
  {
    name: 'csp-dist',
    usesBuild: true,
    browser: true,
    counts: 'file',
    needs: ['wordpress'],
    command: ['node', 'test/e2e/csp/built/run.mjs'],
  },
  // Both packed tarballs installed into an empty folder with npm, and the server run from there.
  {name: 'install', usesBuild: true, counts: 'file', command: ['node', 'test/e2e/install/run.mjs']},
  // natter/testing/node under node --test: skips with reasons, per-test time limits.
  {
    name: 'conformance-node',
    usesBuild: true,
    counts: 'file',
    env: {NATTER_COUNT_LABEL: 'conformance-node'},
    command: nodeTest(nodeEntryTests),
  },
  // The worked example of docs/adapters.md: an adapter for a small JSON API
  // through the conformance suite, with the example's own setups, on dist/.
  {
    name: 'example-node',
    usesBuild: true,
    counts: 'file',
    env: {NATTER_COUNT_LABEL: 'example-node'},
    command: nodeTest(['examples/json-api-adapter/test/node.test.js']),
  },
  {
    name: 'example-browser',
    usesBuild: true,
    browser: true,
    counts: 'file',
    env: {CHROMIUM_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'},
    command: npx('wtr', '--config', 'test/e2e/examples/json-api-adapter.config.mjs'),
  },
  // The test runner's own checks (what a machine lacks, and the message about it).
  {name: 'scripts', counts: 'file', command: nodeTest(scriptTests)},
  // The comments server on SQLite and on a private PostgreSQL cluster.
  {
    name: 'server',
    counts: 'file',
    needs: ['postgres'],
    env: {NATTER_REQUIRE_PG: '1'},
    command: serverTest(serverTests),
  },
  // Sign-in through the site in Chromium: the built natter.js against natter-server.
  {
    name: 'sso-e2e',
    usesBuild: true,
    browser: true,
    counts: 'file',
    env: {NATTER_COUNT_LABEL: 'sso-e2e'},
    command: nodeTest(['test/e2e/sso/sso.e2e.test.mjs']),
  },
  // The PHP signing example of docs/sso.md, run by php, against the server on both databases.
  {
    name: 'sso-php',
    counts: 'file',
    needs: ['postgres', 'php'],
    env: {NATTER_REQUIRE_PG: '1', NATTER_COUNT_LABEL: 'sso-php'},
    command: serverTest(['server/test/php/sso-php.test.ts']),
  },
  // A real WordPress's own export (WXR) imported into the server on SQLite and PostgreSQL.
  {
    name: 'import-wordpress',
    counts: 'file',
    needs: ['postgres', 'wordpress'],
    env: {NATTER_REQUIRE_PG: '1', NATTER_COUNT_LABEL: 'import-wordpress'},
    command: serverTest(['server/test/wordpress/import-wxr.test.ts']),
  },
  // The rest adapter against the real server, in Chromium.
  {
    name: 'rest-sqlite',
    browser: true,
    counts: 'file',
    env: {NATTER_REST_DB: 'sqlite'},
    command: npx('wtr', '--config', 'test/e2e/rest/rest.config.mjs'),
  },
  {
    name: 'rest-pg',
    browser: true,
    counts: 'file',
    needs: ['postgres'],
    env: {NATTER_REST_DB: 'postgres'},
    command: npx('wtr', '--config', 'test/e2e/rest/rest.config.mjs'),
  },
  // The owner's console at /admin in Chromium, against natter-server on each database.
  ...onBothDatabases('console', 'test/e2e/admin/run.mjs', 'NATTER_CONSOLE_DB'),
  // A reader's own doings (offline posting, several tabs, ...) on the built widget and natter-server.
  ...onBothDatabases('reader', 'test/e2e/reader/run.mjs', 'NATTER_READER_DB'),
  // The WordPress adapter and the widget against a private WordPress (scripts/wordpress/).
  {
    name: 'wordpress',
    browser: true,
    counts: 'file',
    needs: ['wordpress'],
    command: npx('wtr', '--config', 'test/e2e/wordpress/wordpress.config.mjs'),
  },
  // The WordPress plugin as `build` zipped it, installed and used on a block theme.
  {
    name: 'wordpress-plugin',
    usesBuild: true,
    browser: true,
    counts: 'file',
    needs: ['wordpress'],
    command: ['node', 'test/e2e/wordpress-plugin/run.mjs'],
  },
];
