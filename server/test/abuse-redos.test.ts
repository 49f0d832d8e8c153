import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {ADMIN_TOKEN, draft, startTestServer, type TestServer} from './support/server.js';

// Every input path gets strings shaped to make a backtracking regular
// expression quadratic. Linear code answers each in milliseconds; before the
// thread-key fix one POST held the whole server for seconds. The database
// plays no part in this, so SQLite alone is used.
const POST_CHARS = 64_000; // a request body stays under the 64 KiB cap
const URL_CHARS = 15_000; // a URL or header stays under Node's 16 KiB header cap
const ANSWER_MAX_MS = 3000;
const HEALTH_MAX_MS = 1000;

const shapes = (n: number): string[] => [
  `/${'/'.repeat(n)}a`,
  `a${' \t'.repeat(n / 2)}a`,
  `${'\n '.repeat(n / 2)}x`,
  `${'a@'.repeat(n / 2)}!`,
  `http://a${')'.repeat(n)}`,
  `&${'#x1'.repeat(n / 3)}`,
];

interface Probe {
  name: string;
  send(s: TestServer): Promise<Response>;
}

const postProbes: Probe[] = [];
for (const [i, bad] of shapes(POST_CHARS).entries()) {
  const fields: Record<string, (value: string) => Record<string, unknown>> = {
    thread: (v) => draft(v),
    body: (v) => draft('/redos', {body: v}),
    name: (v) => draft('/redos', {author: {name: v}}),
    email: (v) => draft('/redos', {author: {name: 'Ada', email: v}}),
    url: (v) => draft('/redos', {author: {name: 'Ada', url: v}}),
  };
  for (const [field, make] of Object.entries(fields)) {
    postProbes.push({
      name: `POST /api/comments ${field} (shape ${i})`,
      send: (s) =>
        s.request('/api/comments', {
          method: 'POST',
          headers: {'Content-Type': 'application/json'},
          body: JSON.stringify(make(bad)),
        }),
    });
  }
}

const getProbes: Probe[] = [];
for (const [i, bad] of [...shapes(URL_CHARS), `/${'/'.repeat(POST_CHARS)}a`].entries()) {
  const q = bad.replace(/[^/a-z]/g, (c) => encodeURIComponent(c));
  const paths = [
    `/api/comments?thread=${q}`,
    `/api/comments?thread=/redos&cursor=${q}&sort=${q}&limit=${q}`,
    `/api/comments/${q}/replies?cursor=${q}`,
    `/api/comments/${q}/context?thread=${q}`,
    `/api/counts?thread=${q}&thread=${q}`,
    `/api/events?thread=${q}`,
    `/api/admin/comments?status=${q}`,
    `/api/admin/comments?cursor=${q}&limit=${q}`,
    `/api/avatars/${q}.svg`,
  ];
  for (const path of paths) {
    const admin: Record<string, string> = path.startsWith('/api/admin')
      ? {Authorization: `Bearer ${ADMIN_TOKEN}`}
      : {};
    getProbes.push({
      name: `GET ${path.slice(0, 30)}… (shape ${i})`,
      send: (s) => s.request(path, {headers: admin}),
    });
  }
}

const headerProbes: Probe[] = shapes(URL_CHARS).flatMap((bad, i) => {
  const value = bad.replace(/[\n\t]/g, ' ');
  return [
    {
      name: `Authorization (shape ${i})`,
      send: (s: TestServer) =>
        s.request('/api/admin/comments', {headers: {Authorization: `Bearer ${value}`}}),
    },
    {
      name: `X-Natter-Author and Idempotency-Key (shape ${i})`,
      send: (s: TestServer) =>
        s.request('/api/comments', {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            'X-Natter-Author': value,
            'Idempotency-Key': value,
          },
          body: JSON.stringify(draft('/redos')),
        }),
    },
  ];
});

describe('abuse: no input makes a regular expression take the server', () => {
  let dir: string;
  let server: TestServer;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'natter-redos-'));
    server = await startTestServer(join(dir, 'natter.db'));
    // The first requests pay for compiling the routes; warm them up.
    for (let i = 0; i < 3; i++) {
      await server.postJson('/api/comments', draft('/redos'));
      await server.getJson('/api/comments?thread=/redos');
    }
  });
  after(async () => {
    await server?.running.close();
    rmSync(dir, {recursive: true, force: true});
  });

  for (const probe of [...postProbes, ...getProbes, ...headerProbes]) {
    it(`answers ${probe.name} while /health is served`, async () => {
      const started = performance.now();
      const answer = probe.send(server).then(async (response) => {
        const text = await response.text();
        return {status: response.status, text, ms: performance.now() - started};
      });
      await new Promise((resolve) => setTimeout(resolve, 5));
      const healthStarted = performance.now();
      const health = await server.request('/health');
      const healthMs = performance.now() - healthStarted;
      const {status, text, ms} = await answer;
      assert.equal(health.status, 200);
      assert.ok(status < 500, `${status}: ${text.slice(0, 200)}`);
      assert.ok(ms < ANSWER_MAX_MS, `answered in ${Math.round(ms)} ms`);
      assert.ok(healthMs < HEALTH_MAX_MS, `/health waited ${Math.round(healthMs)} ms`);
    });
  }
});
