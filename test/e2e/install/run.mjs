#!/usr/bin/env node
// The `install` suite: the server as a site owner installs it. Packs both
// packages, installs the two tarballs into an empty folder with plain
// `npm install` (better-sqlite3's install script allowed, as docs/deploy.md
// says), then runs `npx natter-server` there and the package from plain Node.
// better-sqlite3's binary comes from a local mirror (prebuild-mirror.mjs).
// Builds dist/ first when it is missing.
import {spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {pack, root} from '../../../scripts/lib/pack.mjs';
import {report, runTests} from '../drop-in/harness.mjs';
import {cleanEnv, npm, run} from './npm.mjs';
import {startPrebuildMirror} from './prebuild-mirror.mjs';
import './install.e2e.mjs';

const LABEL = 'install';
const scratch = mkdtempSync(join(tmpdir(), 'natter-install-'));
let counts;

try {
  const began = Date.now();
  if (!existsSync(join(root, 'dist', 'natter.js'))) {
    console.log('dist/ is missing: building it first.');
    const built = spawnSync(process.execPath, ['scripts/build.mjs'], {cwd: root, stdio: 'inherit'});
    if (built.status !== 0) throw new Error('npm run build failed');
  }
  const widget = pack(scratch);
  // Its prepack script compiles the server into server/dist first.
  const [server] = JSON.parse(
    npm(['pack', '--json', '--pack-destination', scratch], join(root, 'server')),
  );
  const packed = Date.now();
  console.log(`  packed both packages in ${packed - began} ms`);

  const site = join(scratch, 'site');
  mkdirSync(site);
  // The site owner's own package.json: npm 11 runs a dependency's install
  // script only when allowScripts names it, and better-sqlite3 needs its own.
  const manifest = {name: 'comments-site', private: true, allowScripts: {'better-sqlite3': true}};
  writeFileSync(join(site, 'package.json'), JSON.stringify(manifest, null, 2));
  const mirror = await startPrebuildMirror();
  let install;
  try {
    const args = ['install', '--prefer-offline', '--no-audit', '--no-fund'];
    install = await run('npm', [...args, widget.tarball, join(scratch, server.filename)], {
      cwd: site,
      env: cleanEnv(mirror ? {npm_config_better_sqlite3_binary_host: mirror.host} : {}),
      timeout: 900_000,
    });
  } finally {
    await mirror?.close();
  }
  if (install.code !== 0) {
    throw new Error(`npm install failed (${install.code}):\n${install.stdout}\n${install.stderr}`);
  }
  const installed = Date.now();
  const binary = mirror?.requests().length ? 'prebuilt binary from 127.0.0.1' : 'SQLite compiled';
  console.log(`  npm install of both tarballs took ${installed - packed} ms (${binary})`);

  counts = await runTests(
    {site, serverFiles: server.files.map((f) => f.path), env: cleanEnv()},
    LABEL,
  );
  console.log(`  the install suite took ${Date.now() - began} ms in all`);
} catch (error) {
  console.error('The install suite could not run:', error);
  counts = report({passed: 0, failed: 1, skipped: 0}, LABEL);
} finally {
  rmSync(scratch, {recursive: true, force: true});
}
process.exit(counts.failed > 0 ? 1 : 0);
