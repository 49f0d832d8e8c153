#!/usr/bin/env node
// `npm run build`: everything that goes into the npm package, in dist/.
//   1. ES modules for bundlers (one file per source module) and their types
//   2. dist/natter.js, the self-registering script-tag file, and its chunks
//   3. dist/natter.classic.js, the same as a classic script, and dist/natter-adapter-kit.js
//      for adapters written on a script-tag page
//   4. dist/admin/natter-admin.js and .css, the moderation console natter-server serves
//   5. dist/custom-elements.json from the elements' JSDoc
//   6. dist-wordpress/natter-comments.zip, the WordPress plugin with the widget inside
// Then it prints what each script-tag file costs in gzip.
import {spawnSync} from 'node:child_process';
import {existsSync, rmSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {build, loadConfigFromFile} from 'vite';
import {describe, measure, totals} from './lib/bundle-size.mjs';
import {buildClassic} from './lib/classic-build.mjs';
import {buildWordPressPlugin} from './lib/wordpress-plugin.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');
const configFile = join(root, 'vite.config.ts');

function run(command, args) {
  const result = spawnSync(command, args, {cwd: root, stdio: 'inherit'});
  if (result.status !== 0) {
    throw new Error(
      `${[command, ...args].join(' ')} failed (exit ${result.status ?? result.signal})`,
    );
  }
}

const bin = (name) => join(root, 'node_modules', '.bin', name);

/** Every entry point must exist; say which are missing before Vite does, less kindly. */
async function checkEntries() {
  const {config} = await loadConfigFromFile({command: 'build', mode: 'npm'}, configFile);
  const missing = Object.values(config.build.lib.entry).filter((file) => !existsSync(file));
  if (missing.length) {
    throw new Error(
      `Entry points are missing: ${missing.map((f) => f.slice(root.length)).join(', ')}`,
    );
  }
}

async function main() {
  await checkEntries();
  rmSync(dist, {recursive: true, force: true});

  console.log('building the npm modules…');
  await build({root, configFile, mode: 'npm'});
  run(bin('tsc'), ['-p', 'tsconfig.build.json']);

  console.log('building the script-tag files…');
  const embed = await build({root, configFile, mode: 'embed'});
  await buildClassic({root, dist, embed: Array.isArray(embed) ? embed[0] : embed});
  await build({root, configFile, mode: 'kit'});

  console.log('building the moderation console…');
  await build({root, configFile, mode: 'admin'});

  console.log('analysing the elements…');
  run(bin('cem'), ['analyze', '--quiet', '--config', 'custom-elements-manifest.config.mjs']);
  if (!existsSync(join(dist, 'custom-elements.json'))) {
    throw new Error('The custom elements manifest was not written.');
  }

  const plugin = buildWordPressPlugin(root);
  console.log(`WordPress plugin: ${plugin.zip.slice(root.length)} (${plugin.files.length} files)`);

  const sizes = measure(dist);
  console.log('\nscript-tag files:');
  for (const line of describe(sizes)) console.log(line);
  for (const line of totals(sizes)) console.log(line);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
