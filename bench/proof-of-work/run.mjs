#!/usr/bin/env node
// `npm run bench:pow`: how long the widget's proof-of-work solver takes in
// Chromium for challenges the reference server would hand out with
// `--proof-of-work 50000`, at desktop speed and with the CPU slowed 4x
// (the slowdown Chrome's tools use to stand in for a mid-range phone).
// Needs dist/ (npm run build). Prints medians and the 90th percentile.
import {readFileSync} from 'node:fs';
import {createServer} from 'node:http';
import {fileURLToPath} from 'node:url';
import {createChallenge} from 'altcha-lib/v1';
import {chromium} from 'playwright-core';
import {chromiumArgs, chromiumPath} from '../../test/support/wtr-base.mjs';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const MAX_NUMBER = Number(process.env.POW_MAX ?? 50_000);
const RUNS = Number(process.env.POW_RUNS ?? 25);

const server = createServer((req, res) => {
  if (req.url === '/') {
    res.setHeader('Content-Type', 'text/html');
    return void res.end('<!doctype html><title>proof of work</title>');
  }
  try {
    const file = readFileSync(
      new URL(`.${new URL(req.url, 'http://x').pathname}`, `file://${dist}`),
    );
    res.setHeader('Content-Type', 'text/javascript');
    res.end(file);
  } catch {
    res.statusCode = 404;
    res.end();
  }
}).listen(0, '127.0.0.1');
await new Promise((resolve) => server.once('listening', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({executablePath: chromiumPath, args: chromiumArgs});

const at = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
try {
  // The same challenges at both speeds, so the ratio compares like with like.
  const challenges = [];
  for (let i = 0; i < RUNS; i++) {
    challenges.push(await createChallenge({hmacKey: 'bench', maxnumber: MAX_NUMBER}));
  }
  for (const slowdown of [1, 4]) {
    const page = await browser.newPage();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', {rate: slowdown});
    await page.goto(`${origin}/`);
    const times = await page.evaluate(
      async ({challenges, url}) => {
        const {solveChallenge} = await import(url);
        const out = [];
        for (const challenge of challenges) {
          const started = performance.now();
          await solveChallenge(challenge);
          out.push(performance.now() - started);
        }
        return out;
      },
      {challenges, url: `${origin}/adapters/rest/proof-of-work.js`},
    );
    times.sort((a, b) => a - b);
    console.log(
      `CPU ${slowdown}x: median ${at(times, 0.5).toFixed(0)} ms, 90th percentile ${at(times, 0.9).toFixed(0)} ms, ` +
        `max ${times.at(-1).toFixed(0)} ms (${RUNS} challenges, max number ${MAX_NUMBER})`,
    );
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
