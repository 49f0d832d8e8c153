#!/usr/bin/env node
// The `top` sort's pages on SQLite, then on a private PostgreSQL cluster
// (pages.ts prints the figures): the first page should cost what an
// `oldest` first page costs whatever the thread's size.
//
//   npm run bench:top            (NATTER_BENCH_SIZES=250,1000,4000 NATTER_BENCH_ROUNDS=15)
import {spawnSync} from 'node:child_process';
import {fileURLToPath} from 'node:url';
import * as postgres from '../../scripts/services/postgres.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pages = (env = {}) => {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'bench/top/pages.ts'], {
    cwd: root,
    stdio: 'inherit',
    env: {...process.env, ...env},
  });
  if (result.status !== 0) process.exitCode = 1;
};

pages({DATABASE_URL: ''});
const cluster = await postgres.start();
try {
  pages(cluster.env);
} finally {
  await cluster.stop();
}
