import assert from 'node:assert/strict';
import {existsSync} from 'node:fs';
import {after, before, describe, it} from 'node:test';
import {forEachBackend, type TestDatabase} from './support/backends.js';
import {startCli} from './support/cli.js';
import {draft} from './support/server.js';

const THREAD = '/durability';
const WRITERS = 4;
const MAX_POSTS = 400;
const LOAD_DEADLINE_MS = 5000;
/** Kill once this many posts are acknowledged (or at the deadline below), with writers still busy. */
const KILL_AFTER_ACKS = 120;
const KILL_DEADLINE_MS = 2000;
const CLI_ARGS = [
  '--min-fill-ms',
  '0',
  '--rate-reads',
  'off',
  '--rate-posts',
  'off',
  '--rate-email',
  'off',
];
const HEADERS = {'Content-Type': 'application/json', 'X-Natter-Author': 'durability-writer'};

interface Attempt {
  key: string;
  payload: Record<string, unknown>;
}

function post(url: string, attempt: Attempt): Promise<Response> {
  return fetch(`${url}/api/comments`, {
    method: 'POST',
    headers: {...HEADERS, 'Idempotency-Key': attempt.key},
    body: JSON.stringify(attempt.payload),
    signal: AbortSignal.timeout(10_000),
  });
}

/** Every top-level comment id of the thread, following cursors (bounded). */
async function listAll(url: string): Promise<{ids: Set<string>; total: number}> {
  const ids = new Set<string>();
  let cursor = '';
  let total = 0;
  for (let page = 0; page < 20; page++) {
    const response = await fetch(`${url}/api/comments?thread=${THREAD}&limit=100${cursor}`);
    assert.equal(response.status, 200);
    const body = (await response.json()) as {
      comments: {id: string}[];
      total: number;
      nextCursor?: string;
    };
    for (const comment of body.comments) ids.add(comment.id);
    total = body.total;
    if (!body.nextCursor) break;
    cursor = `&cursor=${body.nextCursor}`;
  }
  return {ids, total};
}

forEachBackend((backend) => {
  describe('durability: kill -9 during a write load', () => {
    let database: TestDatabase;
    before(async () => {
      database = await backend.fresh();
    });
    after(async () => {
      await database?.drop();
    });

    it('keeps every acknowledged comment, and a retried draft lands exactly once', async (t) => {
      const first = await startCli(database.location, CLI_ARGS);
      const sent: Attempt[] = [];
      const acked = new Map<string, string>();
      const unexpected: string[] = [];
      let killed = false;
      const started = Date.now();
      const writer = async (w: number) => {
        while (!killed && sent.length < MAX_POSTS && Date.now() - started < LOAD_DEADLINE_MS) {
          const attempt = {key: `w${w}-${sent.length}`, payload: draft(THREAD)};
          sent.push(attempt);
          try {
            const response = await post(first.url, attempt);
            const body = (await response.json()) as {comment: {id: string}};
            if (response.status === 201) acked.set(attempt.key, body.comment.id);
            else unexpected.push(`${response.status} ${JSON.stringify(body)}`);
          } catch {
            // The kill cut this request off: its outcome is unknown until it is retried.
          }
        }
      };
      const writers = Array.from({length: WRITERS}, (_, w) => writer(w));
      while (acked.size < KILL_AFTER_ACKS && Date.now() - started < KILL_DEADLINE_MS) {
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      const signal = await first.stop('SIGKILL');
      killed = true;
      await Promise.all(writers);
      assert.equal(signal, 'SIGKILL');
      assert.deepEqual(unexpected, []);
      assert.ok(acked.size > 0, 'some posts were acknowledged before the kill');
      if (backend.name === 'sqlite') {
        assert.ok(existsSync(`${database.location}-wal`), 'the writes went through the WAL');
      }

      const second = await startCli(database.location, CLI_ARGS);
      try {
        const {ids, total} = await listAll(second.url);
        const lost = [...acked].filter(([, id]) => !ids.has(id));
        assert.deepEqual(lost, [], 'acknowledged comments missing after the restart');
        assert.ok(
          ids.size >= acked.size && total === ids.size,
          `${ids.size} listed, total ${total}`,
        );
        // A draft whose answer the crash swallowed is retried with its key: stored once either way.
        for (const attempt of sent.filter((a) => !acked.has(a.key))) {
          const response = await post(second.url, attempt);
          assert.ok(
            [200, 201].includes(response.status),
            `retry of ${attempt.key}: ${response.status}`,
          );
          await response.body?.cancel();
        }
        const afterRetries = await listAll(second.url);
        assert.equal(afterRetries.ids.size, sent.length);
        assert.equal(afterRetries.total, sent.length);
        t.diagnostic(
          `${sent.length} posts sent in ${Date.now() - started} ms, ${acked.size} acknowledged before kill -9, ${ids.size} found after restart`,
        );
      } finally {
        await second.stop('SIGTERM');
      }
    });
  });
});
