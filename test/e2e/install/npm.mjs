// Runs npm and the installed server the way a site owner's shell would:
// without the npm_* variables that `npm test` passes to its children.
import {spawn, spawnSync} from 'node:child_process';

export function cleanEnv(extra = {}) {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^npm_/i.test(name)),
  );
  return {...env, DATABASE_URL: '', PORT: '', NATTER_BUNDLE_DIR: '', ...extra};
}

/** Runs `npm ...args` in `cwd`; returns its stdout, throws with its output when it fails. */
export function npm(args, cwd, {timeout = 600_000} = {}) {
  const result = spawnSync('npm', args, {cwd, env: cleanEnv(), encoding: 'utf8', timeout});
  if (result.status !== 0) {
    throw new Error(
      `npm ${args.join(' ')} failed (${result.status ?? result.signal}):\n${result.stdout}\n${result.stderr}`,
    );
  }
  return result.stdout;
}

/** Runs a command to its end; resolves to its exit code and output. */
export function run(command, args, {cwd, env = cleanEnv(), timeout = 60_000} = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {cwd, env, stdio: ['ignore', 'pipe', 'pipe']});
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (text) => (stdout += text));
    child.stderr.setEncoding('utf8').on('data', (text) => (stderr += text));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeout);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({code, stdout, stderr});
    });
  });
}

/**
 * Starts `npx natter-server ...args` in `cwd` on 127.0.0.1 and a free port;
 * resolves once it says where it listens, with its URL, its stderr so far and stop().
 */
export function startServer(cwd, args, {timeout = 60_000} = {}) {
  const child = spawn(
    'npx',
    ['--no-install', 'natter-server', '--host', '127.0.0.1', '--port', '0', ...args],
    {
      cwd,
      env: cleanEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
      // Its own process group: npx, the shell it starts and the server stop together.
      detached: true,
    },
  );
  let stdout = '';
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (text) => (stderr += text));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    process.kill(-child.pid, 'SIGTERM');
    const killer = setTimeout(() => process.kill(-child.pid, 'SIGKILL'), 5000);
    await exited;
    clearTimeout(killer);
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`npx natter-server did not start within ${timeout} ms: ${stderr}`));
    }, timeout);
    child.stdout.setEncoding('utf8').on('data', (text) => {
      stdout += text;
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)\//.exec(stdout);
      if (!match) return;
      clearTimeout(timer);
      resolve({url: match[1], stderr: () => stderr, stop});
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`npx natter-server exited (${code}) before listening: ${stderr}`));
    });
  });
}
