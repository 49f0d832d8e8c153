// The WordPress plugin as an installable archive: wordpress/natter-comments/
// plus the script-tag widget as built (dist/natter.js and its module chunks)
// under natter-comments/widget/. Written to dist-wordpress/, outside the npm
// package.
import {mkdirSync, readdirSync, readFileSync, statSync, writeFileSync} from 'node:fs';
import {join, relative, sep} from 'node:path';
import {createZip} from './zip.mjs';

export const pluginSlug = 'natter-comments';

function filesUnder(folder, skip = () => false) {
  const found = [];
  for (const entry of readdirSync(folder).sort()) {
    const path = join(folder, entry);
    if (skip(path)) continue;
    if (statSync(path).isDirectory()) found.push(...filesUnder(path, skip));
    else found.push(path);
  }
  return found;
}

/** Builds the archive; returns its path and what it holds. */
export function buildWordPressPlugin(root) {
  const source = join(root, 'wordpress', pluginSlug);
  const dist = join(root, 'dist');
  const entries = [];
  const add = (base, file, prefix) =>
    entries.push({
      name: `${prefix}${relative(base, file).split(sep).join('/')}`,
      data: readFileSync(file),
    });
  for (const file of filesUnder(source)) add(source, file, `${pluginSlug}/`);
  add(dist, join(dist, 'natter.js'), `${pluginSlug}/widget/`);
  // The module chunks only: the classic script's copies are not used here.
  const chunks = join(dist, 'chunks');
  for (const file of filesUnder(chunks, (path) => path === join(chunks, 'classic'))) {
    add(dist, file, `${pluginSlug}/widget/`);
  }
  const out = join(root, 'dist-wordpress');
  mkdirSync(out, {recursive: true});
  const zip = join(out, `${pluginSlug}.zip`);
  writeFileSync(zip, createZip(entries));
  return {zip, files: entries.map((entry) => entry.name)};
}
