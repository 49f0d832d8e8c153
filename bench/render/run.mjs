#!/usr/bin/env node
// Render benchmark: time to first frame of <natter-comments> for threads of
// 100, 1,000 and 10,000 comments (replies up to depth 3), next to a plain
// innerHTML rendering of the very same markup measured in the same run, and
// the first page's cost as the thread grows. Prints medians and ratios.
//
//   npm run bench:render [-- --reps 7]
import {createServer} from 'node:http';
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {extname, join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {build} from 'vite';
import {chromium} from 'playwright-core';

const here = fileURLToPath(new URL('.', import.meta.url));
const repsArg = process.argv.indexOf('--reps');
const reps = repsArg > 0 ? Number(process.argv[repsArg + 1]) : 7;
const sizes = [100, 1000, 10000];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

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
  ],
});

try {
  const page = await browser.newPage({viewport: {width: 1280, height: 900}});
  await page.goto(url);
  await page.waitForFunction(() => window.natterBench !== undefined);

  console.log(`Chromium ${browser.version()}, ${reps} runs each, medians in ms\n`);
  console.log('Full render (every comment on one page)');
  console.log('comments  natter  innerHTML  ratio  (nodes rendered)');
  for (const size of sizes) {
    const widget = [];
    const plain = [];
    let rendered = 0;
    await page.evaluate((n) => window.natterBench.full(n), size); // warm-up
    for (let i = 0; i < reps; i++) {
      const r = await page.evaluate((n) => window.natterBench.full(n), size);
      widget.push(r.widget);
      plain.push(r.innerHTML);
      rendered = r.rendered;
    }
    const w = median(widget);
    const p = median(plain);
    console.log(
      `${String(size).padStart(8)}  ${w.toFixed(1).padStart(6)}  ${p.toFixed(1).padStart(9)}  ${(w / p).toFixed(2).padStart(5)}  (${rendered})`,
    );
  }

  console.log('\nFirst page (page size 20) as the thread grows');
  console.log('(after list: from the adapter answering to the frame; widget: the same');
  console.log(" without the adapter's subscribe, i.e. the widget's own share)");
  console.log('comments  natter  after list  widget  (nodes rendered)  ratio to 100');
  let first100;
  for (const size of sizes) {
    const times = [];
    const after = [];
    const own = [];
    let rendered = 0;
    await page.evaluate((n) => window.natterBench.firstPage(n), size);
    for (let i = 0; i < reps; i++) {
      const r = await page.evaluate((n) => window.natterBench.firstPage(n), size);
      times.push(r.widget);
      after.push(r.afterList);
      own.push(r.own);
      rendered = r.rendered;
    }
    const m = median(times);
    first100 ??= m;
    console.log(
      `${String(size).padStart(8)}  ${m.toFixed(1).padStart(6)}  ${median(after).toFixed(1).padStart(10)}  ${median(own).toFixed(1).padStart(6)}  (${rendered})  ${(m / first100).toFixed(2)}`,
    );
  }
} finally {
  await browser.close();
  server.close();
  rmSync(outDir, {recursive: true, force: true});
}
