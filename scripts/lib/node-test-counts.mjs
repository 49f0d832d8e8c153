// A node:test reporter that counts tests (not suites), prints one line,
// `[server] N passed, N failed, N skipped`, and writes the counts as JSON to
// NATTER_RESULT_FILE for scripts/test.mjs. Use it next to the spec reporter:
//   node --test --test-reporter=spec --test-reporter-destination=stdout \
//     --test-reporter=./scripts/lib/node-test-counts.mjs --test-reporter-destination=stdout ...
// A test file that crashes outside any test is reported by node:test as a
// failed test named after the file, so it counts as one failure here too.
import {writeFileSync} from 'node:fs';

export default async function* countReporter(source) {
  const counts = {passed: 0, failed: 0, skipped: 0, failures: []};
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    const {data} = event;
    if (data.details?.type === 'suite') continue;
    if (event.type === 'test:pass') {
      if (data.skip !== undefined || data.todo !== undefined) counts.skipped++;
      else counts.passed++;
    } else if (data.todo !== undefined) {
      counts.skipped++;
    } else if (data.details?.error?.failureType !== 'subtestsFailed') {
      // A test that failed only because its subtests did is not a failure of its own.
      counts.failed++;
      const reason = String(
        data.details?.error?.cause?.message ?? data.details?.error?.message ?? '',
      );
      counts.failures.push(`${data.file ?? ''}: ${data.name}: ${reason.split('\n')[0]}`);
    }
  }
  if (process.env.NATTER_RESULT_FILE) {
    writeFileSync(process.env.NATTER_RESULT_FILE, JSON.stringify(counts));
  }
  const label = process.env.NATTER_COUNT_LABEL ?? 'server';
  yield `\n[${label}] ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`;
}
