import {existsSync} from 'node:fs';
import {createRequire} from 'node:module';
import {dirname, join} from 'node:path';

/** Where the widget's script-tag files are, or why they cannot be served. */
export type BundleLocation =
  {dir: string; problem?: undefined} | {dir?: undefined; problem: string};

const HOW_TO_FIX =
  'Install the widget next to the server ("npm install natter natter-server"), ' +
  'or start it with --bundle-dir (NATTER_BUNDLE_DIR) naming a folder that holds natter.js.';

/**
 * The folder that holds `natter.js`, `natter.classic.js` and `chunks/`: the
 * one given, else the `natter` package's as Node resolves it from this
 * server's own location (a dependency installed next to it).
 */
export function locateBundle(given?: string): BundleLocation {
  if (given) {
    return existsSync(join(given, 'natter.js'))
      ? {dir: given}
      : {problem: `the bundle folder ${given} holds no natter.js. ${HOW_TO_FIX}`};
  }
  const require = createRequire(import.meta.url);
  let manifest: string;
  try {
    manifest = require.resolve('natter/package.json');
  } catch {
    return {problem: `the natter package is not installed. ${HOW_TO_FIX}`};
  }
  let script: string;
  try {
    script = require.resolve('natter/natter.js');
  } catch {
    script = '';
  }
  if (!script || !existsSync(script)) {
    const at = dirname(manifest);
    return {problem: `the natter package at ${at} has no natter.js (not built?). ${HOW_TO_FIX}`};
  }
  return {dir: dirname(script)};
}
