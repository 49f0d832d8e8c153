// The servers the end-to-end suite needs, all on 127.0.0.1 and free ports:
// plain static file servers (node:http, no bundler in between, like a blog's
// web host or a CDN) and the reference comments server, in this process so
// the tests can see which requests it received.
import {createReadStream, existsSync, readFileSync, statSync} from 'node:fs';
import {createServer} from 'node:http';
import {extname, join, normalize, sep} from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

function listen(server) {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address();
      resolve({
        origin: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

/**
 * Serves folders as they are. `mounts` maps URL prefixes to folders;
 * `replace` fills placeholders in HTML pages only (the comments server's
 * address is known only at run time); `headers(path)` adds response headers
 * (a page's Content-Security-Policy). Every request path is recorded.
 */
export async function startStaticServer(mounts, replace = () => ({}), headers = () => ({})) {
  const requests = [];
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    requests.push(path);
    // Browsers ask for an icon on their own; a page under test does not have one.
    if (path === '/favicon.ico') return void res.writeHead(204).end();
    const mount = Object.keys(mounts)
      .sort((a, b) => b.length - a.length)
      .find((prefix) => path.startsWith(prefix));
    if (!mount) return notFound(res);
    const base = mounts[mount];
    let file = normalize(join(base, path.slice(mount.length)));
    if (file !== base && !file.startsWith(base.endsWith(sep) ? base : base + sep)) {
      return notFound(res);
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return notFound(res);
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    res.setHeader('Content-Type', type);
    res.setHeader('Cache-Control', 'no-store');
    for (const [name, value] of Object.entries(headers(path))) res.setHeader(name, value);
    if (extname(file) === '.html') {
      let html = readFileSync(file, 'utf8');
      for (const [key, value] of Object.entries(replace())) html = html.replaceAll(key, value);
      res.end(html);
    } else {
      createReadStream(file).pipe(res);
    }
  });
  return {...(await listen(server)), requests};
}

function notFound(res) {
  res.statusCode = 404;
  res.setHeader('Content-Type', 'text/plain');
  res.end('not found');
}

/**
 * The reference server from server/ (TypeScript, loaded through tsx), with
 * `discussions` imported and every request it receives recorded.
 */
export async function startCommentsServer({database, origins, discussions, ...options}) {
  const {register} = await import('tsx/esm/api');
  register();
  const server = await import('../../../server/src/index.ts');
  const {serve} = await import('@hono/node-server');
  const comments = await server.createCommentsApp({
    database,
    origins,
    // Tests type faster than people; no rate limits for a handful of requests.
    minFillMs: 0,
    rateLimits: {reads: false, posts: false, postsPerEmail: false},
    ...options,
  });
  for (const discussion of discussions)
    await server.importDiscussion(comments.services, discussion);
  const requests = [];
  const http = serve({
    port: 0,
    hostname: '127.0.0.1',
    fetch(request, env) {
      const url = new URL(request.url);
      requests.push({
        method: request.method,
        path: url.pathname,
        search: url.search,
        origin: request.headers.get('origin'),
      });
      return comments.fetch(request, env);
    },
  });
  await new Promise((resolve) => (http.listening ? resolve() : http.once('listening', resolve)));
  const {port} = http.address();
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    async close() {
      await new Promise((done) => {
        http.close(() => done());
        http.closeAllConnections();
      });
      await comments.close();
    },
  };
}

/**
 * Two reference servers, each started on first use: `open` publishes every
 * comment and holds `discussions`; `held` starts empty and holds every new
 * comment for the owner. `close()` stops whichever were started.
 */
export function openAndHeldServers(discussions) {
  const servers = {};
  return {
    async get(site, kind) {
      servers[kind] ??= await startCommentsServer({
        database: ':memory:',
        origins: [site.origin],
        discussions: kind === 'open' ? discussions() : [],
        moderation: kind === 'open' ? 'none' : 'all',
      });
      return servers[kind];
    },
    async close() {
      for (const [kind, running] of Object.entries(servers)) {
        delete servers[kind];
        await running.close();
      }
    },
  };
}
