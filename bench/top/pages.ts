// One database, threads of several sizes with votes on every comment:
// the time of a thread's first page and of a later page, sorted `top`,
// beside the same thread's first page sorted `oldest` as the baseline.
// Sizes run interleaved, so the ratios compare within one run.
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {createCommentsApp} from '../../server/src/app.js';
import {listThread} from '../../server/src/store/thread-page.js';
import {decodeTopCursor} from '../../server/src/store/top.js';
import {castVote} from '../../server/src/store/votes.js';
import {insertComment} from '../../server/src/store/write.js';

const sizes = (process.env.NATTER_BENCH_SIZES ?? '250,1000,4000').split(',').map(Number);
const rounds = Number(process.env.NATTER_BENCH_ROUNDS ?? 15);
const scratch = mkdtempSync(join(tmpdir(), 'natter-bench-top-'));
const database = process.env.DATABASE_URL || join(scratch, 'bench.db');
const app = await createCommentsApp({database, minFillMs: 0});
const {db} = app.services;
const run = Date.now();

/** A thread of `size` top-level comments, three votes each, and some votes changed since. */
async function seed(size: number): Promise<string> {
  const thread = `/bench/top-${run}-${size}`;
  const ids: string[] = [];
  for (let i = 0; i < size; i++) {
    const {row} = await insertComment(db, {
      thread,
      parent: null,
      body: `Comment ${i}`,
      name: 'Bench',
      email: null,
      url: null,
      authorKey: 'bench',
      tokenHash: 'bench-author',
      status: 'published',
      idempotencyKey: null,
    });
    ids.push(row.id);
  }
  for (const [i, id] of ids.entries()) {
    for (let v = 0; v < 3; v++)
      await castVote(db, {id, voter: `voter-${v}`, value: (i + v) % 4 ? 1 : -1});
  }
  return thread;
}

const threads = new Map<number, string>();
for (const size of sizes) threads.set(size, await seed(size));
const page = (
  thread: string,
  sort: 'oldest' | 'top',
  topCursor?: ReturnType<typeof decodeTopCursor>,
) => listThread(db, {thread, sort, limit: 20, tokenHash: null, topCursor});
const cursors = new Map<number, ReturnType<typeof decodeTopCursor>>();
for (const [size, thread] of threads) {
  const first = await page(thread, 'top');
  cursors.set(size, decodeTopCursor(first.nextCursor));
  // Votes after the first page: the cursor page must rank as the first page did.
  for (const comment of first.comments.slice(0, 10)) {
    await castVote(db, {id: comment.id, voter: 'late-voter', value: -1});
  }
}

const times = new Map<string, number[]>();
const time = async (name: string, work: () => Promise<unknown>) => {
  const started = performance.now();
  await work();
  const list = times.get(name) ?? [];
  list.push(performance.now() - started);
  times.set(name, list);
};
for (let r = 0; r < rounds; r++) {
  for (const [size, thread] of threads) {
    await time(`${size} oldest`, () => page(thread, 'oldest'));
    await time(`${size} top`, () => page(thread, 'top'));
    await time(`${size} top, page 2`, () => page(thread, 'top', cursors.get(size)));
  }
}
const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
console.log(
  `${app.services.databaseKind}: median of ${rounds} interleaved runs, 20 comments a page`,
);
console.log(
  'top-level comments | oldest, first page | top, first page | top, page 2 (after votes)',
);
for (const size of sizes) {
  const base = median(times.get(`${size} oldest`)!);
  const cell = (name: string) => {
    const value = median(times.get(`${size} ${name}`)!);
    return `${value.toFixed(1)} ms (${(value / base).toFixed(1)}×)`;
  };
  console.log(`${size} | ${base.toFixed(1)} ms | ${cell('top')} | ${cell('top, page 2')}`);
}
await app.close();
rmSync(scratch, {recursive: true, force: true});
