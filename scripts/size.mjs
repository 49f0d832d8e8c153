#!/usr/bin/env node
// The size budget of the script-tag file: dist/natter.js, Lit included, with
// every chunk it loads at once, must stay within 15 KB gzip (the aim is 12).
// `--build` runs `npm run build` first. Printed for information: each lazy
// chunk and when it loads, what a reader downloads in all to read the
// comments and reply (file by file), and the classic variant. `--modules`
// also prints what each source module and package costs inside natter.js,
// and the largest modules of each chunk a reader who replies loads.
import {spawnSync} from 'node:child_process';
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {KB, READ_AND_REPLY, describe, gzipSize, kb, measure, totals} from './lib/bundle-size.mjs';
import {moduleCosts} from './lib/module-costs.mjs';

const BUDGET = 15 * KB;
const AIM = 12 * KB;

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = join(root, 'dist');

if (process.argv.includes('--build')) {
  const built = spawnSync('npm', ['run', 'build'], {cwd: root, stdio: 'inherit'});
  if (built.status !== 0) {
    console.error('size: the build failed, so there is nothing to measure.');
    process.exit(1);
  }
}

let sizes;
try {
  sizes = measure(dist);
} catch (error) {
  console.error(`size: ${error.message}`);
  process.exit(1);
}

console.log('script-tag files, gzip (1 KB = 1,000 bytes), and when each loads:');
for (const line of describe(sizes)) console.log(line);
for (const line of totals(sizes)) console.log(line);
const total = sizes.eagerTotal;

let failed = false;
if (total > BUDGET) {
  console.error(`size: natter.js is ${kb(total - BUDGET)} over its budget.`);
  failed = true;
} else if (total > AIM) {
  console.log(`size: within budget, ${kb(total - AIM)} above the 12 KB aim.`);
}

// Lit's development build warns in the console and is larger; the script-tag
// files must carry the production build.
for (const file of [...sizes.eager, ...sizes.lazy, sizes.classic].filter(Boolean)) {
  if (readFileSync(join(dist, file.file), 'utf8').includes('Lit is in dev mode')) {
    console.error(`size: ${file.file} contains Lit's development build.`);
    failed = true;
  }
}
// The moderation console is its own file, loaded only on /admin: no budget,
// but the same production build of Lit.
const admin = join(dist, 'admin', 'natter-admin.js');
if (existsSync(admin)) {
  console.log(
    `\nadmin/natter-admin.js (the moderation console, /admin only): ${kb(gzipSize(admin))}`,
  );
  if (readFileSync(admin, 'utf8').includes('Lit is in dev mode')) {
    console.error(`size: admin/natter-admin.js contains Lit's development build.`);
    failed = true;
  }
}
if (process.argv.includes('--modules')) {
  const costs = await moduleCosts(root, READ_AND_REPLY);
  console.log('\nnatter.js by folder and package (each gzipped alone, so they add up to more):');
  for (const {name, gzip} of costs.groups) console.log(`  ${name.padEnd(44)} ${kb(gzip)}`);
  console.log('\nlargest modules:');
  for (const {path, gzip} of costs.modules.slice(0, 25)) {
    console.log(`  ${path.padEnd(64)} ${kb(gzip)}`);
  }
  for (const chunk of costs.chunks) {
    console.log(`\nlargest modules of the ${chunk.name} chunk (a reader who replies loads it):`);
    for (const {path, gzip} of chunk.modules.slice(0, 12)) {
      console.log(`  ${path.padEnd(64)} ${kb(gzip)}`);
    }
  }
}
process.exitCode = failed ? 1 : 0;
