#!/usr/bin/env node
// Runs every test suite of the project and prints one closing line,
// `N passed, N failed`, for all of them together. `npm test -- NAME ...`
// runs only the named suites. Before anything runs, the software the selected
// suites need is checked (scripts/lib/prerequisites.mjs): installed when
// running as root, otherwise the run stops with the command that installs it.
// Suites that test the built files (`usesBuild`) share one build, made first.
// Services a suite needs (a PostgreSQL cluster, a WordPress site) are started
// once, before the first suite that needs them, and stopped at the end
// whatever happened.
import {spawn} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {canInstall, install, missingFor, missingMessage} from './lib/prerequisites.mjs';
import {suites} from './suites.mjs';

const only = process.argv.slice(2);
let selected = only.length ? suites.filter((s) => only.includes(s.name)) : suites;
if (only.length && selected.length !== new Set(only).size) {
  const known = suites.map((s) => s.name).join(', ');
  console.error(`Unknown suite in: ${only.join(', ')}. Known suites: ${known}`);
  process.exit(2);
}
// The build comes first, once, when any selected suite tests what it makes.
const build = suites.find((s) => s.name === 'build');
if (selected.some((s) => s.usesBuild)) selected = [build, ...selected.filter((s) => s !== build)];

const missing = missingFor(selected);
if (missing.length) {
  if (canInstall()) {
    try {
      install(missing);
    } catch (error) {
      console.error(error.message);
      process.exit(2);
    }
  } else {
    const message = missingMessage(missing, {
      suiteNames: only,
      isRoot: process.getuid?.() === 0,
    });
    console.error(message);
    process.exit(2);
  }
}

const scratch = mkdtempSync(join(tmpdir(), 'natter-test-'));
const started = new Map();
const totals = {passed: 0, failed: 0, skipped: 0};
const lines = [];
const failures = [];

function run(cmd, args, env) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, {stdio: 'inherit', env: {...process.env, ...env}});
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
    child.on('error', (error) => {
      console.error(error);
      resolve(1);
    });
  });
}

async function service(name) {
  if (!started.has(name)) {
    const mod = await import(`./services/${name}.mjs`);
    started.set(name, await mod.start({scratch}));
  }
  return started.get(name);
}

async function runSuite(suite) {
  const env = {...(suite.env ?? {})};
  for (const need of suite.needs ?? []) Object.assign(env, (await service(need)).env);
  const resultFile = join(scratch, `${suite.name}.json`);
  env.NATTER_RESULT_FILE = resultFile;
  const [cmd, ...args] = suite.command;
  console.log(`\n=== ${suite.name}: ${suite.command.join(' ')}`);
  const code = await run(cmd, args, env);
  let counts;
  if (suite.counts === 'file' && existsSync(resultFile)) {
    counts = JSON.parse(readFileSync(resultFile, 'utf8'));
  } else {
    counts = code === 0 ? {passed: 1, failed: 0, skipped: 0} : {passed: 0, failed: 1, skipped: 0};
  }
  // A runner that exits badly must fail the run even if its counts look clean.
  if (code !== 0 && counts.failed === 0) counts.failed = 1;
  if (suite.counts === 'file' && counts.passed + counts.failed === 0) counts.failed = 1;
  return counts;
}

let interrupted = false;
async function stopServices() {
  for (const [name, handle] of [...started].reverse()) {
    try {
      await handle.stop();
    } catch (error) {
      console.error(`stopping ${name}:`, error);
    }
  }
  started.clear();
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    interrupted = true;
    stopServices().finally(() => process.exit(130));
  });
}

let buildFailed = false;
try {
  for (const suite of selected) {
    if (interrupted) break;
    let counts;
    const began = Date.now();
    if (suite.usesBuild && buildFailed) {
      console.log(`\n=== ${suite.name}: not run, the build failed`);
      counts = {passed: 0, failed: 1, skipped: 0};
    } else {
      try {
        counts = await runSuite(suite);
      } catch (error) {
        console.error(`suite ${suite.name} could not run:`, error);
        counts = {passed: 0, failed: 1, skipped: 0};
      }
    }
    if (suite === build && counts.failed > 0) buildFailed = true;
    for (const failure of counts.failures ?? []) failures.push(`${suite.name}: ${failure}`);
    totals.passed += counts.passed;
    totals.failed += counts.failed;
    totals.skipped += counts.skipped ?? 0;
    // How long each suite took (services it started included), to see where the time goes.
    const seconds = Math.round((Date.now() - began) / 1000);
    const tally = `${counts.passed} passed, ${counts.failed} failed`;
    lines.push(`  ${suite.name.padEnd(16)} ${tally.padEnd(22)} ${seconds} s`);
  }
} finally {
  await stopServices();
  rmSync(scratch, {recursive: true, force: true});
}

if (failures.length) {
  console.log('\nFailed tests:');
  for (const failure of failures) console.log(`  ${failure.slice(0, 300)}`);
}
console.log('\nSuites:');
for (const line of lines) console.log(line);
console.log(`\n${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed > 0 ? 1 : 0);
