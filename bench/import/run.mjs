#!/usr/bin/env node
// Import benchmark: generates a WordPress export of 100,000 comments
// (generate-wxr.mjs), then times `natter-server import wordpress` into a new
// SQLite file and into a new database on a private PostgreSQL, and prints
// the wall time and the command's peak resident memory. A 100-comment import
// runs first as the baseline memory of the command itself. Runs are
// interleaved (SQLite, PostgreSQL, then again) and the median is printed.
//
//   npm run bench:import [-- --posts 1000 --per-post 100 --rounds 2]
import {execFileSync, spawn} from 'node:child_process';
import {mkdtempSync, rmSync, statSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';
import pg from 'pg';
import * as postgres from '../../scripts/services/postgres.mjs';

const {values} = parseArgs({
  options: {
    posts: {type: 'string', default: '1000'},
    'per-post': {type: 'string', default: '100'},
    rounds: {type: 'string', default: '2'},
  },
});
const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const bin = here('../../server/bin/natter-server.js');
const reportRss = here('./report-rss.mjs');
const scratch = mkdtempSync(join(tmpdir(), 'natter-bench-import-'));

function generate(name, posts, perPost) {
  const file = join(scratch, name);
  const counts = execFileSync(
    process.execPath,
    [here('./generate-wxr.mjs'), file, '--posts', String(posts), '--per-post', String(perPost)],
    {encoding: 'utf8'},
  );
  return {file, counts: JSON.parse(counts)};
}

/** Runs one import in a child process; resolves to seconds and peak RSS in MB. */
function timeImport(file, database) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(
      process.execPath,
      ['--import', reportRss, bin, 'import', 'wordpress', file, '--database', database],
      {stdio: ['ignore', 'pipe', 'pipe'], env: {...process.env, DATABASE_URL: ''}},
    );
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (out += chunk));
    child.on('error', reject);
    child.on('exit', (code) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const rss = /maxRSS (\d+)/.exec(out);
      if (code !== 0 || !rss) reject(new Error(`import failed (${code}): ${out}`));
      else resolve({seconds, rssMb: Number(rss[1]) / 1024, line: out.split('\n')[0]});
    });
  });
}

async function freshPostgres(url, name) {
  const client = new pg.Client({connectionString: url});
  await client.connect();
  await client.query(`drop database if exists ${name}`);
  await client.query(`create database ${name}`);
  await client.end();
  const location = new URL(url);
  location.pathname = `/${name}`;
  return location.href;
}

const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];

let cluster;
try {
  const posts = Number(values.posts);
  const perPost = Number(values['per-post']);
  const small = generate('small.xml', 1, 100);
  const large = generate('large.xml', posts, perPost);
  const mb = (statSync(large.file).size / 1e6).toFixed(0);
  console.log(`${large.counts.comments} comments in ${large.counts.threads} posts, ${mb} MB`);
  cluster = await postgres.start({scratch}).catch((error) => {
    console.log(`PostgreSQL skipped: ${error.message}`);
    return undefined;
  });
  const results = {sqlite: [], postgres: []};
  const baseline = await timeImport(small.file, join(scratch, 'baseline.db'));
  console.log(`baseline (100 comments, SQLite): peak RSS ${baseline.rssMb.toFixed(0)} MB`);
  for (let round = 0; round < Number(values.rounds); round++) {
    const file = join(scratch, `round-${round}.db`);
    results.sqlite.push(await timeImport(large.file, file));
    rmSync(file, {force: true});
    if (cluster) {
      const url = await freshPostgres(cluster.env.DATABASE_URL, `bench_import_${round}`);
      results.postgres.push(await timeImport(large.file, url));
    }
  }
  console.log(results.sqlite[0].line);
  for (const [name, runs] of Object.entries(results)) {
    if (runs.length === 0) continue;
    const seconds = median(runs.map((run) => run.seconds)).toFixed(1);
    const rss = median(runs.map((run) => run.rssMb)).toFixed(0);
    const all = runs.map((run) => `${run.seconds.toFixed(1)} s/${run.rssMb.toFixed(0)} MB`);
    console.log(`${name}: median ${seconds} s, peak RSS ${rss} MB (runs: ${all.join(', ')})`);
  }
} finally {
  await cluster?.stop();
  rmSync(scratch, {recursive: true, force: true});
}
