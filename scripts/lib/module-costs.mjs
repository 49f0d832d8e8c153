// What each source module adds to dist/natter.js: the script-tag build is run
// in memory, and every module of the entry chunk is minified and gzipped on
// its own. Modules compress better together, so the figures add up to more
// than the real file; they rank the costs, they do not sum to the total.
import {join} from 'node:path';
import {gzipSync} from 'node:zlib';
import {build, minifySync} from 'vite';

function gzipOf(code) {
  let minified = code;
  try {
    minified = minifySync('module.js', code, {compress: true, mangle: {toplevel: true}}).code;
  } catch {
    // A fragment the minifier cannot parse on its own is measured as rendered.
  }
  return gzipSync(minified, {level: 9}).length;
}

/** A module's path from the root, and its group: the package or source folder. */
function place(id, root) {
  const base = root.endsWith('/') ? root : `${root}/`;
  const path = (id.startsWith(base) ? id.slice(base.length) : id).replace(/^\0/, '');
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  const group = match ? match[1] : path.split('/').slice(0, 3).join('/');
  return {path, group};
}

/** Per-module gzip costs of one output chunk, largest first. */
function chunkModules(chunk, root) {
  return Object.entries(chunk.modules)
    .map(([id, info]) => ({...place(id, root), gzip: gzipOf(info.code ?? '')}))
    .sort((a, b) => b.gzip - a.gzip);
}

/**
 * Per-module and per-folder gzip costs of the script-tag entry chunk, and
 * per-module costs of the lazy chunks named in `chunkNames` (as Rolldown
 * names them: the module each is made for).
 */
export async function moduleCosts(root, chunkNames = []) {
  let result = await build({
    root,
    configFile: join(root, 'vite.config.ts'),
    mode: 'embed',
    logLevel: 'silent',
    build: {write: false},
  });
  if (Array.isArray(result)) result = result[0];
  const entry = result.output.find((item) => item.type === 'chunk' && item.isEntry);
  const modules = chunkModules(entry, root);
  const chunks = chunkNames.map((name) => {
    const chunk = result.output.find((item) => item.type === 'chunk' && item.name === name);
    return {name, modules: chunk ? chunkModules(chunk, root) : []};
  });
  const groups = new Map();
  for (const {group, gzip} of modules) groups.set(group, (groups.get(group) ?? 0) + gzip);
  return {
    modules,
    groups: [...groups].map(([name, gzip]) => ({name, gzip})).sort((a, b) => b.gzip - a.gzip),
    total: gzipSync(entry.code, {level: 9}).length,
    chunks,
  };
}
