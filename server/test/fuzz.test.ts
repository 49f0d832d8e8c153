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
const RUNS = Number(process.env.NATTER_FUZZ_RUNS ?? 200);
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
  if (type.startsWith('text/event-stream') || init.method === 'HEAD') {
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
  if (answer.status >= 400 && answer.body !== undefined) {
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

    it('PATCH, DELETE /api/comments/:id and POST /:id/vote: no 5xx, JSON errors, nothing changed when refused', async (t) => {
      const s = server.current;
      const target = fc.tuple(
        fc.constantFrom('PATCH', 'DELETE', 'POST'),
        pathSegment(ids),
        fc.oneof(
          fc.record({
            body: fc.oneof(anyText, fc.json(), fc.constant('**x** `y` [z](https://e.example)')),
          }),
          fc.record({value: fc.oneof(fc.constantFrom(1, -1, 0, 2), fc.jsonValue())}),
          fc.json(),
          anyText,
        ),
      );
      const headers = fc.record(
        {
          'Content-Type': fc.constantFrom('application/json', 'text/plain'),
          // The seeds' author may edit, delete and not vote; anyone else may vote only.
          'X-Natter-Author': fc.oneof(fc.constant('fuzz-seed-token'), headerText),
          Origin: fc.constantFrom('https://evil.example', 'http://127.0.0.1'),
        },
        {requiredKeys: ['Content-Type']},
      );
      await runProperty(
        t,
        ran,
        'own comments and votes',
        fc.asyncProperty(fc.tuple(target, headers), async ([[method, id, payload], sent]) => {
          const path = method === 'POST' ? `/api/comments/${id}/vote` : `/api/comments/${id}`;
          const text = typeof payload === 'string' ? payload : JSON.stringify(payload);
          const before = await snapshot(s);
          const answer = await send(s, path, {method, headers: sent, body: text});
          checkAnswer(answer, `${method} ${path.slice(0, 200)} ${text.slice(0, 200)}`);
          if (answer.status >= 400) assert.equal(await snapshot(s), before, 'refused, yet changed');
        }),
      );
    });

    const req = (method: string, path: string): [string, string] => [method, path];
    // Built lazily: the ids exist once `before` has run.
    const endpoints: [string, () => fc.Arbitrary<[string, string]>][] = [
      [
        'GET /api/comments',
        () =>
          query(['thread', 'sort', 'limit', 'cursor']).map((q) => req('GET', `/api/comments?${q}`)),
      ],
      [
        'GET /api/comments/:id/replies',
        () =>
          fc
            .tuple(pathSegment(ids), query(['limit', 'cursor']))
            .map(([id, q]) => req('GET', `/api/comments/${id}/replies?${q}`)),
      ],
      [
        'GET /api/comments/:id/context',
        () =>
          fc
            .tuple(pathSegment(ids), query(['thread']))
            .map(([id, q]) => req('GET', `/api/comments/${id}/context?${q}`)),
      ],
      ['GET /api/counts', () => query(['thread']).map((q) => req('GET', `/api/counts?${q}`))],
      ['GET /api/events', () => query(['thread']).map((q) => req('GET', `/api/events?${q}`))],
      [
        'GET /api/avatars, /health, bundles',
        () =>
          fc.oneof(
            pathSegment(['0'.repeat(64), 'f'.repeat(16)]).map((f) =>
              req('GET', `/api/avatars/${f}.svg`),
            ),
            pathSegment(['natter.js', 'natter.classic.js', 'health']).map((p) =>
              req('GET', `/${p}`),
            ),
            pathSegment(['x.js']).map((p) => req('GET', `/chunks/${p}`)),
          ),
      ],
      [
        'GET /api/admin/comments',
        () =>
          query(['status', 'order', 'thread', 'author', 'q', 'limit', 'cursor']).map((q) =>
            req('GET', `/api/admin/comments?${q}`),
          ),
      ],
      [
        'POST and DELETE /api/admin/comments/:id',
        () =>
          fc.oneof(
            fc
              .tuple(fc.constantFrom('approve', 'spam', 'frobnicate'), pathSegment(ids))
              .map(([action, id]) => req('POST', `/api/admin/comments/${id}/${action}`)),
            pathSegment(ids).map((id) => req('DELETE', `/api/admin/comments/${id}`)),
          ),
      ],
      [
        'console: session, blocks, threads, settings',
        () =>
          fc.oneof(
            fc
              .tuple(fc.constantFrom('GET', 'POST', 'DELETE'), pathSegment(['session']))
              .map(([method, p]) => req(method, `/api/admin/${p}`)),
            pathSegment(['01j0000000000000000000000a']).map((id) =>
              req('DELETE', `/api/admin/blocks/${id}`),
            ),
            fc
              .tuple(fc.constantFrom('close', 'reopen'), query(['thread']))
              .map(([what, q]) => req('POST', `/api/admin/threads/${what}?${q}`)),
            query(['limit', 'cursor']).map((q) => req('GET', `/api/admin/threads?${q}`)),
            pathSegment(['settings', 'blocks']).map((p) => req('GET', `/api/admin/${p}`)),
            pathSegment(ids).map((id) => req('PATCH', `/api/admin/comments/${id}`)),
          ),
      ],
      [
        'other methods and paths',
        () =>
          fc
            .tuple(fc.constantFrom('PUT', 'PATCH', 'DELETE', 'POST', 'OPTIONS', 'HEAD'), anyText)
            .map(([method, tail]) => req(method, `/api/${encode(tail)}`)),
      ],
    ];

    for (const [name, requests] of endpoints) {
      it(`${name}: no 5xx, JSON errors, nothing changed when refused`, async (t) => {
        const s = server.current;
        const headers = fc.record(
          {
            Authorization: fc.oneof(
              fc.constant(`Bearer ${ADMIN_TOKEN}`),
              headerText.map((text) => `Bearer ${text}`),
              headerText,
            ),
            'X-Natter-Author': headerText,
            Origin: fc.constantFrom('https://evil.example', 'null'),
          },
          {requiredKeys: []},
        );
        await runProperty(
          t,
          ran,
          name,
          fc.asyncProperty(fc.tuple(requests(), headers), async ([[method, path], sent]) => {
            const before = await snapshot(s);
            const answer = await send(s, path, {method, headers: sent});
            checkAnswer(answer, `${method} ${path.slice(0, 200)}`);
            if (answer.status >= 400)
              assert.equal(await snapshot(s), before, 'refused, yet changed');
          }),
        );
      });
    }

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
