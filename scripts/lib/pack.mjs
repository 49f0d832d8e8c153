// Packs the package as npm would publish it and installs the tarball into a
// scratch folder, so checks and end-to-end fixtures use exactly what a
// developer would get from the registry. Nothing is downloaded: the
// package's dependencies are linked from this repository's node_modules.
import {spawnSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {fileURLToPath} from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));

/** Runs `npm pack` into `destination`; returns the tarball path and its file list. */
export function pack(destination) {
  const result = spawnSync(
    'npm',
    ['pack', '--json', '--ignore-scripts', '--pack-destination', destination],
    {cwd: root, encoding: 'utf8'},
  );
  if (result.status !== 0) throw new Error(`npm pack failed:\n${result.stderr}`);
  const [info] = JSON.parse(result.stdout);
  return {tarball: join(destination, info.filename), files: info.files.map((f) => f.path)};
}

/**
 * Unpacks `tarball` as `<dir>/node_modules/natter` and links `links` (package
 * names, e.g. `lit`, `@lit/react`) from this repository's node_modules next to it.
 */
export function install(tarball, dir, links) {
  const modules = join(dir, 'node_modules');
  mkdirSync(modules, {recursive: true});
  const unpacked = mkdtempSync(join(dir, '.unpack-'));
  const tar = spawnSync('tar', ['-xzf', tarball, '-C', unpacked], {encoding: 'utf8'});
  if (tar.status !== 0) throw new Error(`could not unpack ${tarball}: ${tar.stderr}`);
  renameSync(join(unpacked, 'package'), join(modules, 'natter'));
  rmSync(unpacked, {recursive: true, force: true});
  for (const name of links) {
    const target = join(modules, name);
    mkdirSync(dirname(target), {recursive: true});
    symlinkSync(join(root, 'node_modules', name), target, 'dir');
  }
  return join(modules, 'natter');
}

/** The package's runtime dependencies, peers included. */
export function runtimeDependencies() {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  return [...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})];
}
