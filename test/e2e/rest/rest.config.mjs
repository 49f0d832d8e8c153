// The rest adapter against the real comments server: the adapter
// conformance suite and a few end-to-end checks, in Chromium.
//   NATTER_REST_DB=sqlite   (default) a SQLite file in a temporary folder
//   NATTER_REST_DB=postgres the database in DATABASE_URL (npm test starts a cluster)
// Five servers share the database: one publishes at once, one holds every
// comment (the fixture's holdNext), one has a tiny post budget (429s), one
// ends event streams after two seconds and asks for a proof of work, one
// lets authors edit for two seconds only (the edit-window case). The
// page reaches them cross-origin, so CORS is tested for real.
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {wtrConfig} from '../../support/wtr-base.mjs';
import {startCli} from './servers.mjs';
import {freePort} from '../../../scripts/lib/free-port.mjs';

const kind = process.env.NATTER_REST_DB ?? 'sqlite';
let database;
let scratch;
if (kind === 'postgres') {
  database = process.env.DATABASE_URL;
  if (!database) {
    throw new Error('NATTER_REST_DB=postgres needs DATABASE_URL (npm test -- rest-pg sets it)');
  }
} else if (kind === 'sqlite') {
  scratch = mkdtempSync(join(tmpdir(), 'natter-rest-e2e-'));
  database = join(scratch, 'natter.db');
} else {
  throw new Error(`NATTER_REST_DB must be sqlite or postgres, not "${kind}"`);
}

const hostname = '127.0.0.1';
const port = await freePort();
const pageOrigin = `http://${hostname}:${port}`;
const plenty = [
  '--rate-reads',
  '100000/60',
  '--rate-posts',
  '100000/60',
  '--rate-email',
  '100000/60',
];
const common = ['--database', database, '--origins', pageOrigin, '--min-fill-ms', '0'];

const started = [];
async function start(args) {
  const server = await startCli(args);
  started.push(server);
  return server;
}
async function stopAll() {
  await Promise.all(started.splice(0).map((server) => server.stop()));
  if (scratch) rmSync(scratch, {recursive: true, force: true});
}

let servers;
try {
  // The first start creates the schema; the others then find it in place.
  const main = await start([...common, ...plenty, '--moderation', 'none']);
  const [held, limited, strict] = await Promise.all([
    start([...common, ...plenty, '--moderation', 'all']),
    start([...common, '--rate-posts', '1/3600']),
    start([...common, ...plenty, '--stream-lifetime', '2', '--proof-of-work', '50000']),
  ]);
  // After the others: four servers compiling at once on a busy machine start slowly.
  const short = await start([...common, ...plenty, '--edit-window', '0.04']);
  servers = {
    database: kind,
    main: main.url,
    held: held.url,
    limited: limited.url,
    strict: strict.url,
    short: short.url,
  };
} catch (error) {
  await stopAll();
  throw error;
}
process.once('exit', () => started.forEach((server) => server.stop()));

// JSON inside a <script>: `<` is escaped so no value can close the element.
const config = JSON.stringify(servers).replace(/</g, '\\u003c');

export default {
  ...wtrConfig({
    label: kind === 'postgres' ? 'rest-pg' : 'rest-sqlite',
    files: ['test/e2e/rest/**/*.test.ts'],
    plugins: [{name: 'natter-rest-servers', serverStop: stopAll}],
    timeout: 30000,
    testRunnerHtml: (testFramework) => `<!doctype html>
<html>
  <head><meta charset="utf-8"><script>window.NATTER_TEST_SERVER = ${config};</script></head>
  <body><script type="module" src="${testFramework}"></script></body>
</html>`,
  }),
  hostname,
  port,
};
