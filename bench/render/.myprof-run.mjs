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

const here = '/tmp/mybench/';
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
  build: {outDir, emptyOutDir: true, minify: false},
});

const types = {'.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css'};
const server = createServer((req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  try {
    const body = readFileSync(join(outDir, path === '/' ? 'index.html' : path));
    res.writeHead(200, {'content-type': types[extname(path) || '.html'] ?? 'application/octet-stream'});
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

  const cdp = await page.context().newCDPSession(page);
  await page.evaluate((n) => window.natterBench.full(n), 1000);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', {interval: 100});
  await cdp.send('Profiler.start');
  for (let i = 0; i < 5; i++) await page.evaluate((n) => window.natterBench.full(n), 1000);
  const {profile} = await cdp.send('Profiler.stop');
  const self = new Map();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const dt = profile.timeDeltas; const counts = new Map();
  profile.samples.forEach((id, i) => counts.set(id, (counts.get(id) ?? 0) + (dt[i] ?? 0)));
  for (const [id, t] of counts) { const n = byId.get(id); const key = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`; self.set(key, (self.get(key) ?? 0) + t); }
  const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 40);
  for (const [k, t] of top) console.log((t / 1000 / 5).toFixed(2).padStart(8), k);
} finally {
  await browser.close();
  server.close();
  rmSync(outDir, {recursive: true, force: true});
}
