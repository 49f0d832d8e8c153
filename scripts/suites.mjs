// The suites that `npm test` runs, in order. `counts: 'file'` suites report
// their own pass/fail counts through NATTER_RESULT_FILE; the others count as
// one check that passes when the command exits 0.
import {readdirSync} from 'node:fs';

const npx = (...args) => ['npx', '--no-install', ...args];

// Node 20's test runner does not expand globs, so the server's test files are listed here.
const serverTests = readdirSync(new URL('../server/test/', import.meta.url))
  .filter((file) => file.endsWith('.test.ts'))
  .sort()
  .map((file) => `server/test/${file}`);

export const suites = [
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
  // Builds dist/ and holds natter.js to its gzip budget; the next two use that build.
  {name: 'size', command: ['node', 'scripts/size.mjs', '--build']},
  {name: 'package', command: ['node', 'scripts/check-package.mjs']},
  {name: 'dist', browser: true, counts: 'file', command: ['node', 'test/e2e/drop-in/run.mjs']},
  // Both packed tarballs installed into an empty folder with npm, and the server run from there.
  {name: 'install', counts: 'file', command: ['node', 'test/e2e/install/run.mjs']},
  // The comments server on SQLite and on a private PostgreSQL cluster.
  {
    name: 'server',
    counts: 'file',
    needs: ['postgres'],
    env: {NATTER_REQUIRE_PG: '1'},
    command: [
      'node',
      '--import',
      'tsx',
      '--test',
      '--test-reporter=spec',
      '--test-reporter-destination=stdout',
      '--test-reporter=./scripts/lib/node-test-counts.mjs',
      '--test-reporter-destination=stdout',
      ...serverTests,
    ],
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
  // The WordPress adapter and the widget against a private WordPress (scripts/wordpress/).
  {
    name: 'wordpress',
    browser: true,
    counts: 'file',
    needs: ['wordpress'],
    command: npx('wtr', '--config', 'test/e2e/wordpress/wordpress.config.mjs'),
  },
];
