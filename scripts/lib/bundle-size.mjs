// What the script-tag files cost a reader: gzip sizes of dist/natter.js with
// every chunk it imports statically (those load at once), the lazy chunks it
// may import later, what a reader downloads to read the comments and reply,
// and the classic-script variant.
import {existsSync, readFileSync, readdirSync} from 'node:fs';
import {dirname, join, relative, resolve} from 'node:path';
import {gzipSync} from 'node:zlib';
import {parseAst} from 'vite';

/** Sizes are in kilobytes of 1,000 bytes, the stricter reading of "KB". */
export const KB = 1000;

export function gzipSize(path) {
  return gzipSync(readFileSync(path), {level: 9}).length;
}

export const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;

/** Relative specifiers of a module's static and dynamic imports. */
export function importsOf(path) {
  const ast = parseAst(readFileSync(path, 'utf8'));
  const found = {static: [], dynamic: []};
  const visit = (node) => {
    if (!node || typeof node.type !== 'string') return;
    if (
      (node.type === 'ImportDeclaration' ||
        node.type === 'ExportNamedDeclaration' ||
        node.type === 'ExportAllDeclaration') &&
      node.source
    ) {
      found.static.push(node.source.value);
    }
    if (node.type === 'ImportExpression') {
      const source = node.source;
      if (source.type === 'Literal') found.dynamic.push(source.value);
      // Minifiers write `import(\`./chunks/x.js\`)`.
      if (source.type === 'TemplateLiteral' && !source.expressions.length) {
        found.dynamic.push(source.quasis[0].value.cooked);
      }
    }
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object') visit(value);
    }
  };
  visit(ast);
  return found;
}

/** The files a page downloads at once for `entry`, and those it may load later. */
export function moduleGraph(entry) {
  const eager = new Set();
  const lazy = new Set();
  const walk = (file, isEager) => {
    if (eager.has(file) || (!isEager && lazy.has(file))) return;
    (isEager ? eager : lazy).add(file);
    if (isEager) lazy.delete(file);
    const {static: direct, dynamic} = importsOf(file);
    const here = dirname(file);
    for (const spec of direct) if (spec.startsWith('.')) walk(resolve(here, spec), isEager);
    for (const spec of dynamic) if (spec.startsWith('.')) walk(resolve(here, spec), false);
  };
  walk(resolve(entry), true);
  return {eager: [...eager], lazy: [...lazy].filter((file) => !eager.has(file))};
}

/**
 * When each lazy chunk loads, by the name Rolldown gives it (the module it
 * is made for): `chunks/<name>-<hash>.js`. Shared pieces those chunks import
 * have other names and load with them.
 */
const WHEN = {
  rest: 'a section starts loading (REST backend)',
  'thread-view': 'a section starts loading (its comment templates)',
  'natter-reply-form': 'a section starts loading, or the page has a <natter-reply-form>',
  'natter-count': 'the page has a <natter-count>',
  wordpress: 'a page uses the WordPress backend',
  local: 'a page uses the local backend',
  memory: 'a page uses the memory backend',
  sanitize: 'a comment carries HTML (WordPress)',
  'markdown-body': "a comment has Markdown formatting, or the form's preview opens",
  'solve-challenge': 'a server asks for a proof of work (REST backend)',
};

/**
 * The lazy chunks a reader of a Natter server's comments downloads on top of
 * natter.js: a section loads its comment templates, its backend and the
 * reply form (always shown under the thread) together. Each must exist: a
 * renamed chunk fails the measurement rather than leaving its cost out.
 */
export const READ_AND_REPLY = ['thread-view', 'rest', 'natter-reply-form'];

/** The known name of a chunk file (`chunks/<name>-<8-character hash>.js`), if it has one. */
const chunkName = (file) =>
  Object.keys(WHEN).find(
    (name) =>
      file.startsWith(`chunks/${name}-`) && file.length === `chunks/${name}-12345678.js`.length,
  );

/** The module through which the classic copies of the chunks reach natter.classic.js. */
export const CLASSIC_BRIDGE = 'natter-bridge.js';

/** Gzip sizes of the script-tag files in `dist`. */
export function measure(dist) {
  const entry = join(dist, 'natter.js');
  if (!existsSync(entry)) {
    throw new Error(`${relative(process.cwd(), entry)} is missing: run "npm run build" first.`);
  }
  const graph = moduleGraph(entry);
  const row = (file) => ({file: relative(dist, file), gzip: gzipSize(file)});
  const eager = graph.eager.map(row);
  const eagerFiles = new Set(graph.eager);
  const lazy = graph.lazy.map((path) => {
    // What loading this chunk downloads: itself and the lazy chunks it imports statically.
    const needs = moduleGraph(path).eager.filter((file) => !eagerFiles.has(file));
    return {...row(path), path, needs, name: chunkName(relative(dist, path))};
  });
  const download = (names) => {
    const files = new Set(graph.eager);
    for (const name of names) {
      const chunk = lazy.find((c) => c.name === name);
      if (!chunk) throw new Error(`No chunks/${name}-*.js: the reader's total cannot be measured.`);
      for (const file of chunk.needs) files.add(file);
    }
    return files;
  };
  const sum = (files) => [...files].reduce((total, file) => total + gzipSize(file), 0);
  const readAndReply = download(READ_AND_REPLY);
  const classicPath = join(dist, 'natter.classic.js');
  const classic = existsSync(classicPath) ? row(classicPath) : undefined;
  const classicDir = join(dist, 'chunks', 'classic');
  const classicChunks = existsSync(classicDir)
    ? readdirSync(classicDir).map((name) => row(join(classicDir, name)))
    : [];
  return {
    eager,
    lazy: lazy.map((c) => ({...c, withImports: sum(c.needs)})),
    eagerTotal: eager.reduce((total, r) => total + r.gzip, 0),
    readAndReplyTotal: sum(readAndReply),
    readAndReplyFiles: [...readAndReply].map(row),
    classic,
    classicChunks,
  };
}

/** Lines for a terminal: every script-tag file, its gzip size and when it loads. */
export function describe(sizes) {
  const lines = [];
  const line = (file, gzip, note) =>
    lines.push(`  ${file.padEnd(40)} ${kb(gzip).padStart(8)}  ${note}`);
  for (const r of sizes.eager) line(r.file, r.gzip, 'with the page');
  for (const r of sizes.lazy) {
    const when = WHEN[r.name] ? `when ${WHEN[r.name]}` : 'with a chunk that imports it';
    const extra = r.withImports > r.gzip ? `; ${kb(r.withImports)} with its imports` : '';
    line(r.file, r.gzip, when + extra);
  }
  if (sizes.classic) {
    line(sizes.classic.file, sizes.classic.gzip, 'the classic script, instead of natter.js');
    const bridge = sizes.classicChunks.find((r) => r.file.endsWith(`/${CLASSIC_BRIDGE}`));
    const copies = sizes.classicChunks.length - (bridge ? 1 : 0);
    lines.push(
      `  chunks/classic/: its copies of the ${copies} chunks above` +
        (bridge
          ? `, each importing ${bridge.file.slice('chunks/classic/'.length)} (${kb(bridge.gzip)})`
          : ''),
    );
  }
  return lines;
}

/**
 * The figures that matter: what every page pays, and what reading and
 * replying cost, file by file.
 */
export function totals(sizes) {
  const parts = (names) => `natter.js, ${names.join(', ')} and what they import`;
  const files = [...sizes.readAndReplyFiles].sort((a, b) => b.gzip - a.gzip);
  return [
    `natter.js (+ eager chunks): ${kb(sizes.eagerTotal)} gzip (budget 15 KB)`,
    `a reader who opens the form downloads: ${kb(sizes.readAndReplyTotal)} gzip in all ` +
      `(${parts(READ_AND_REPLY)}):`,
    ...files.map((r) => `  ${r.file.padEnd(40)} ${kb(r.gzip).padStart(8)}`),
  ];
}
