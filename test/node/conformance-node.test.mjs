// natter/testing/node as built, run by node --test in a child process: what
// does not apply is skipped with its reason (and stops there), and a slow
// adapter fails at the suite's time limit instead of stalling the run.
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, test} from 'node:test';

const dist = (path) => new URL(`../../dist/${path}`, import.meta.url).href;
const scratch = mkdtempSync(join(tmpdir(), 'natter-conformance-node-'));
after(() => rmSync(scratch, {recursive: true, force: true}));

/** Runs `source` under node --test; returns its TAP output, exit code and time taken. */
function runUnderNodeTest(name, source, extraArgs = []) {
  const file = join(scratch, name);
  writeFileSync(
    file,
    `import {describeAdapterConformance} from ${JSON.stringify(dist('testing/node.js'))};
import {createMemoryAdapter} from ${JSON.stringify(dist('adapters/memory.js'))};
${source}`,
  );
  // Without this, the child would take itself for part of this test run.
  const {NODE_TEST_CONTEXT: _parent, ...env} = process.env;
  const started = Date.now();
  const run = spawnSync(process.execPath, ['--test', '--test-reporter=tap', ...extraArgs, file], {
    encoding: 'utf8',
    env,
    timeout: 60_000,
  });
  return {output: run.stdout + run.stderr, code: run.status, ms: Date.now() - started};
}

const tally = (output, key) => Number(new RegExp(`^# ${key} (\\d+)$`, 'm').exec(output)?.[1]);

test('skips what the fixture cannot do, with the reason, and passes the rest', () => {
  const {output, code} = runUnderNodeTest(
    'bare.test.mjs',
    `let n = 0;
describeAdapterConformance('memory, bare fixture', () => ({
  adapter: createMemoryAdapter(),
  thread: '/bare/' + ++n,
}));`,
  );
  assert.equal(code, 0, output);
  assert.equal(tally(output, 'fail'), 0, output);
  assert.match(
    output,
    /shows a held comment to its author as pending # SKIP the fixture has neither holdNext\(\) nor createModerated\(\)/,
  );
  assert.match(
    output,
    /delivers a comment posted by another reader to subscribers # SKIP the fixture has no createPeer\(\)/,
  );
  assert.ok(tally(output, 'pass') >= 20, output);
});

test('fails a test at the time limit when the adapter answers too late', () => {
  const {output, code, ms} = runUnderNodeTest(
    'hanging.test.mjs',
    `// An answer that comes long after the limit (a pending request keeps a process alive too).
const late = () => new Promise((resolve) => setTimeout(resolve, 5000));
describeAdapterConformance(
  'an adapter that answers too late',
  () => ({adapter: {list: late, create: late}, thread: '/hang'}),
  {timeout: 300},
);`,
    ['--test-name-pattern=lists an empty thread'],
  );
  assert.notEqual(code, 0, output);
  assert.match(output, /not ok \d+ - lists an empty thread/);
  assert.match(output, /timed out after 300ms/);
  // Generous: the machine may be busy, but a test without a limit would never end.
  assert.ok(ms < 30_000, `took ${ms} ms`);
});
