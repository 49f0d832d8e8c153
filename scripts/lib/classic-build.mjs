// dist/natter.classic.js: the script-tag file for templates that cannot use
// `<script type="module">`. It is made from the module build (dist/natter.js)
// rewrapped as one classic script, so both behave the same.
//
// The lazy parts (WordPress adapter, DOMPurify) stay lazy: `import()` works in
// classic scripts too and resolves against the script's own URL. Their chunks
// import shared code from natter.js, which a classic page never loads as a
// module, so the classic script hands its modules over on a global symbol and
// copies of the chunks in dist/chunks/classic/ take them from there through a
// small bridge module. One copy of Lit and of every class is on the page.
import {mkdirSync, writeFileSync} from 'node:fs';
import {basename, join} from 'node:path';
import {build, parseAst} from 'vite';
import {CLASSIC_BRIDGE as BRIDGE} from './bundle-size.mjs';

// The same licence line as the module build's (vite.config.ts).
const LICENSE_BANNER = '/*! Natter | MIT License */';

const GLOBAL_KEY = 'natter.classic';
const ENTRY = 'natter-classic-entry';

/**
 * `embed` is the output of the module build (Vite's RolldownOutput).
 * Writes natter.classic.js and dist/chunks/classic/.
 */
export async function buildClassic({root, dist, embed}) {
  const chunks = embed.output.filter((item) => item.type === 'chunk');
  const entry = chunks.find((chunk) => chunk.isEntry);
  if (entry.imports.length) {
    // A chunk natter.js imports statically would have to be inlined too.
    throw new Error(
      `natter.js imports ${entry.imports.join(', ')} eagerly; the classic build cannot.`,
    );
  }
  const entryPath = join(dist, entry.fileName);

  await build({
    configFile: false,
    root,
    publicDir: false,
    logLevel: 'warn',
    plugins: [classicEntry(entryPath)],
    build: {
      outDir: dist,
      emptyOutDir: false,
      copyPublicDir: false,
      reportCompressedSize: false,
      target: 'es2022',
      minify: true,
      lib: {entry: ENTRY, formats: ['iife'], name: 'natterClassic'},
      rolldownOptions: {
        output: {
          minify: true,
          comments: {legal: true, annotation: false, jsdoc: false},
          banner: LICENSE_BANNER,
          entryFileNames: 'natter.classic.js',
        },
      },
    },
  });

  const classicDir = join(dist, 'chunks', 'classic');
  mkdirSync(classicDir, {recursive: true});
  for (const chunk of chunks.filter((c) => !c.isEntry)) {
    const code = rewriteSpecifier(chunk.code, `../${entry.fileName}`, `./${BRIDGE}`);
    writeFileSync(join(classicDir, basename(chunk.fileName)), code);
  }
  writeFileSync(join(classicDir, BRIDGE), bridgeModule(entry.exports));
}

function classicEntry(entryPath) {
  return {
    name: 'natter-classic-entry',
    enforce: 'pre',
    resolveId(source) {
      // Vite hands the library entry over as a path under the root.
      if (source === ENTRY || source.endsWith(`/${ENTRY}`)) return `\0${ENTRY}`;
      // Lazy chunks stay separate files, taken from the classic copies.
      if (source.startsWith('./chunks/')) {
        return {id: `./chunks/classic/${source.slice('./chunks/'.length)}`, external: true};
      }
      return undefined;
    },
    load(id) {
      if (id !== `\0${ENTRY}`) return undefined;
      return [
        `import * as natter from ${JSON.stringify(entryPath)};`,
        `globalThis[Symbol.for(${JSON.stringify(GLOBAL_KEY)})] = natter;`,
      ].join('\n');
    },
  };
}

/** Re-exports, under the names the chunks import, what the classic script handed over. */
function bridgeModule(names) {
  const key = JSON.stringify(GLOBAL_KEY);
  const locals = names.map((name, i) => `${JSON.stringify(name)}: x${i}`).join(', ');
  const exported = names.map((name, i) => `x${i} as ${JSON.stringify(name)}`).join(', ');
  return [
    `const natter = globalThis[Symbol.for(${key})];`,
    `if (!natter) throw new Error('natter.classic.js must be loaded before its chunks.');`,
    `const {${locals}} = natter;`,
    `export {${exported}};`,
    '',
  ].join('\n');
}

/** Replaces one module specifier in the import/export statements of `code`. */
function rewriteSpecifier(code, from, to) {
  const ast = parseAst(code);
  const edits = [];
  for (const node of ast.body) {
    const source = node.source;
    if (source && source.value === from) edits.push(source);
  }
  let out = code;
  for (const source of edits.sort((a, b) => b.start - a.start)) {
    out = out.slice(0, source.start) + JSON.stringify(to) + out.slice(source.end);
  }
  return out;
}
