import {execFile} from 'node:child_process';
import {fileURLToPath} from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/natter-server.js', import.meta.url));

export interface CommandResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `natter-server ...args` (a command such as backup, export, import) to its end. */
export function runCommand(
  args: string[],
  env: Record<string, string> = {},
  input?: string,
): Promise<CommandResult> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [BIN, ...args],
      {env: {...process.env, DATABASE_URL: '', ...env}, timeout: 60_000},
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({code, stdout, stderr});
      },
    );
    child.stdin?.end(input ?? '');
  });
}
