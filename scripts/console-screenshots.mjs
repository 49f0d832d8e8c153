#!/usr/bin/env node
// Writes the screenshots of docs/moderation.md: the owner's console on a real
// natter-server (SQLite in a temporary folder) with a small discussion, each
// section at desktop width, the queue on a phone and in the dark.
// `npm run build` first (the console is served from dist/admin/).
import {existsSync, mkdirSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {chromium} from 'playwright-core';
import {chromiumArgs, chromiumPath} from '../test/support/wtr-base.mjs';
import {seedConsoleDemo, startNatterServer} from './lib/console-demo.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = process.argv[2] ?? join(root, 'docs/images');
if (!existsSync(join(root, 'dist/admin/natter-admin.js'))) {
  console.error('dist/admin/ is missing: run `npm run build` first.');
  process.exit(1);
}
mkdirSync(out, {recursive: true});
const scratch = mkdtempSync(join(tmpdir(), 'natter-console-'));
const token = 'screenshots-admin-token-0123456789abcdef';
const server = await startNatterServer({
  database: join(scratch, 'natter.db'),
  token,
  args: ['--moderation', 'first-time'],
});
const browser = await chromium.launch({executablePath: chromiumPath, args: chromiumArgs});
try {
  await seedConsoleDemo(server.url, token);
  const shots = [
    {name: 'console-queue', hash: 'queue', width: 1280},
    {name: 'console-recent', hash: 'recent', width: 1280},
    {name: 'console-authors', hash: 'authors', width: 1280},
    {name: 'console-threads', hash: 'threads', width: 1280},
    {name: 'console-settings', hash: 'settings', width: 1280},
    {name: 'console-queue-phone', hash: 'queue', width: 360},
    {name: 'console-queue-dark', hash: 'queue', width: 1280, dark: true},
  ];
  for (const shot of shots) {
    const context = await browser.newContext({
      viewport: {width: shot.width, height: shot.width < 600 ? 780 : 820},
      colorScheme: shot.dark ? 'dark' : 'light',
    });
    const page = await context.newPage();
    await page.goto(`${server.url}/admin#${shot.hash}`);
    await page.getByLabel(/token or password/i).fill(token);
    await page.getByRole('button', {name: 'Sign in'}).click();
    await page.getByRole('navigation', {name: 'Console'}).waitFor();
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    const file = join(out, `${shot.name}.png`);
    await page.screenshot({path: file, fullPage: shot.width < 600});
    console.log(`wrote ${file}`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.stop();
  rmSync(scratch, {recursive: true, force: true});
}
