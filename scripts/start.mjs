#!/usr/bin/env node
// `npm start`: the demo article with a live comments section, in one command.
// Builds the widget's script-tag file when it is missing or older than src/,
// then runs the comments server on SQLite (.data/natter.db, filled from
// demo/discussion.json on first run) serving demo/ at / and the widget at
// /natter.js, and the owner's console at /admin (its token is made on first
// run, in .data/admin-token). PORT picks the port (default 8787; a busy one
// is swapped for a free one). Ctrl+C stops it.
import {spawn, spawnSync} from 'node:child_process';
import {randomBytes} from 'node:crypto';
import {existsSync, mkdirSync, readdirSync, statSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:net';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const at = (...parts) => join(root, ...parts);
const HOST = '127.0.0.1';

/** Newest modification time of any file below `dir`. */
function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, {withFileTypes: true})) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

/** Runs `vite build` in `mode` (default: the script-tag file); true when it worked. */
function viteBuild(mode) {
  const vite = at('node_modules', '.bin', 'vite');
  const modeArgs = mode ? ['--mode', mode] : [];
  return (
    spawnSync(vite, ['build', ...modeArgs, '--logLevel', 'warn'], {cwd: root, stdio: 'inherit'})
      .status === 0
  );
}

/** The owner's console at /admin: built when missing or older than its sources. */
function ensureConsole() {
  const file = at('dist', 'admin', 'natter-admin.js');
  if (!existsSync(at('src', 'admin'))) return;
  if (existsSync(file) && statSync(file).mtimeMs >= newest(at('src'))) return;
  console.log('Building the console (dist/admin/)…');
  if (!viteBuild('admin')) console.warn('The console could not be built; /admin will answer 404.');
}

/** The demo's admin token, made on first start and kept with its database. */
function adminTokenFile() {
  const file = at('.data', 'admin-token');
  if (!existsSync(file)) writeFileSync(file, randomBytes(24).toString('hex'), {mode: 0o600});
  return file;
}

function ensureBundle() {
  const bundle = at('dist', 'natter.js');
  if (!existsSync(at('vite.config.ts')) || !existsSync(at('src', 'embed.ts'))) {
    console.warn(
      'The widget sources (vite.config.ts, src/embed.ts) are missing: /natter.js will answer 404.',
    );
    return;
  }
  if (existsSync(bundle) && statSync(bundle).mtimeMs >= newest(at('src'))) return;
  console.log('Building the widget (dist/natter.js)…');
  if (viteBuild()) return;
  if (existsSync(bundle)) {
    console.warn('The build failed; serving the previous dist/natter.js.');
  } else {
    console.error('The widget could not be built (see above).');
    process.exit(1);
  }
}

/** Resolves to `wanted` when it is free, else to a free port the system picks. */
function choosePort(wanted) {
  const attempt = (port) =>
    new Promise((resolve) => {
      const probe = createServer();
      probe.once('error', () => resolve(undefined));
      probe.listen(port, HOST, () => {
        const {port: chosen} = probe.address();
        probe.close(() => resolve(chosen));
      });
    });
  return attempt(wanted).then(async (port) => {
    if (port !== undefined) return port;
    const other = await attempt(0);
    console.log(`Port ${wanted} is busy; using ${other} instead.`);
    return other;
  });
}

ensureBundle();
ensureConsole();
mkdirSync(at('.data'), {recursive: true});
const tokenFile = adminTokenFile();
const wanted = Number(process.env.PORT ?? 8787);
if (!Number.isInteger(wanted) || wanted < 0 || wanted > 65535) {
  console.error(`PORT must be a port number, not "${process.env.PORT}".`);
  process.exit(2);
}
const port = await choosePort(wanted);

const args = [
  at('server', 'bin', 'natter-server.js'),
  ...['--host', HOST, '--port', String(port)],
  ...['--database', at('.data', 'natter.db')],
  ...['--static', at('demo'), '--bundle-dir', at('dist')],
  ...['--admin-token-file', tokenFile],
];
const seed = at('demo', 'discussion.json');
if (existsSync(seed)) args.push('--seed', seed);
else console.warn('demo/discussion.json is missing: the demo thread starts empty.');

// The server's own DATABASE_URL/PORT must not override the demo's choices.
const env = {...process.env, DATABASE_URL: '', PORT: '', NATTER_STATIC: '', NATTER_BUNDLE_DIR: ''};
const server = spawn(process.execPath, args, {
  cwd: root,
  env,
  stdio: ['ignore', 'pipe', 'inherit'],
});
server.stdout.setEncoding('utf8').on('data', (chunk) => {
  process.stdout.write(chunk);
  if (/listening on/.test(chunk)) {
    console.log(`\nNatter demo: http://${HOST}:${port}/  (Ctrl+C stops it)`);
    console.log(
      `Moderation console: http://${HOST}:${port}/admin  (sign in with the token in ${tokenFile})\n`,
    );
  }
});

// Ctrl+C reaches the server too (same process group); either way it is told
// once, and this process ends when the server has closed.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (server.exitCode === null) server.kill(signal);
  });
}
server.on('exit', (code, signal) => {
  if (signal === 'SIGINT' || signal === 'SIGTERM') process.exit(0);
  process.exit(code ?? 0);
});
