import {wtrConfig} from './test/support/wtr-base.mjs';

// The fast suite: core logic, adapters and components in Chromium.
// End-to-end suites against real servers have their own configs in test/e2e/.
export default wtrConfig({
  label: 'browser',
  files: ['test/**/*.test.ts', '!test/e2e/**', '!server/**'],
});
