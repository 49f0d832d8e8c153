// A private, throw-away PostgreSQL cluster for the test suites: initdb into
// a temporary folder, start it on 127.0.0.1 and a free port (its unix socket
// stays in the folder too), create a database, and hand back DATABASE_URL.
// stop() stops exactly this cluster and removes the folder.
import {execFileSync, spawnSync} from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  realpathSync,
  rmSync,
} from 'node:fs';
import {tmpdir} from 'node:os';
import {delimiter, dirname, join} from 'node:path';
import {freePort} from '../lib/free-port.mjs';

const DATABASE = 'natter_test';

/**
 * The folder holding initdb, pg_ctl and their siblings (pg_isready, createdb):
 * PATH first (following symlinks to the real folder), then Debian's versioned folders.
 */
export function findPostgresBin() {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'))) {
      return dirname(realpathSync(join(dir, 'initdb')));
    }
  }
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions.length) return join(root, versions[0], 'bin');
  throw new Error(
    'PostgreSQL server binaries (initdb, pg_ctl) were not found in PATH or /usr/lib/postgresql/*/bin. ' +
      'Install them with "apt-get install -y postgresql".',
  );
}

/** initdb refuses to run as root, so as root every command runs as the `postgres` user. */
function runner() {
  const root = process.getuid?.() === 0;
  return (file, args, options = {}) => {
    const [cmd, argv] = root ? ['runuser', ['-u', 'postgres', '--', file, ...args]] : [file, args];
    return spawnSync(cmd, argv, {encoding: 'utf8', ...options});
  };
}

function check(result, what) {
  if (result.error || result.status !== 0) {
    const detail = result.error?.message ?? `${result.stdout ?? ''}${result.stderr ?? ''}`.trim();
    throw new Error(`${what} failed: ${detail}`);
  }
  return result;
}

export async function start({scratch} = {}) {
  void scratch; // the cluster lives in its own folder: scratch may not be readable by `postgres`
  const bin = findPostgresBin();
  const run = runner();
  const dir = mkdtempSync(join(tmpdir(), 'natter-pg-'));
  const data = join(dir, 'data');
  const log = join(dir, 'server.log');
  if (process.getuid?.() === 0) execFileSync('chown', ['-R', 'postgres:postgres', dir]);
  else chmodSync(dir, 0o700);

  let started = false;
  const stop = async () => {
    if (started) {
      const result = run(join(bin, 'pg_ctl'), ['-D', data, 'stop', '-m', 'fast', '-w', '-t', '20']);
      if (result.status !== 0) killByPid(data);
      started = false;
    }
    rmSync(dir, {recursive: true, force: true});
  };

  try {
    check(
      run(join(bin, 'initdb'), [
        '-D',
        data,
        '-U',
        'postgres',
        '--auth=trust',
        '-E',
        'UTF8',
        '--locale=C',
        '--no-sync',
      ]),
      'initdb',
    );
    let port;
    for (let attempt = 1; ; attempt++) {
      port = await freePort();
      const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`;
      const result = run(join(bin, 'pg_ctl'), [
        '-D',
        data,
        '-l',
        log,
        '-o',
        options,
        '-w',
        '-t',
        '60',
        'start',
      ]);
      if (result.status === 0) break;
      // Another process may have taken the port between our check and the start.
      if (attempt >= 3) check(result, `pg_ctl start (log: ${readLog(log)})`);
    }
    started = true;
    await waitReady(run, bin, port);
    check(
      run(join(bin, 'createdb'), [
        '-h',
        '127.0.0.1',
        '-p',
        String(port),
        '-U',
        'postgres',
        DATABASE,
      ]),
      'createdb',
    );
    return {env: {DATABASE_URL: `postgres://postgres@127.0.0.1:${port}/${DATABASE}`}, stop};
  } catch (error) {
    await stop();
    throw error;
  }
}

async function waitReady(run, bin, port) {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    const result = run(join(bin, 'pg_isready'), [
      '-h',
      '127.0.0.1',
      '-p',
      String(port),
      '-U',
      'postgres',
    ]);
    if (result.status === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`PostgreSQL on port ${port} did not become ready in 30 s`);
}

function killByPid(data) {
  try {
    const pid = Number(readFileSync(join(data, 'postmaster.pid'), 'utf8').split('\n')[0]);
    if (pid > 0) process.kill(pid, 'SIGKILL');
  } catch {
    // No pid file: the server is not running.
  }
}

function readLog(log) {
  try {
    return readFileSync(log, 'utf8').slice(-2000);
  } catch {
    return 'no log';
  }
}
