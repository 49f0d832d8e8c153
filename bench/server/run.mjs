#!/usr/bin/env node
// Server benchmark: the reference server on SQLite, on PostgreSQL (one
// instance, and two sharing one database) and the test WordPress, seeded
// with the same discussions, driven by autocannon in a process of its own
// (load.mjs) at 8 connections. Runs are interleaved (every target once per
// scenario, then again) so the figures compare within one run. Prints
// requests per second, p50 and p99, and the list's ratio to WordPress. First,
// on fresh servers, many open event streams (streams.mjs): the servers'
// memory and how soon a new comment reaches every stream.
//
//   npm run bench:server [-- --quick] [--only requests|streams] [--streams N]
import {execFileSync} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import os, {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';
import * as live from './streams.mjs';

/** Bad flags or a machine that cannot run the bench: one line, no stack. */
function fail(message) {
  console.error(`bench:server: ${message}`);
  process.exit(1);
}

const {values: flags} = parseArgs({
  options: {quick: {type: 'boolean'}, only: {type: 'string'}, streams: {type: 'string'}},
});
if (flags.only && !['requests', 'streams'].includes(flags.only)) {
  fail(`--only takes "requests" or "streams", not "${flags.only}"`);
}
const quick = flags.quick ?? false;
const ROUNDS = quick ? 1 : 2;
const SECONDS = quick ? 1 : 2;
const CONNECTIONS = 8;
const RATE = 1000;
const STREAMS = Number(flags.streams ?? (quick ? 1000 : live.TARGET_STREAMS));
if (!Number.isInteger(STREAMS) || STREAMS < 1) {
  fail(`--streams takes a whole number above 0, not "${flags.streams}"`);
}
const runRequests = flags.only !== 'streams';
const runStreams = flags.only !== 'requests';
try {
  if (runStreams && live.ensureOpenFiles(STREAMS)) process.exit();
} catch (error) {
  fail(error.message);
}
const setup = await import('./targets.mjs');
const load = fileURLToPath(new URL('./load.mjs', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'natter-bench-server-'));

const postBody = {
  thread: setup.POST_THREAD,
  parentId: null,
  body: 'A benchmark comment',
  author: {name: 'Bench', email: 'bench@example.com'},
  honeypot: '',
  elapsedMs: 30_000,
};

/** Runs one job in the load generator's own process. */
function generate(job) {
  const out = execFileSync(process.execPath, [load, JSON.stringify(job)], {
    encoding: 'utf8',
    timeout: 300_000,
  });
  return JSON.parse(out.trim().split('\n').at(-1));
}

const targets = [];
const skipped = [];
async function tryStart(name, start) {
  try {
    const started = await start();
    targets.push(...(Array.isArray(started) ? started : [started]));
  } catch (error) {
    skipped.push(`${name}: skipped (${String(error.message).split('\n')[0]})`);
  }
}

const wpListPath = (post) =>
  `/wp-json/wp/v2/comments?post=${post}&per_page=20&page=1&order=asc&orderby=date_gmt` +
  '&_fields=id,post,parent,author_name,author_url,date_gmt,content,status,author_avatar_urls';
const listPath = (thread) => `/api/comments?thread=${encodeURIComponent(thread)}`;

const natter = (t) => t.name !== 'WordPress';

/** A list scenario through ab, WordPress included, with a new connection per request. */
const againstWordPress = (name, thread) => ({
  name: `${name}, a new connection per request (ab)`,
  list: true,
  // ab drives one URL: the two-instance target is left out here.
  targets: () => targets.filter((t) => t.urls.length === 1),
  job: (t) => ({
    kind: 'ab',
    path: natter(t) ? listPath(thread) : wpListPath(t.posts[thread]),
  }),
  expect: (code) => code === '200',
});
const scenarios = [
  {
    name: 'list, 20 comments',
    targets: () => targets.filter(natter),
    job: () => ({path: listPath(setup.THREAD_20)}),
    expect: (code) => code === '200',
  },
  againstWordPress('list, 20 comments', setup.THREAD_20),
  {
    name: 'list, 20 comments, 304',
    targets: () => targets.filter(natter),
    job: (t) => ({path: listPath(setup.THREAD_20), headers: {'If-None-Match': t.etag}}),
    expect: (code) => code === '304',
  },
  {
    name: 'list, 2,000 comments, first page',
    targets: () => targets.filter(natter),
    job: () => ({path: listPath(setup.THREAD_2000)}),
    expect: (code) => code === '200',
  },
  againstWordPress('list, 2,000 comments, first page', setup.THREAD_2000),
  {
    name: 'counts, 50 threads',
    targets: () => targets.filter(natter),
    job: () => ({
      path: `/api/counts?${setup.COUNT_THREADS.map((k) => `thread=${encodeURIComponent(k)}`).join('&')}`,
    }),
    expect: (code) => code === '200',
  },
  {
    name: 'post (idempotency keys)',
    targets: () => targets.filter(natter),
    job: () => ({
      path: '/api/comments',
      method: 'POST',
      headers: {'Content-Type': 'application/json'},
      post: postBody,
    }),
    expect: (code) => code === '201',
  },
  {
    name: `list, 20 comments, at ${RATE} req/s`,
    targets: () => targets.filter(natter),
    job: () => ({path: listPath(setup.THREAD_20), rate: RATE}),
    expect: (code) => code === '200',
  },
];

const results = new Map(); // `${scenario}\n${target}` -> runs
const streamResults = [];
try {
  await tryStart('SQLite', () => setup.sqliteTarget(scratch));
  await tryStart('PostgreSQL', () => setup.postgresTargets(scratch));
  if (runRequests) await tryStart('WordPress', () => setup.wordpressTarget(scratch));
  if (runStreams) {
    // Before the request load, so the memory figures are those of a fresh server.
    for (const target of live.streamTargets(targets)) {
      const options = {streams: STREAMS, thread: setup.STREAM_THREAD, post: postBody};
      try {
        streamResults.push({target, result: live.measureStreams(generate, target, options)});
      } catch (error) {
        streamResults.push({target, error: String(error.stderr || error.message).trim()});
      }
    }
  }
  if (runRequests) await measureRequests();
  print(streamResults);
} finally {
  for (const target of targets) await target.stop().catch(() => {});
  rmSync(scratch, {recursive: true, force: true});
}

async function measureRequests() {
  for (const target of targets.filter(natter)) {
    const response = await fetch(target.urls[0] + listPath(setup.THREAD_20));
    target.etag = response.headers.get('etag');
  }
  // Warm every server (JIT, statement caches, PHP's opcache) before the first figure.
  for (const target of targets) {
    for (const scenario of scenarios.filter((s) => s.targets().includes(target))) {
      const {path, method, headers} = scenario.job(target);
      if (method) continue;
      for (let i = 0; i < 20; i++) {
        for (const url of target.urls) await (await fetch(url + path, {headers})).arrayBuffer();
      }
    }
  }
  for (let round = 0; round < ROUNDS; round++) {
    for (const scenario of scenarios) {
      for (const target of scenario.targets()) {
        const job = {
          urls: target.urls,
          connections: CONNECTIONS,
          duration: SECONDS,
          ...scenario.job(target),
        };
        const result = generate(job);
        const bad = Object.entries(result.statuses)
          .filter(([code]) => !scenario.expect(code))
          .reduce((sum, [, n]) => sum + n, result.errors);
        const key = `${scenario.name}\n${target.name}`;
        results.set(key, [...(results.get(key) ?? []), {...result, bad}]);
      }
    }
  }
}

function print(streamResults) {
  const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const ms = (x) => (x < 10 ? x.toFixed(1) : x.toFixed(0)).padStart(7);
  const summary = (runs) => ({
    rps: mean(runs.map((r) => r.rps)),
    p50: mean(runs.map((r) => r.p50)),
    p99: Math.max(...runs.map((r) => r.p99)),
    bad: runs.reduce((sum, r) => sum + r.bad, 0),
  });
  const requests = runRequests
    ? `${CONNECTIONS} connections, ${ROUNDS} x ${SECONDS} s per figure, `
    : '';
  console.log(
    `\nnatter-server bench: ${requests}node ${process.version}, ${os.cpus().length} CPUs, ` +
      'load generator in its own process\n',
  );
  for (const line of skipped) console.log(line);
  const checks = [];
  for (const scenario of runRequests ? scenarios : []) {
    console.log(`\n${scenario.name}`);
    const wordpress = results.get(`${scenario.name}\nWordPress`);
    const wpRps = wordpress ? summary(wordpress).rps : undefined;
    for (const target of scenario.targets()) {
      const runs = results.get(`${scenario.name}\n${target.name}`);
      if (!runs) continue;
      const {rps, p50, p99, bad} = summary(runs);
      const ratio =
        scenario.list && natter(target) && wpRps ? `  ${(rps / wpRps).toFixed(1)}x WordPress` : '';
      const faults = bad ? `  (${bad} unexpected answers)` : '';
      console.log(
        `  ${target.name.padEnd(14)} ${rps.toFixed(0).padStart(7)} req/s  p50 ${ms(p50)} ms  p99 ${ms(p99)} ms${ratio}${faults}`,
      );
      if (
        scenario.list &&
        scenario.name.startsWith('list, 20 ') &&
        target.name === 'SQLite' &&
        wpRps
      ) {
        const x = rps / wpRps;
        checks.push(
          `list of 20 at ${CONNECTIONS} connections, ab on both sides: ${x.toFixed(1)}x WordPress (target 25x): ${x >= 25 ? 'met' : 'NOT met'}`,
        );
      }
      if (scenario.name.includes(`at ${RATE} req/s`) && target.name === 'SQLite') {
        checks.push(
          `p99 at ${RATE} req/s on SQLite: ${p99.toFixed(1)} ms, ${rps.toFixed(0)} req/s served (target under 20 ms at the full rate): ${p99 < 20 && rps >= 0.95 * RATE ? 'met' : 'NOT met'}`,
        );
      }
    }
    if (scenario.list && !wpRps && !skipped.some((s) => s.startsWith('WordPress'))) {
      console.log('  WordPress      no figure');
    }
  }
  if (runStreams) checks.push(...live.printStreams(streamResults, STREAMS));
  console.log('\ntargets');
  for (const line of checks) console.log(`  ${line}`);
  if (runStreams && STREAMS < live.TARGET_STREAMS) {
    console.log(`  (the streams targets count from ${live.TARGET_STREAMS} streams up)`);
  }
  const expected = (runRequests ? 2 : 0) + (runStreams && STREAMS >= live.TARGET_STREAMS ? 3 : 0);
  if (checks.length < expected) {
    console.log('  (some targets could not be checked: see skipped and failed above)');
  }
}
