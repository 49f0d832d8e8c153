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

const here = fileURLToPath(new URL('.', import.meta.url));
const roundsArg = process.argv.indexOf('--rounds');
const rounds = roundsArg > 0 ? Number(process.argv[roundsArg + 1]) : 7;
if (!Number.isInteger(rounds) || rounds < 1) {
  console.error('bench:render: --rounds takes a whole number of at least 1.');
  process.exit(1);
}
const sizes = [100, 1000, 10000];
// The issue's targets: natter / innerHTML, and a first page against a 100-comment one.
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
  /** One measurement on an empty stage, after a garbage collection. */
  const measure = async (name, ...args) => {
    await page.evaluate(() => {
      window.natterBench.clear();
      window.gc?.();
    });
    return page.evaluate(([n, a]) => window.natterBench[n](...a), [name, args]);
  };

  console.log(`Chromium ${browser.version()}, ${rounds} interleaved rounds, ms\n`);

  const full = new Map(sizes.map((size) => [size, {widget: [], innerHTML: [], ratio: []}]));
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
    }
  }
  console.log('Full render: every comment on one page, to the first frame after it');
  console.log('median [min–max]; "script" is the part before that frame');
  console.log(
    'comments  natter               innerHTML            ratio [per round]    target  script: natter  innerHTML',
  );
  for (const [size, row] of full) {
    const ms = (list) => list.map((r) => r.ms);
    const script = (list) => list.map((r) => r.script);
    const ratio = median(ms(row.widget)) / median(ms(row.innerHTML));
    const target = fullTargets[size];
    const verdict = target ? `${ratio <= target ? '≤' : '>'}${target}` : '';
    const rendered = row.widget[0].rendered;
    if (rendered !== size) throw new Error(`The widget rendered ${rendered} of ${size} comments.`);
    console.log(
      `${String(size).padStart(8)}  ${spread(ms(row.widget)).padEnd(19)}  ${spread(ms(row.innerHTML)).padEnd(19)}  ${spread(row.ratio, 2).padEnd(19)}  ${`${fixed(ratio, 2)} ${verdict}`.padEnd(11)} ${fixed(median(script(row.widget))).padStart(6)}  ${fixed(median(script(row.innerHTML))).padStart(9)}`,
    );
  }

  // First page: a backend that is up (one per size), and one seeded just before.
  const first = new Map(sizes.map((size) => [size, {warm: [], fresh: []}]));
  for (const size of sizes) {
    await measure('firstPage', size, false);
    await measure('firstPage', size, true);
  }
  for (let round = 0; round < rounds; round++) {
    for (const size of inTurn(sizes, round)) {
      for (const fresh of inTurn([false, true], round)) {
        const r = await measure('firstPage', size, fresh);
        first.get(size)[fresh ? 'fresh' : 'warm'].push(r.ms);
      }
    }
  }
  console.log('\nFirst page (page size 20) with the memory adapter, from handing the adapter');
  console.log('to <natter-comments> to the frame after natter-loaded, subscribe included;');
  console.log('"fresh": the backend was seeded just before (its first answer builds its index)');
  console.log('comments  up                   to 100  fresh                to 100');
  const base = first.get(sizes[0]);
  for (const [size, row] of first) {
    const warm = median(row.warm) / median(base.warm);
    const fresh = median(row.fresh) / median(base.fresh);
    console.log(
      `${String(size).padStart(8)}  ${spread(row.warm).padEnd(19)}  ${fixed(warm, 2).padStart(6)}  ${spread(row.fresh).padEnd(19)}  ${fixed(fresh, 2).padStart(6)}`,
    );
  }
  const last = sizes[sizes.length - 1];
  const ratio = median(first.get(last).warm) / median(base.warm);
  console.log(
    `target: ${last} within ${FIRST_PAGE_TARGET}x of ${sizes[0]}: ${fixed(ratio, 2)}x, ${ratio <= FIRST_PAGE_TARGET ? 'met' : 'not met'}`,
  );
} finally {
  await browser.close();
  server.close();
  rmSync(outDir, {recursive: true, force: true});
}
