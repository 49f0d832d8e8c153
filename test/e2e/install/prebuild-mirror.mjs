// better-sqlite3's install script downloads a prebuilt binary (from GitHub,
// or from the host named by npm_config_better_sqlite3_binary_host) and
// compiles SQLite from source only when that fails, which takes minutes on
// a busy machine. This serves, on 127.0.0.1, the binary that this
// repository's own install already has: the same file for the same version,
// Node ABI and platform. Another version is answered 404, and then the
// install compiles as it would anywhere without a download.
import {spawnSync} from 'node:child_process';
import {existsSync, readFileSync} from 'node:fs';
import {createServer} from 'node:http';
import {join} from 'node:path';
import {root} from '../../../scripts/lib/pack.mjs';

const home = join(root, 'node_modules', 'better-sqlite3');

/** Starts the mirror; resolves to {host, requests(), close()}, or undefined when there is no binary to serve. */
export async function startPrebuildMirror() {
  const binary = join(home, 'build', 'Release', 'better_sqlite3.node');
  if (!existsSync(binary)) return undefined;
  const {version} = JSON.parse(readFileSync(join(home, 'package.json'), 'utf8'));
  const name = `better-sqlite3-v${version}-node-v${process.versions.modules}-${process.platform}-${process.arch}.tar.gz`;
  const tar = spawnSync('tar', ['-cz', '-C', home, 'build/Release/better_sqlite3.node'], {
    maxBuffer: 64 * 1024 * 1024,
  });
  if (tar.status !== 0) throw new Error(`could not pack the prebuilt binary: ${tar.stderr}`);
  const seen = [];
  const server = createServer((request, response) => {
    seen.push(request.url);
    if (request.url.endsWith(`/${name}`)) {
      response.writeHead(200, {'Content-Type': 'application/gzip'});
      response.end(tar.stdout);
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    host: `http://127.0.0.1:${server.address().port}`,
    requests: () => seen,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
