// Browser tests run in Debian's Chromium. When it is missing, install it if
// we can (root with apt-get), otherwise stop with exact instructions.
import {spawnSync} from 'node:child_process';
import {existsSync} from 'node:fs';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function ensureChromium() {
  if (existsSync(chromiumPath)) return;
  const isRoot = process.getuid?.() === 0;
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], {stdio: 'ignore'}).status === 0;
  if (!isRoot || !hasApt) {
    throw new Error(
      `Chromium is needed for the browser tests and was not found at ${chromiumPath}.\n` +
        `Install it with: sudo apt-get install -y chromium\n` +
        `or point CHROMIUM_PATH at a Chromium or Chrome binary.`,
    );
  }
  console.log("Chromium is missing: installing Debian's chromium package...");
  const env = {...process.env, DEBIAN_FRONTEND: 'noninteractive'};
  spawnSync('apt-get', ['update', '-qq'], {stdio: 'inherit', env});
  const result = spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
    stdio: 'inherit',
    env,
  });
  if (result.status !== 0 || !existsSync(chromiumPath)) {
    throw new Error('Installing chromium with apt-get failed; see the output above.');
  }
}
