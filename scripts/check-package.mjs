#!/usr/bin/env node
// Checks the npm package as it would be published (run `npm run build` first):
//   1. the tarball holds dist/, README.md, LICENSE and package.json, nothing else,
//      and every file package.json points at;
//   2. publint finds no errors;
//   3. in plain Node (no DOM), the package's side-effect-free entry points
//      import without throwing, through its `exports` map.
import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {publint} from 'publint';
import {formatMessage} from 'publint/utils';
import {install, pack, root, runtimeDependencies} from './lib/pack.mjs';

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const problems = [];
const ok = (line) => console.log(`  ok  ${line}`);
const fail = (line) => {
  problems.push(line);
  console.log(`  FAIL ${line}`);
};

/** Every file path package.json names, from `exports` and the top-level fields. */
function declaredFiles() {
  const paths = new Set();
  const walk = (value) => {
    if (typeof value === 'string') paths.add(value.replace(/^\.\//, ''));
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(pkg.exports);
  for (const field of ['main', 'module', 'types', 'customElements']) walk(pkg[field]);
  return [...paths];
}

function checkContents(files) {
  const allowed = (file) =>
    file.startsWith('dist/') || ['README.md', 'LICENSE', 'package.json'].includes(file);
  const extra = files.filter((file) => !allowed(file));
  if (extra.length) fail(`the package would also publish: ${extra.join(', ')}`);
  else ok(`the package holds dist/, README.md, LICENSE and package.json only`);
  const required = ['README.md', 'LICENSE', 'package.json', 'dist/types/index.d.ts'];
  const missing = [...required, ...declaredFiles()].filter((file) => !files.includes(file));
  if (missing.length) fail(`the package would lack: ${[...new Set(missing)].join(', ')}`);
  else ok(`every file package.json points at is in the package (${files.length} files)`);
}

async function checkPublint() {
  const {messages} = await publint({pkgDir: root, pack: 'npm', level: 'suggestion'});
  for (const message of messages) {
    const text = formatMessage(message, pkg, {color: false});
    if (message.type === 'error') fail(`publint: ${text}`);
    else console.log(`  note publint ${message.type}: ${text}`);
  }
  if (!messages.some((m) => m.type === 'error')) ok('publint reports no errors');
}

// Entry points that must import in Node: everything but the ones that exist
// to register elements in a browser (define, embed, the script-tag files).
const nodeSafe = [
  'natter',
  'natter/adapters/memory',
  'natter/adapters/local',
  'natter/adapters/rest',
  'natter/adapters/wordpress',
  'natter/testing',
  'natter/testing/node',
  'natter/adapter-kit',
  'natter/react',
];

function checkNodeImports(tarball, scratch) {
  install(tarball, scratch, runtimeDependencies());
  const probe = join(scratch, 'probe.mjs');
  writeFileSync(
    probe,
    `const results = [];
for (const specifier of ${JSON.stringify(nodeSafe)}) {
  try {
    const module = await import(specifier);
    const names = Object.keys(module);
    if (!names.length) throw new Error('it exports nothing');
    if (typeof document !== 'undefined' || typeof window !== 'undefined') {
      throw new Error('it created a DOM global');
    }
    results.push({specifier, ok: true, names: names.length});
  } catch (error) {
    results.push({specifier, ok: false, error: String((error && error.message) || error)});
  }
}
console.log(JSON.stringify(results));
`,
  );
  const run = spawnSync(process.execPath, [probe], {cwd: scratch, encoding: 'utf8'});
  if (run.status !== 0) {
    fail(`the Node import probe crashed:\n${run.stderr}`);
    return;
  }
  const results = JSON.parse(run.stdout.trim().split('\n').pop());
  for (const result of results) {
    if (result.ok) ok(`import '${result.specifier}' in Node (${result.names} exports)`);
    else fail(`import '${result.specifier}' in Node threw: ${result.error}`);
  }
}

async function main() {
  if (!existsSync(join(root, 'dist', 'natter.js'))) {
    console.error('check-package: dist/ is missing or incomplete; run "npm run build" first.');
    process.exit(1);
  }
  const scratch = mkdtempSync(join(tmpdir(), 'natter-package-'));
  try {
    console.log('package contents:');
    const {tarball, files} = pack(scratch);
    checkContents(files);
    console.log('publint:');
    await checkPublint();
    console.log('plain Node:');
    checkNodeImports(tarball, scratch);
  } finally {
    rmSync(scratch, {recursive: true, force: true});
  }
  console.log(
    problems.length ? `\ncheck-package: ${problems.length} problem(s)` : '\ncheck-package: ok',
  );
  process.exit(problems.length ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
