// What the script-tag files cost a reader: gzip sizes of dist/natter.js with
// every chunk it imports statically (those load at once), the lazy chunks it
// may import later, and the classic-script variant.
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

/** Gzip sizes of the script-tag files in `dist`. */
export function measure(dist) {
  const entry = join(dist, 'natter.js');
  if (!existsSync(entry)) {
    throw new Error(`${relative(process.cwd(), entry)} is missing: run "npm run build" first.`);
  }
  const graph = moduleGraph(entry);
  const row = (file) => ({file: relative(dist, file), gzip: gzipSize(file)});
  const eager = graph.eager.map(row);
  const lazy = graph.lazy.map(row);
  const classicPath = join(dist, 'natter.classic.js');
  const classic = existsSync(classicPath) ? row(classicPath) : undefined;
  const classicDir = join(dist, 'chunks', 'classic');
  const classicChunks = existsSync(classicDir)
    ? readdirSync(classicDir).map((name) => row(join(classicDir, name)))
    : [];
  return {
    eager,
    lazy,
    eagerTotal: eager.reduce((sum, r) => sum + r.gzip, 0),
    classic,
    classicChunks,
  };
}

/** Lines for a terminal: every script-tag file and its gzip size. */
export function describe(sizes) {
  const lines = [];
  for (const r of sizes.eager)
    lines.push(`  ${r.file.padEnd(44)} ${kb(r.gzip)} gzip (loads at once)`);
  for (const r of sizes.lazy)
    lines.push(`  ${r.file.padEnd(44)} ${kb(r.gzip)} gzip (loads when used)`);
  if (sizes.classic) {
    lines.push(
      `  ${sizes.classic.file.padEnd(44)} ${kb(sizes.classic.gzip)} gzip (classic script)`,
    );
  }
  for (const r of sizes.classicChunks) {
    lines.push(`  ${r.file.padEnd(44)} ${kb(r.gzip)} gzip (classic, loads when used)`);
  }
  return lines;
}
