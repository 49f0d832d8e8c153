// Starts the real comments server (the natter-server CLI, as a site owner
// would run it) for the rest end-to-end suites, as child processes listening
// on 127.0.0.1 and a free port each.
import {spawn} from 'node:child_process';
import {fileURLToPath} from 'node:url';

const cli = fileURLToPath(new URL('../../../server/bin/natter-server.js', import.meta.url));

/** Starts one server with `args`; resolves once it prints its URL. */
export function startCli(args, {timeoutMs = 30_000} = {}) {
  const child = spawn(process.execPath, [cli, '--port', '0', '--host', '127.0.0.1', ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {...process.env, DATABASE_URL: '', PORT: ''},
  });
  let output = '';
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 5000).unref();
    });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      stop();
      reject(new Error(`natter-server did not start within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    const onData = (chunk) => {
      output += chunk;
      const match = /listening on (http:\/\/[^\s/]+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        // Keep the server's own error log visible in the test output.
        child.stdout.off('data', onData);
        resolve({url: match[1], stop});
      }
    };
    child.stdout.setEncoding('utf8').on('data', onData);
    child.stderr.setEncoding('utf8').on('data', (chunk) => {
      output += chunk;
      process.stderr.write(`[natter-server] ${chunk}`);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`natter-server exited with ${code} before it listened:\n${output}`));
    });
  });
}
