// The servers bench/server measures: the reference server on SQLite, on
// PostgreSQL (one instance, and two sharing the database), and the test
// WordPress, all seeded with the same discussions. Each is started here and
// stopped by the function returned with it. The servers run as installed:
// the compiled dist/, not the sources through a TypeScript loader, whose
// memory would count in theirs.
import {execFileSync, spawn} from 'node:child_process';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {register} from 'tsx/esm/api';
import {freePort} from '../../scripts/lib/free-port.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
register();
// The package's own build (dist/ is not tracked), once, before any server starts.
execFileSync('npm', ['run', 'build', '--workspace', 'server'], {cwd: root, encoding: 'utf8'});
const {createCommentsApp} = await import('../../server/src/app.ts');
const {importDiscussion} = await import('../../server/src/seed.ts');

export const THREAD_20 = '/bench/twenty';
export const THREAD_2000 = '/bench/two-thousand';
export const COUNT_THREADS = Array.from({length: 50}, (_, i) => `/bench/count/${i}`);
export const POST_THREAD = '/bench/posts';
export const STREAM_THREAD = '/bench/live';

/** `n` comments: every fourth starts a new top-level comment, the others answer it. */
export function discussion(n, prefix) {
  const comments = [];
  const start = Date.parse('2026-01-01T00:00:00Z');
  let top = null;
  for (let i = 0; i < n; i++) {
    const id = `${prefix}${i}`;
    const parentId = i % 4 === 0 ? null : top;
    if (parentId === null) top = id;
    comments.push({
      id,
      parentId,
      author: {name: `Reader ${i % 37}`},
      body: `Comment ${i}: a few sentences of an ordinary length, about as long as readers write them. `.repeat(
        2,
      ),
      createdAt: new Date(start + i * 60_000).toISOString(),
    });
  }
  return comments;
}

async function seedNatter(database) {
  const app = await createCommentsApp({database, rateLimits: {reads: false, posts: false}});
  try {
    await importDiscussion(app.services, {thread: THREAD_20, comments: discussion(20, 'a')});
    await importDiscussion(app.services, {thread: THREAD_2000, comments: discussion(2000, 'b')});
    for (const [i, thread] of COUNT_THREADS.entries()) {
      await importDiscussion(app.services, {thread, comments: discussion(3, `c${i}x`)});
    }
  } finally {
    await app.close();
  }
}

/** One natter-server process, with limits raised so the bench measures the work, not the refusals. */
async function startNatter(database) {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [
      join(root, 'server/dist/cli.js'),
      ...['--database', database, '--port', String(port), '--host', '127.0.0.1'],
      ...['--rate-reads', 'off', '--rate-posts', 'off', '--rate-email', 'off'],
      ...['--min-fill-ms', '0', '--max-streams', '20000', '--max-streams-per-address', '20000'],
    ],
    {stdio: ['ignore', 'ignore', 'pipe']},
  );
  let log = '';
  child.stderr.on('data', (chunk) => (log += chunk));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`natter-server exited: ${log}`);
    try {
      if ((await fetch(`${url}/api/counts?thread=/ready`)).ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`natter-server did not start: ${log}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', resolve);
      child.kill('SIGTERM');
    });
  return {url, pid: child.pid, stop};
}

export async function sqliteTarget(dir) {
  const database = join(dir, 'bench.db');
  await seedNatter(database);
  const server = await startNatter(database);
  return {name: 'SQLite', urls: [server.url], pids: [server.pid], stop: server.stop};
}

/** PostgreSQL targets: one instance, and two on the same database. */
export async function postgresTargets(scratch) {
  const postgres = await import('../../scripts/services/postgres.mjs');
  const cluster = await postgres.start({scratch});
  const database = cluster.env.DATABASE_URL;
  const servers = [];
  try {
    await seedNatter(database);
    servers.push(await startNatter(database), await startNatter(database));
  } catch (error) {
    await Promise.all(servers.map((s) => s.stop()));
    await cluster.stop();
    throw error;
  }
  const stopAll = async () => {
    await Promise.all(servers.map((s) => s.stop()));
    await cluster.stop();
  };
  return [
    {name: 'PostgreSQL', urls: [servers[0].url], pids: [servers[0].pid], stop: async () => {}},
    {
      name: 'PostgreSQL x2',
      urls: servers.map((s) => s.url),
      pids: servers.map((s) => s.pid),
      stop: stopAll,
    },
  ];
}

/** The test WordPress, with the same two discussions made through its seed API. */
export async function wordpressTarget(scratch) {
  const wordpress = await import('../../scripts/services/wordpress.mjs');
  const site = await wordpress.start({scratch});
  try {
    const {NATTER_WP_URL: url, NATTER_WP_SEED_TOKEN: token} = site.env;
    const seed = async (comments) => {
      const response = await fetch(`${url}/wp-json/natter-test/v1/threads`, {
        method: 'POST',
        headers: {'Content-Type': 'application/json', 'X-Natter-Seed-Token': token},
        body: JSON.stringify({
          title: 'Bench thread',
          comments: comments.map((c) => ({
            key: c.id,
            parent: c.parentId === null ? 0 : c.parentId,
            content: c.body,
            author_name: c.author.name,
            date_gmt: c.createdAt,
          })),
        }),
        signal: AbortSignal.timeout(120_000),
      });
      if (response.status !== 201) throw new Error(`seeding answered ${response.status}`);
      return (await response.json()).post;
    };
    const posts = {
      [THREAD_20]: await seed(discussion(20, 'a')),
      [THREAD_2000]: await seed(discussion(2000, 'b')),
    };
    return {name: 'WordPress', urls: [url], posts, stop: site.stop};
  } catch (error) {
    await site.stop();
    throw error;
  }
}
