import {spawn, type ChildProcess} from 'node:child_process';
import {fileURLToPath} from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/natter-server.js', import.meta.url));
const START_TIMEOUT_MS = 30_000;

/** The real `natter-server` command, running as a child process. */
export interface CliServer {
  url: string;
  child: ChildProcess;
  /** Everything it wrote to stderr so far, for failure messages. */
  stderr(): string;
  /** Sends `signal` and resolves once the process is gone, with the signal that ended it. */
  stop(signal: NodeJS.Signals): Promise<NodeJS.Signals | null>;
}

/**
 * Starts bin/natter-server.js on 127.0.0.1 and a free port with `database`,
 * and resolves once it says where it listens. The extra arguments follow.
 */
export function startCli(database: string, args: string[] = []): Promise<CliServer> {
  const child = spawn(
    process.execPath,
    [BIN, '--host', '127.0.0.1', '--port', '0', '--database', database, ...args],
    {stdio: ['ignore', 'pipe', 'pipe']},
  );
  let stdout = '';
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
  const exited = new Promise<NodeJS.Signals | null>((resolve) =>
    child.once('exit', (_code, signal) => resolve(signal)),
  );
  const stop = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    return exited;
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop('SIGKILL');
      reject(new Error(`natter-server did not start within ${START_TIMEOUT_MS} ms: ${stderr}`));
    }, START_TIMEOUT_MS);
    child.stdout.setEncoding('utf8').on('data', (text: string) => {
      stdout += text;
      const match = /listening on (http:\/\/127\.0\.0\.1:\d+)\//.exec(stdout);
      if (!match) return;
      clearTimeout(timer);
      resolve({url: match[1], child, stderr: () => stderr, stop});
    });
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`natter-server exited before listening: ${stderr}`));
    });
  });
}
