// The suites that `npm test` runs, in order. `counts: 'file'` suites report
// their own pass/fail counts through NATTER_RESULT_FILE; the others count as
// one check that passes when the command exits 0.
const npx = (...args) => ['npx', '--no-install', ...args];

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
];
