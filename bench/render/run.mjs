#!/usr/bin/env node
// Render benchmark: time to first frame of <natter-comments> for threads of
// 100, 1,000 and 10,000 comments (replies up to depth 3), next to a plain
// innerHTML rendering of the very same markup, and the first page's cost as
// the thread grows. The machine may be shared, so the measurements run in
// interleaved rounds (the order flips every round) and the figures are
// medians with their spread (min–max); each ratio is of medians, with the
// spread of the per-round ratios beside it.
//
//   npm run bench:render [-- --rounds 7]
import {createServer} from 'node:http';
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {extname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {build} from 'vite';
import {chromium} from 'playwright-core';
import {minifyLitTemplates} from '../../scripts/lib/minify-templates.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const roundsArg = process.argv.indexOf('--rounds');
const rounds = roundsArg > 0 ? Number(process.argv[roundsArg + 1]) : 7;
if (!Number.isInteger(rounds) || rounds < 1) {
  console.error('bench:render: --rounds takes a whole number of at least 1.');
  process.exit(1);
}
const sizes = [100, 1000, 10000];
// The targets: natter / innerHTML, and a first page against a 100-comment one.
const fullTargets = {1000: 1.15, 10000: 1.3};
const FIRST_PAGE_TARGET = 1.1;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const fixed = (x, digits = 1) => x.toFixed(digits);
/** "median [min–max]" */
const spread = (xs, digits = 1) =>
  `${fixed(median(xs), digits)} [${fixed(Math.min(...xs), digits)}–${fixed(Math.max(...xs), digits)}]`;
/** Alternates the order of `items` by round, so neither always runs first. */
const inTurn = (items, round) => (round % 2 ? [...items].reverse() : items);

const outDir = mkdtempSync(join(tmpdir(), 'natter-bench-'));
await build({
  root: here,
  logLevel: 'warn',
  mode: 'production',
  configFile: false,
  // Templates as natter.js ships them (see vite.config.ts).
  plugins: [minifyLitTemplates(fileURLToPath(new URL('../../src/', import.meta.url)))],
  build: {outDir, emptyOutDir: true, minify: true},
});

const types = {'.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css'};
const server = createServer((req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  try {
    const body = readFileSync(join(outDir, path === '/' ? 'index.html' : path));
    res.writeHead(200, {
      'content-type': types[extname(path) || '.html'] ?? 'application/octet-stream',
    });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${server.address().port}/`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    // gc() between measurements, so each starts without the previous one's garbage.
    '--js-flags=--expose-gc',
  ],
});

try {
  const page = await browser.newPage({viewport: {width: 1280, height: 900}});
  await page.goto(url);
  await page.waitForFunction(() => window.natterBench !== undefined);
  // The renderer's main-thread CPU time: other work on a shared machine
  // stretches wall time far more than it does this.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const threadTime = async () => {
    const {metrics} = await cdp.send('Performance.getMetrics');
    return metrics.find((metric) => metric.name === 'ThreadTime').value * 1000;
  };
  /** One measurement on an empty stage, after a garbage collection. */
  const measure = async (name, ...args) => {
    // A fresh backend is seeded here, outside the measurement.
    if (name === 'firstPage' && args[1]) {
      await page.evaluate((size) => window.natterBench.seedFresh(size), args[0]);
    }
    await page.evaluate(async () => {
      await window.natterBench.clear();
      window.gc?.();
    });
    const before = await threadTime();
    const result = await page.evaluate(([n, a]) => window.natterBench[n](...a), [name, args]);
    return {...result, cpu: (await threadTime()) - before};
  };

  console.log(`Chromium ${browser.version()}, ${rounds} interleaved rounds, ms\n`);

  const full = new Map(
    sizes.map((size) => [size, {widget: [], innerHTML: [], ratio: [], cpu: []}]),
  );
  for (const size of sizes) {
    await measure('widget', size); // warm-up, and the markup innerHTML renders
    await measure('innerHTML', size);
  }
  for (let round = 0; round < rounds; round++) {
    for (const size of inTurn(sizes, round)) {
      const row = full.get(size);
      const got = {};
      for (const kind of inTurn(['widget', 'innerHTML'], round)) {
        got[kind] = await measure(kind, size);
        row[kind].push(got[kind]);
      }
      row.ratio.push(got.widget.ms / got.innerHTML.ms);
      row.cpu.push(got.widget.cpu / got.innerHTML.cpu);
    }
  }
  console.log('Full render: every comment on one page, to the first frame after it.');
  console.log('Wall time median [min–max]; "script": its part before that frame; "cpu": the');
  console.log("renderer's main-thread CPU time (what other load on the machine disturbs least).");
  console.log("Ratios are natter / innerHTML, the median of the rounds' ratios [min–max].");
  console.log(
    'comments  natter               innerHTML            ratio               target  script natter/innerHTML  cpu natter/innerHTML  cpu ratio',
  );
  for (const [size, row] of full) {
    const pick = (list, key) => list.map((r) => r[key]);
    const ratio = median(row.ratio);
    const target = fullTargets[size];
    const verdict = target ? `${ratio <= target ? 'met' : 'not'} ${target}` : '';
    const rendered = row.widget[0].rendered;
    if (rendered !== size) throw new Error(`The widget rendered ${rendered} of ${size} comments.`);
    const pair = (key) =>
      `${fixed(median(pick(row.widget, key)))}/${fixed(median(pick(row.innerHTML, key)))}`;
    console.log(
      `${String(size).padStart(8)}  ${spread(pick(row.widget, 'ms')).padEnd(19)}  ${spread(pick(row.innerHTML, 'ms')).padEnd(19)}  ${spread(row.ratio, 2).padEnd(18)}  ${verdict.padEnd(8)} ${pair('script').padEnd(24)} ${pair('cpu').padEnd(21)} ${spread(row.cpu, 2)}`,
    );
  }

  // First page: a backend that is up (one per size), and one seeded just before.
  const kinds = ['up', 'fresh'];
  const first = new Map(sizes.map((size) => [size, {up: [], fresh: []}]));
  for (const size of sizes)
    for (const kind of kinds) await measure('firstPage', size, kind === 'fresh');
  // A first page takes tens of milliseconds, where the machine's noise weighs
  // more: five times the rounds.
  for (let round = 0; round < rounds * 5; round++) {
    for (const size of inTurn(sizes, round)) {
      for (const kind of inTurn(kinds, round)) {
        first.get(size)[kind].push(await measure('firstPage', size, kind === 'fresh'));
      }
    }
  }
  console.log('\nFirst page (page size 20) with the memory adapter, from handing the adapter');
  console.log('to <natter-comments> to the frame after natter-loaded, subscribe included.');
  console.log('"up": one backend per size serves every reader; "fresh": seeded just before,');
  console.log('so its first answer works out what the reader sees of the whole thread.');
  console.log('"to 100": against the 100-comment thread, the median of the rounds\' ratios.');
  console.log(`(${rounds * 5} rounds here: a first page is short, so noise weighs more.)`);
  const base = first.get(sizes[0]);
  const toBase = (row, kind, key) => row[kind].map((r, i) => r[key] / base[kind][i][key]);
  for (const kind of kinds) {
    console.log(`\n${kind.padEnd(8)}  wall                 to 100              cpu    cpu to 100`);
    for (const [size, row] of first) {
      const wall = row[kind].map((r) => r.ms);
      const cpu = row[kind].map((r) => r.cpu);
      console.log(
        `${String(size).padStart(8)}  ${spread(wall).padEnd(19)}  ${spread(toBase(row, kind, 'ms'), 2).padEnd(18)}  ${fixed(median(cpu)).padStart(5)}  ${spread(toBase(row, kind, 'cpu'), 2)}`,
      );
    }
  }
  const last = sizes[sizes.length - 1];
  const ratio = median(toBase(first.get(last), 'up', 'ms'));
  const cpuRatio = median(toBase(first.get(last), 'up', 'cpu'));
  console.log(
    `\ntarget: the first page of ${last} within ${FIRST_PAGE_TARGET}x of ${sizes[0]} (up): ${fixed(ratio, 3)}x wall, ${ratio <= FIRST_PAGE_TARGET ? 'met' : 'not met'}; ${fixed(cpuRatio, 3)}x cpu, ${cpuRatio <= FIRST_PAGE_TARGET ? 'met' : 'not met'}`,
  );
} finally {
  await browser.close();
  server.close();
  rmSync(outDir, {recursive: true, force: true});
}
