import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {findDuplicateName} from '../src/http/json-names.js';
import {forEachBackend} from './support/backends.js';
import {rawRequest} from './support/raw-http.js';
import {draft, useServer, type TestServer} from './support/server.js';

const LIMIT = 64 * 1024;

async function expectInvalidJson(s: TestServer, raw: string, what: string, message?: RegExp) {
  const {status, body} = await s.postJson('/api/comments', raw);
  assert.equal(status, 400, `${what}: ${JSON.stringify(body).slice(0, 200)}`);
  assert.equal(body.error.code, 'invalid-json', what);
  if (message) assert.match(body.error.message, message, what);
}

/** The server still stores and lists a normal comment: nothing above broke it. */
async function stillWorks(s: TestServer) {
  const {status} = await s.postJson('/api/comments', draft('/json/after'));
  assert.equal(status, 201);
  assert.equal((await s.getJson('/health')).status, 200);
}

describe('duplicate member names', () => {
  it('finds a name given twice in one object, and only there', () => {
    const cases: [string, string | undefined][] = [
      ['{"a":1,"b":2}', undefined],
      ['{"a":"}{\\"a\\":1","b":1}', undefined],
      ['{"a":"x\\\\","a":2}', 'a'],
      ['{"a" : 1, "a"\n\t:2}', 'a'],
      ['{"\\u0061":1,"a":2}', 'a'],
      ['[{"a":1},{"a":1}]', undefined],
      ['{"a":{"a":1},"b":["a","a"]}', undefined],
      ['{"a":[{"b":1,"b":2}]}', 'b'],
      ['{"":1,"":2}', ''],
    ];
    for (const [text, name] of cases) {
      JSON.parse(text); // each case is valid JSON
      assert.equal(findDuplicateName(text), name, text);
    }
  });
});

forEachBackend((backend) => {
  describe('abuse: hostile request bodies', () => {
    const server = useServer(backend);

    it('answers 413 JSON for bodies over 64 KiB, with or without a Content-Length', async () => {
      const s = server.current;
      const body = JSON.stringify(draft('/json/big', {body: 'x'.repeat(LIMIT)}));
      const sized = await s.postJson('/api/comments', body);
      assert.equal(sized.status, 413);
      assert.equal(sized.body.error.code, 'too-large');
      // A chunked upload declares no size: the limit counts the bytes as they arrive.
      const chunks = [body.slice(0, LIMIT / 2), body.slice(LIMIT / 2)];
      const stream = new ReadableStream<Uint8Array>({
        pull(controller) {
          const next = chunks.shift();
          if (next === undefined) controller.close();
          else controller.enqueue(new TextEncoder().encode(next));
        },
      });
      const chunked = await s.request('/api/comments', {
        method: 'POST',
        headers: {'Content-Type': 'application/json'},
        body: stream,
        duplex: 'half',
      } as RequestInit);
      assert.equal(chunked.status, 413);
      assert.equal(((await chunked.json()) as {error: {code: string}}).error.code, 'too-large');
      assert.equal(await s.rowCount(), 0);
    });

    it('closes the connection after a 413, so the client reads it and its next request works', async () => {
      const s = server.current;
      // The server answers without reading the upload; keeping the socket would
      // leave the client writing into a connection about to be cut.
      for (const size of [100_000, 2_000_000, 8_000_000]) {
        const response = await s.postJson('/api/comments', 'x'.repeat(size));
        assert.equal(response.status, 413, String(size));
        assert.equal(response.response.headers.get('connection'), 'close');
        assert.equal((await s.getJson('/health')).status, 200, `the request after ${size} bytes`);
      }
    });

    it('answers deeply nested JSON with a clean 400 and keeps serving', async () => {
      const s = server.current;
      // As deep as 64 KiB allows: 32,000 arrays in `body`, 10,000 objects in `author`.
      const arrays = `{"thread":"/json/deep","body":${'['.repeat(32_000)}${']'.repeat(32_000)}}`;
      const objects = `{"thread":"/json/deep","body":"b","author":${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}}`;
      assert.ok(arrays.length < LIMIT && objects.length < LIMIT);
      for (const [raw, field] of [
        [arrays, 'body'],
        [objects, 'name'],
      ]) {
        const {status, body} = await s.postJson('/api/comments', raw);
        assert.equal(status, 400);
        assert.equal(body.error.field, field);
      }
      // 65,000 arrays that never close, and 100,000 that do not fit at all.
      await expectInvalidJson(s, '['.repeat(65_000), 'unclosed arrays');
      const huge = await s.postJson('/api/comments', '['.repeat(100_000) + ']'.repeat(100_000));
      assert.equal(huge.status, 413);
      await stillWorks(s);
    });

    it('answers truncated, empty and non-object JSON with invalid-json', async () => {
      const s = server.current;
      const before = await s.rowCount();
      const whole = JSON.stringify(draft('/json/cut', {body: 'Ünïcödé 😀 text'}));
      // Cut inside a name, a string, an escape, a surrogate pair's escape, and before the last brace.
      for (const at of [3, 20, whole.length - 1]) {
        await expectInvalidJson(s, whole.slice(0, at), `cut at ${at}`);
      }
      for (const raw of [
        '{"body": "\\u00',
        '{"body": "\\ud83d\\ude',
        '{"body": "a\\',
        ' ',
        'true',
        '1e400',
      ]) {
        await expectInvalidJson(s, raw, raw);
      }
      assert.equal(await s.rowCount(), before);
    });

    it('refuses an object that names a member twice, however the name is spelled', async () => {
      const s = server.current;
      const before = await s.rowCount();
      const author = '{"name":"Ada","email":"ada@example.com"}';
      for (const [raw, name] of [
        [`{"thread":"/json/dup","body":"first","body":"second","author":${author}}`, 'body'],
        [`{"thread":"/json/dup","body":"hi","b\\u006fdy":"other","author":${author}}`, 'body'],
        [`{"thread":"/json/dup","body":"hi","author":${author},"author":${author}}`, 'author'],
        [
          `{"thread":"/json/dup","body":"hi","author":{"name":"A","name":"B","email":"a@b.co"}}`,
          'name',
        ],
        [`{"thread":"/a","thread":"/b","body":"hi","author":${author}}`, 'thread'],
      ]) {
        await expectInvalidJson(s, raw, raw, new RegExp(`"${name}" twice`));
      }
      assert.equal(await s.rowCount(), before);
      // The same name in different objects, or as a value, is not a duplicate.
      const fine = `{"thread":"/json/dup","body":"name","name":"x","author":{"name":"Ada","email":"a@b.co","x":{"name":1}},"honeypot":"","elapsedMs":5000}`;
      assert.equal((await s.postJson('/api/comments', fine)).status, 201);
    });

    it('refuses bytes that are not UTF-8 instead of storing replacement characters', async () => {
      const s = server.current;
      const before = await s.rowCount();
      const [head, tail] = JSON.stringify(draft('/json/bytes', {body: 'a@@b'})).split('@@');
      for (const bad of [[0xff], [0xc3], [0xed, 0xa0, 0x80], [0xc0, 0xaf]]) {
        const {status, body} = await rawRequest(s.running.port, {
          method: 'POST',
          path: '/api/comments',
          headers: ['Content-Type: application/json'],
          body: Buffer.concat([Buffer.from(head), Buffer.from(bad), Buffer.from(tail)]),
        });
        assert.equal(status, 400, String(bad));
        assert.equal(JSON.parse(body).error.code, 'invalid-json', String(bad));
      }
      assert.equal(await s.rowCount(), before);
    });

    it('keeps __proto__ members as plain data', async () => {
      const s = server.current;
      const raw = JSON.stringify(draft('/json/proto')).replace(
        '{',
        '{"__proto__":{"polluted":"yes","thread":"/json/elsewhere"},',
      );
      const {status, body} = await s.postJson('/api/comments', raw);
      assert.equal(status, 201);
      assert.equal(({} as Record<string, unknown>).polluted, undefined);
      const elsewhere = await s.getJson('/api/comments?thread=/json/elsewhere');
      assert.equal(elsewhere.body.total, 0);
      assert.equal(
        (await s.getJson('/api/comments?thread=/json/proto')).body.comments[0].id,
        body.comment.id,
      );
    });

    it('refuses form, text and untyped posts with 415 before reading them', async () => {
      const s = server.current;
      const before = await s.rowCount();
      const json = JSON.stringify(draft('/json/type'));
      for (const type of [
        undefined,
        'text/plain;charset=UTF-8',
        'application/jsonp',
        'application/json-seq',
        'text/json',
      ]) {
        const {status, body} = await rawRequest(s.running.port, {
          method: 'POST',
          path: '/api/comments',
          headers: type ? [`Content-Type: ${type}`] : [],
          body: json,
        });
        assert.equal(status, 415, String(type));
        assert.equal(JSON.parse(body).error.code, 'unsupported-media-type', String(type));
      }
      assert.equal(await s.rowCount(), before);
      const upper = await s.postJson('/api/comments', json, {
        'Content-Type': 'Application/JSON; charset=utf-8',
      });
      assert.equal(upper.status, 201);
    });
  });
});
