// A private WordPress for the `wordpress` suite: scripts/wordpress/start.sh
// runs MariaDB (Unix socket only) and PHP's built-in server on 127.0.0.1,
// and stop.sh ends exactly those processes.
import {spawn} from 'node:child_process';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';

const here = fileURLToPath(new URL('../wordpress/', import.meta.url));

function run(script, args) {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', [join(here, script), ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('exit', (code) => resolve({code, stdout, stderr}));
  });
}

/** Parses the NAME=value lines that start.sh prints. */
function parseEnv(text) {
  const env = {};
  for (const line of text.split('\n')) {
    const match = /^(NATTER_WP_[A-Z_]+)=(.*)$/.exec(line.trim());
    if (match) env[match[1]] = match[2];
  }
  return env;
}

/**
 * Starts the site in `scratch/wordpress` and resolves once its REST API
 * answers. `env` holds NATTER_WP_URL, NATTER_WP_POST (the seeded post) and
 * NATTER_WP_SEED_TOKEN for the tests.
 */
export async function start({scratch}) {
  const state = join(scratch, 'wordpress');
  const started = Date.now();
  const {code, stdout, stderr} = await run('start.sh', [state]);
  const stop = async () => {
    const result = await run('stop.sh', [state]);
    if (result.code !== 0) throw new Error(`stop.sh failed: ${result.stderr}`);
  };
  const env = parseEnv(stdout);
  if (code !== 0 || !env.NATTER_WP_URL || !env.NATTER_WP_POST) {
    await stop().catch(() => {});
    throw new Error(`WordPress did not start (exit ${code}):\n${stderr}${stdout}`);
  }
  try {
    const response = await fetch(`${env.NATTER_WP_URL}/wp-json/`, {
      signal: AbortSignal.timeout(10_000),
    });
    const index = await response.json();
    if (!response.ok || !index.namespaces?.includes('wp/v2')) {
      throw new Error(`unexpected answer from ${env.NATTER_WP_URL}/wp-json/ (${response.status})`);
    }
  } catch (error) {
    await stop().catch(() => {});
    throw error;
  }
  console.log(
    `WordPress at ${env.NATTER_WP_URL} (post ${env.NATTER_WP_POST}), ready in ${Date.now() - started} ms`,
  );
  return {env, stop};
}
