// Shared web-test-runner setup: Debian's Chromium through Playwright, the
// project's tsconfig for decorators, msw's worker served from the site root,
// and a reporter that prints and records plain pass/fail counts.
import {existsSync} from 'node:fs';
import {writeFileSync} from 'node:fs';
import {relative} from 'node:path';
import {fileURLToPath} from 'node:url';
import {esbuildPlugin} from '@web/dev-server-esbuild';
import {playwrightLauncher} from '@web/test-runner-playwright';
import {defaultReporter} from '@web/test-runner';

const root = fileURLToPath(new URL('../../', import.meta.url));

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

function countTests(suite, counts, file, path = []) {
  const names = suite.name ? [...path, suite.name] : path;
  for (const test of suite.tests ?? []) {
    if (test.skipped) counts.skipped++;
    else if (test.passed) counts.passed++;
    else {
      counts.failed++;
      const reason = test.error?.message?.split('\n')[0] ?? 'failed';
      counts.failures.push(`${file}: ${[...names, test.name].join(' > ')}: ${reason}`);
    }
  }
  for (const child of suite.suites ?? []) countTests(child, counts, file, names);
}

/**
 * Prints `<label>: N passed, N failed` on its own line and, when
 * NATTER_RESULT_FILE is set, writes the counts there for scripts/test.mjs.
 * A test file that fails to load counts as one failure, so a broken import
 * can never pass silently. Failed tests are listed by name in the file too,
 * so the run's closing lines say which ones failed.
 */
export function countReporter(label) {
  return {
    onTestRunFinished({sessions}) {
      const counts = {passed: 0, failed: 0, skipped: 0, failures: []};
      for (const session of sessions) {
        const file = relative(root, session.testFile);
        if (session.testResults) countTests(session.testResults, counts, file);
        const loadFailed = !session.passed && (session.errors?.length ?? 0) > 0;
        if (loadFailed) {
          counts.failed++;
          const reason = session.errors[0]?.message?.split('\n')[0] ?? 'did not load';
          counts.failures.push(`${file}: ${reason}`);
        }
      }
      if (process.env.NATTER_RESULT_FILE) {
        writeFileSync(process.env.NATTER_RESULT_FILE, JSON.stringify(counts));
      }
      process.stdout.write(
        `\n[${label}] ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`,
      );
    },
  };
}

const mswWorker = {
  name: 'msw-worker',
  serve(context) {
    if (context.path === '/mockServiceWorker.js') {
      return {
        body: `// served from msw\n` + (globalThis.__mswWorkerSource ??= readMswWorker()),
        type: 'js',
        headers: {'Service-Worker-Allowed': '/'},
      };
    }
  },
};

import {readFileSync} from 'node:fs';
function readMswWorker() {
  return readFileSync(
    new URL('node_modules/msw/lib/mockServiceWorker.js', `file://${root}`),
    'utf8',
  );
}

/** A web-test-runner config for a set of browser test files. */
export function wtrConfig({
  label,
  files,
  plugins = [],
  testRunnerHtml,
  timeout = 10000,
  concurrency = 2,
}) {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium was not found at ${chromiumPath}. Install it with "apt-get install -y chromium" ` +
        `(as root), or set CHROMIUM_PATH to a Chromium binary.`,
    );
  }
  return {
    rootDir: root,
    files,
    concurrency,
    nodeResolve: {exportConditions: ['browser', 'development']},
    browsers: [
      playwrightLauncher({
        product: 'chromium',
        launchOptions: {executablePath: chromiumPath, headless: true, args: chromiumArgs},
      }),
    ],
    plugins: [
      mswWorker,
      esbuildPlugin({ts: true, tsconfig: `${root}tsconfig.json`, target: 'es2022'}),
      ...plugins,
    ],
    testFramework: {config: {timeout}},
    testsFinishTimeout: 5 * 60 * 1000,
    testRunnerHtml,
    reporters: [
      defaultReporter({reportTestResults: true, reportTestProgress: false}),
      countReporter(label),
    ],
  };
}
