#!/usr/bin/env node
// The owner's console end to end, in Chromium against natter-server (its own
// process, serving the built dist/admin/ and dist/natter.js) on SQLite, or on
// PostgreSQL with NATTER_CONSOLE_DB=postgres and DATABASE_URL naming a
// server where a scratch database can be created. An article page on another
// origin carries the widget. Builds dist/ first when it is missing.
import {spawnSync} from 'node:child_process';
import {randomBytes} from 'node:crypto';
import {existsSync, mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import pg from 'pg';
import {chromium} from 'playwright-core';
import {startNatterServer} from '../../../scripts/lib/console-demo.mjs';
import {chromiumArgs, chromiumPath} from '../../support/wtr-base.mjs';
import {report, runTests} from '../drop-in/harness.mjs';
import {startStaticServer} from '../drop-in/servers.mjs';
import './console.e2e.mjs';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const kind = process.env.NATTER_CONSOLE_DB === 'postgres' ? 'postgres' : 'sqlite';
const LABEL = `console-${kind === 'postgres' ? 'pg' : kind}`;
const scratch = mkdtempSync(join(tmpdir(), 'natter-console-e2e-'));
const cleanups = [];
let counts;

/** A scratch database on the PostgreSQL server DATABASE_URL names, dropped afterwards. */
async function scratchPostgres() {
  const base = process.env.DATABASE_URL;
  if (!base)
    throw new Error('NATTER_CONSOLE_DB=postgres needs DATABASE_URL (npm test starts a cluster)');
  const name = `natter_console_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({connectionString: base});
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  cleanups.push(async () => {
    const client = new pg.Client({connectionString: base});
    await client.connect();
    await client.query(`drop database if exists ${name} with (force)`);
    await client.end();
  });
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.href;
}

try {
  if (!existsSync(join(root, 'dist/admin/natter-admin.js'))) {
    console.log('dist/ is missing: building it first.');
    const built = spawnSync(process.execPath, ['scripts/build.mjs'], {cwd: root, stdio: 'inherit'});
    if (built.status !== 0) throw new Error('npm run build failed');
  }
  const database = kind === 'postgres' ? await scratchPostgres() : join(scratch, 'natter.db');
  const token = randomBytes(24).toString('hex');
  // The article's site: its page carries the widget from the comments server.
  const site = await startStaticServer({'/': join(root, 'test/e2e/admin/site')}, () => ({
    __NATTER_ENDPOINT__: server.url,
  }));
  cleanups.push(() => site.close());
  const server = await startNatterServer({
    database,
    token,
    args: ['--moderation', 'first-time', '--origins', site.origin, '--min-fill-ms', '0'],
  });
  cleanups.push(() => server.stop());
  const browser = await chromium.launch({executablePath: chromiumPath, args: chromiumArgs});
  cleanups.push(() => browser.close());
  console.log(
    `[${LABEL}] natter-server on ${kind} at ${server.url}, the article at ${site.origin}`,
  );
  counts = await runTests({browser, server, site, token, state: {}}, LABEL);
} catch (error) {
  console.error(error);
  counts = report({passed: 0, failed: 1, failures: [`${LABEL}: setup: ${error.message}`]}, LABEL);
} finally {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
  rmSync(scratch, {recursive: true, force: true});
}
process.exitCode = counts.failed ? 1 : 0;
