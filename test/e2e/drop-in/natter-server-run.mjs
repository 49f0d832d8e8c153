// Runs the registered end-to-end tests (harness.mjs) in Chromium against
// natter-server in its own process, serving the built dist/, on SQLite, or
// on PostgreSQL when `database` is 'postgres' and DATABASE_URL names a
// server where a scratch database can be created. The article pages come
// from `siteDir` on another origin, with __NATTER_ENDPOINT__ replaced by the
// server's address. Builds dist/ first when it is missing.
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
import {report, runTests} from './harness.mjs';
import {startStaticServer} from './servers.mjs';

const root = fileURLToPath(new URL('../../../', import.meta.url));

/** A scratch database on the PostgreSQL server DATABASE_URL names, dropped by `cleanups`. */
async function scratchPostgres(cleanups) {
  const base = process.env.DATABASE_URL;
  if (!base) throw new Error('PostgreSQL runs need DATABASE_URL (npm test starts a cluster)');
  const name = `natter_e2e_${randomBytes(6).toString('hex')}`;
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

/**
 * @param {{name: string, database: 'sqlite' | 'postgres', siteDir: string,
 *   serverArgs: (siteOrigin: string) => string[]}} options
 */
export async function runOnNatterServer({name, database: kind, siteDir, serverArgs}) {
  const label = `${name}-${kind === 'postgres' ? 'pg' : kind}`;
  const scratch = mkdtempSync(join(tmpdir(), `natter-${name}-e2e-`));
  const cleanups = [];
  let counts;
  try {
    if (!existsSync(join(root, 'dist/admin/natter-admin.js'))) {
      console.log('dist/ is missing: building it first.');
      const built = spawnSync(process.execPath, ['scripts/build.mjs'], {
        cwd: root,
        stdio: 'inherit',
      });
      if (built.status !== 0) throw new Error('npm run build failed');
    }
    const database =
      kind === 'postgres' ? await scratchPostgres(cleanups) : join(scratch, 'natter.db');
    const token = randomBytes(24).toString('hex');
    const site = await startStaticServer({'/': siteDir}, () => ({
      __NATTER_ENDPOINT__: server.url,
    }));
    cleanups.push(() => site.close());
    const server = await startNatterServer({database, token, args: serverArgs(site.origin)});
    cleanups.push(() => server.stop());
    const browser = await chromium.launch({executablePath: chromiumPath, args: chromiumArgs});
    cleanups.push(() => browser.close());
    console.log(
      `[${label}] natter-server on ${kind} at ${server.url}, the article at ${site.origin}`,
    );
    counts = await runTests({browser, server, site, token, state: {}}, label);
  } catch (error) {
    console.error(error);
    counts = report({passed: 0, failed: 1, failures: [`${label}: setup: ${error.message}`]}, label);
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
    rmSync(scratch, {recursive: true, force: true});
  }
  process.exitCode = counts.failed ? 1 : 0;
}
