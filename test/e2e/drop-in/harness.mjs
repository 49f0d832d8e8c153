// A small sequential test runner for the end-to-end suite: the tests share
// one browser and real servers, so they run one after the other. It prints
// each result and `[dist] N passed, N failed`, and writes the counts to
// NATTER_RESULT_FILE for scripts/test.mjs.
import {writeFileSync} from 'node:fs';

const tests = [];

/** Registers a test; `fn` receives the shared context. */
export function test(name, fn, {timeout = 30_000} = {}) {
  tests.push({name, fn, timeout});
}

function withTimeout(promise, ms, name) {
  let timer;
  const expired = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`"${name}" took longer than ${ms} ms`)), ms);
  });
  return Promise.race([promise, expired]).finally(() => clearTimeout(timer));
}

/** Runs every registered test against `context`; returns the counts. */
export async function runTests(context, label) {
  const counts = {passed: 0, failed: 0, skipped: 0, failures: []};
  for (const {name, fn, timeout} of tests) {
    const started = Date.now();
    try {
      await withTimeout(
        Promise.resolve().then(() => fn(context)),
        timeout,
        name,
      );
      counts.passed++;
      console.log(`  ✓ ${name} (${Date.now() - started} ms)`);
    } catch (error) {
      counts.failed++;
      counts.failures.push(`${label}: ${name}: ${String(error?.message ?? error).split('\n')[0]}`);
      console.log(`  ✗ ${name}\n${indent(error?.stack ?? String(error))}`);
    }
  }
  return report(counts, label);
}

/** Records counts (also when setup failed: pass `failed: 1`). */
export function report(counts, label) {
  if (process.env.NATTER_RESULT_FILE) {
    writeFileSync(process.env.NATTER_RESULT_FILE, JSON.stringify(counts));
  }
  console.log(`\n[${label}] ${counts.passed} passed, ${counts.failed} failed`);
  return counts;
}

const indent = (text) =>
  text
    .split('\n')
    .map((line) => `      ${line}`)
    .join('\n');
