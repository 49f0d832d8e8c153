import assert from 'node:assert/strict';
import {before, describe, it, type TestContext} from 'node:test';
import fc from 'fast-check';
import {forEachBackend} from './support/backends.js';
import {
  anyText,
  encode,
  headerText,
  mangledJson,
  mutatedDraft,
  pathSegment,
  query,
  validDraft,
} from './support/fuzz.js';
import {ADMIN_TOKEN, useServer, type TestServer} from './support/server.js';

// Random and mutated requests to every endpoint. Each property is bounded in
// cases and in time; NATTER_FUZZ_RUNS raises the count for a longer search.
const RUNS = Number(process.env.NATTER_FUZZ_RUNS ?? 150);
const TIME_LIMIT_MS = 30_000;
const THREAD = '/fuzz';

interface Answer {
  status: number;
  type: string;
  body: unknown;
}

/** Sends one request; an event stream that opens is closed at once. */
async function send(s: TestServer, path: string, init: RequestInit = {}): Promise<Answer> {
  const abort = new AbortController();
  const response = await s.request(path, {...init, signal: abort.signal});
  const type = response.headers.get('content-type') ?? '';
  if (type.startsWith('text/event-stream')) {
    abort.abort();
    return {status: response.status, type, body: undefined};
  }
  const text = await response.text();
  let body: unknown = text;
  if (type.startsWith('application/json')) body = JSON.parse(text);
  return {status: response.status, type, body};
}

/** The protocol's promises for any answer: no 5xx, and errors as `{error: {code, message}}`. */
function checkAnswer(answer: Answer, what: string): void {
  assert.ok(answer.status < 500, `${what} → ${answer.status} ${JSON.stringify(answer.body)}`);
  if (answer.status >= 400) {
    assert.match(answer.type, /^application\/json/, `${what}: ${answer.status} error is JSON`);
    const {error} = answer.body as {error?: {code?: unknown; message?: unknown}};
    assert.equal(typeof error?.code, 'string', `${what}: error.code`);
    assert.equal(typeof error?.message, 'string', `${what}: error.message`);
  }
}

/** Every stored row, in order: compared before and after a refused write. */
async function snapshot(s: TestServer): Promise<string> {
  const {db} = s.running.comments.services;
  const rows = await db.selectFrom('comments').selectAll().orderBy('id').execute();
  return JSON.stringify(rows);
}

async function runProperty(
  t: TestContext,
  ran: Record<string, number>,
  name: string,
  property: fc.IAsyncProperty<[unknown]>,
): Promise<void> {
  const started = performance.now();
  const details = await fc.check(property, {
    numRuns: RUNS,
    interruptAfterTimeLimit: TIME_LIMIT_MS,
    markInterruptAsFailure: false,
  });
  ran[name] = (ran[name] ?? 0) + details.numRuns;
  t.diagnostic(
    `${name}: ${details.numRuns} cases in ${Math.round(performance.now() - started)} ms`,
  );
  if (details.failed) {
    assert.fail(
      `${name} failed after ${details.numRuns} cases, seed ${details.seed}, path ${details.counterexamplePath}: ` +
        `${JSON.stringify(details.counterexample)?.slice(0, 600)}\n${String(details.errorInstance)}`,
    );
  }
}

forEachBackend((backend) => {
  describe(`fuzzing every endpoint (${backend.name})`, () => {
    const server = useServer(backend, {moderation: 'first-time'});
    const ids: string[] = [];
    const ran: Record<string, number> = {};

    before(async () => {
      for (let i = 0; i < 4; i++) {
        const parentId = i > 1 ? ids[0] : null;
        const {body} = await server.current.postJson(
          '/api/comments',
          {...validDraft(THREAD), parentId, body: `Seed ${i}`},
          {'X-Natter-Author': 'fuzz-seed-token'},
        );
        ids.push(body.comment.id);
      }
      await server.current.admin('POST', `/api/admin/comments/${ids[0]}/approve`);
    });

    it('POST /api/comments: no 5xx, JSON errors, nothing stored when refused', async (t) => {
      const s = server.current;
      const body = fc.oneof(
        {weight: 4, arbitrary: mutatedDraft(THREAD, ids)},
        {weight: 2, arbitrary: mangledJson(THREAD)},
        {weight: 1, arbitrary: anyText},
        {weight: 1, arbitrary: fc.json()},
      );
      const headers = fc.record(
        {
          'Content-Type': fc.constantFrom(
            'application/json',
            'application/json; charset=utf-8',
            'text/plain',
            'APPLICATION/JSON',
            'application/x-www-form-urlencoded',
          ),
          'Idempotency-Key': headerText,
          'X-Natter-Author': headerText,
          Origin: fc.constantFrom('https://evil.example', 'null', 'http://127.0.0.1'),
        },
        {requiredKeys: ['Content-Type']},
      );
      await runProperty(
        t,
        ran,
        'POST /api/comments',
        fc.asyncProperty(fc.tuple(body, headers), async ([text, sent]) => {
          const before = await snapshot(s);
          const answer = await send(s, '/api/comments', {
            method: 'POST',
            headers: sent,
            body: text,
          });
          checkAnswer(answer, `POST ${text.slice(0, 200)}`);
          if (answer.status >= 400) assert.equal(await snapshot(s), before, 'refused, yet stored');
        }),
      );
    });

    it('GET endpoints: no 5xx and JSON errors, whatever the query', async (t) => {
      const s = server.current;
      const paths = fc.oneof(
        query(['thread', 'sort', 'limit', 'cursor']).map((q) => `/api/comments?${q}`),
        fc
          .tuple(pathSegment(ids), query(['limit', 'cursor']))
          .map(([id, q]) => `/api/comments/${id}/replies?${q}`),
        query(['thread']).map((q) => `/api/counts?${q}`),
        query(['thread']).map((q) => `/api/events?${q}`),
        pathSegment(['0'.repeat(64), 'f'.repeat(16)]).map((f) => `/api/avatars/${f}.svg`),
        pathSegment(['natter.js', 'health']).map((p) => `/${p}`),
      );
      const author = fc.option(headerText, {nil: undefined});
      await runProperty(
        t,
        ran,
        'GET',
        fc.asyncProperty(fc.tuple(paths, author), async ([path, token]) => {
          const headers: Record<string, string> = token ? {'X-Natter-Author': token} : {};
          checkAnswer(await send(s, path, {headers}), `GET ${path.slice(0, 200)}`);
        }),
      );
    });

    it('admin routes: no 5xx, JSON errors, nothing changed when refused', async (t) => {
      const s = server.current;
      const auth = fc.oneof(
        fc.constant(`Bearer ${ADMIN_TOKEN}`),
        headerText.map((t) => `Bearer ${t}`),
        headerText,
      );
      const request = fc.oneof(
        query(['status', 'limit', 'cursor']).map((q) => ['GET', `/api/admin/comments?${q}`]),
        fc
          .tuple(fc.constantFrom('approve', 'spam', 'frobnicate'), pathSegment(ids))
          .map(([action, id]) => ['POST', `/api/admin/comments/${id}/${action}`]),
        pathSegment(ids).map((id) => ['DELETE', `/api/admin/comments/${id}`]),
        fc
          .tuple(fc.constantFrom('PUT', 'PATCH', 'DELETE', 'POST'), anyText)
          .map(([method, tail]) => [method, `/api/${encode(tail)}`]),
      );
      await runProperty(
        t,
        ran,
        'admin and other methods',
        fc.asyncProperty(fc.tuple(request, auth), async ([[method, path], authorization]) => {
          const before = await snapshot(s);
          const answer = await send(s, path, {method, headers: {Authorization: authorization}});
          checkAnswer(answer, `${method} ${path.slice(0, 200)}`);
          if (answer.status >= 400) assert.equal(await snapshot(s), before, 'refused, yet changed');
        }),
      );
    });

    it('still answers, with the seeded thread intact', async (t) => {
      const total = Object.values(ran).reduce((sum, n) => sum + n, 0);
      t.diagnostic(`fuzz (${backend.name}): ${total} cases in all`);
      const health = await server.current.getJson('/health');
      assert.equal(health.status, 200);
      const list = await server.current.getJson(`/api/comments?thread=${THREAD}`);
      assert.equal(list.status, 200);
    });
  });
});
