// `npm test` on a machine that lacks what the selected suites need: it must
// stop before any suite runs, with one message naming what is missing and
// the command that installs it. Nothing is uninstalled here: Chromium is
// hidden with CHROMIUM_PATH, PHP with a PATH that holds only `node`, and
// NATTER_INSTALL=0 keeps a root run from installing.
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, describe, test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {missingFor, missingMessage, neededBy} from '../lib/prerequisites.mjs';
import {suites} from '../suites.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const bin = mkdtempSync(join(tmpdir(), 'natter-bin-'));
symlinkSync(process.execPath, join(bin, 'node'));
after(() => rmSync(bin, {recursive: true, force: true}));

function npmTest(args, env) {
  return spawnSync(process.execPath, ['scripts/test.mjs', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: {...process.env, NATTER_INSTALL: '0', ...env},
    timeout: 60_000,
  });
}

const byName = (...names) => suites.filter((s) => names.includes(s.name));

describe('what the suites need', () => {
  test('only what the selected suites need is asked for', () => {
    assert.deepEqual(neededBy(byName('lint', 'format')), []);
    assert.deepEqual(neededBy(byName('csp')), ['chromium']);
    assert.deepEqual(neededBy(byName('server')), ['postgres']);
    assert.deepEqual(neededBy(byName('wordpress', 'rest-pg')), [
      'chromium',
      'postgres',
      'wordpress',
    ]);
    assert.deepEqual(neededBy(suites), ['chromium', 'postgres', 'wordpress', 'php']);
  });

  test('a present requirement is not missing, an absent one is', () => {
    const table = {
      chromium: {what: 'Chromium', present: () => true},
      postgres: {what: 'PostgreSQL', present: () => false},
      wordpress: {what: 'WordPress', present: () => false},
    };
    assert.deepEqual(missingFor(byName('rest-pg'), table), ['postgres']);
    assert.deepEqual(missingFor(byName('typecheck'), table), []);
  });

  test('the message names what is missing and gives one exact command', () => {
    const table = {postgres: {what: 'PostgreSQL server binaries'}};
    const asUser = missingMessage(['postgres'], {suiteNames: ['server'], table});
    assert.match(asUser, /PostgreSQL server binaries/);
    const command = `sudo ${process.execPath} scripts/install-test-tools.mjs server`;
    assert.ok(asUser.split('\n').includes(`  ${command}`), asUser);
    const asRoot = missingMessage(['postgres'], {isRoot: true, table});
    assert.ok(asRoot.split('\n').includes(`  ${process.execPath} scripts/install-test-tools.mjs`));
  });
});

describe('npm test on a machine that lacks something', () => {
  test('no Chromium: stops before the first suite with the command', () => {
    const result = npmTest(['lint', 'csp'], {CHROMIUM_PATH: join(bin, 'no-chromium')});
    assert.equal(result.status, 2, result.stdout + result.stderr);
    assert.doesNotMatch(result.stdout, /===/, 'no suite may run');
    assert.match(result.stderr, /Chromium \(.*no-chromium\)/);
    assert.match(result.stderr, /scripts\/install-test-tools\.mjs lint csp\n/);
  });

  test('no PHP: the WordPress suite is named, the browser is not', () => {
    const result = npmTest(['wordpress'], {PATH: bin});
    assert.equal(result.status, 2, result.stdout + result.stderr);
    assert.doesNotMatch(result.stdout, /===/, 'no suite may run');
    const listed = result.stderr.split('\n').filter((line) => line.startsWith('  - '));
    assert.deepEqual(listed, ['  - WordPress, PHP and MariaDB']);
    assert.match(result.stderr, /install-test-tools\.mjs wordpress\n/);
  });

  test('suites that need nothing from the machine still run', () => {
    const result = npmTest(['lint'], {CHROMIUM_PATH: join(bin, 'no-chromium'), PATH: bin});
    assert.doesNotMatch(result.stderr, /need software/);
    assert.match(result.stdout, /=== lint/);
  });
});

describe('npm test as root on a machine that lacks something', () => {
  // apt-get is a stand-in that records its arguments and "installs"
  // Chromium by creating the file the run looks for.
  const isRoot = process.getuid?.() === 0;
  test('installs it with apt-get, then runs the suites', {skip: !isRoot && 'needs root'}, () => {
    const dir = mkdtempSync(join(tmpdir(), 'natter-apt-'));
    try {
      const log = join(dir, 'apt.log');
      const chromium = join(dir, 'chromium');
      writeFileSync(
        join(dir, 'apt-get'),
        `#!/bin/sh\necho "$*" >>"${log}"\ncase "$*" in *install*) : >"${chromium}";; esac\n`,
        {mode: 0o755},
      );
      symlinkSync(process.execPath, join(dir, 'node'));
      const result = npmTest(['lint', 'csp'], {
        PATH: dir,
        CHROMIUM_PATH: chromium,
        NATTER_INSTALL: '1',
      });
      assert.ok(existsSync(chromium), result.stdout + result.stderr);
      const calls = readFileSync(log, 'utf8').trim().split('\n');
      assert.deepEqual(calls, ['update -qq', 'install -y -qq --no-install-recommends chromium']);
      // Then the suites ran (and failed here, as this PATH has no npx).
      assert.match(result.stdout, /=== lint[\s\S]*=== csp/);
    } finally {
      rmSync(dir, {recursive: true, force: true});
    }
  });
});
