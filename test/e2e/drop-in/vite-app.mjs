// Builds the Vite app fixture (plain, React, Vue and Svelte pages) the way a
// developer would after `npm install natter`: the packed tarball is unpacked into the app's
// node_modules (its dependencies are linked from this repository, so
// nothing is downloaded), then `vite build` bundles the app.
import {cpSync, rmSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {install, runtimeDependencies} from '../../../scripts/lib/pack.mjs';

const fixture = fileURLToPath(new URL('fixtures/vite-app/', import.meta.url));
/** What the app itself depends on besides natter (fixtures/vite-app/package.json). */
const appPackages = [
  'react-dom',
  'vue',
  'svelte',
  'vite',
  '@vitejs/plugin-vue',
  '@sveltejs/vite-plugin-svelte',
];

/** Returns the folder of the built app. */
export async function buildViteApp({scratch, tarball}) {
  const dir = join(scratch, 'vite-app');
  cpSync(fixture, dir, {recursive: true});
  rmSync(join(dir, 'node_modules'), {recursive: true, force: true});
  install(tarball, dir, [...new Set([...runtimeDependencies(), ...appPackages])]);
  const {build} = await import('vite');
  await build({root: dir, configFile: join(dir, 'vite.config.js'), logLevel: 'warn'});
  return join(dir, 'dist');
}
