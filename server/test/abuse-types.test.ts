import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {forEachBackend} from './support/backends.js';
import {rawRequest} from './support/raw-http.js';
import {draft, useServer} from './support/server.js';

/** Sets one field of a draft, `author.x` reaching into the author object. */
function withField(path: string, value: unknown): Record<string, unknown> {
  const base = draft('/types');
  const [head, tail] = path.split('.');
  if (tail === undefined) return {...base, [head]: value};
  return {...base, author: {...(base.author as object), [tail]: value}};
}

// Every field of a draft, the field an error names, and whether null means "not given".
const FIELDS: [path: string, field: string, nullable: boolean][] = [
  ['thread', 'thread', false],
  ['parentId', 'parentId', true],
  ['body', 'body', false],
  ['author', 'name', false],
  ['author.name', 'name', false],
  ['author.email', 'email', false],
  ['author.url', 'url', true],
  ['honeypot', 'honeypot', true],
  ['elapsedMs', 'elapsedMs', true],
];

const STRING_INSTEAD = '5000';
const WRONG: unknown[] = [42, 0, true, false, ['text'], {text: 'x'}, [], {}];

forEachBackend((backend) => {
  describe('abuse: wrong types and unstorable text', () => {
    const server = useServer(backend);

    it('answers every wrong type of every field with 400 naming the field, never 500', async () => {
      const s = server.current;
      for (const [path, field, nullable] of FIELDS) {
        const values = path === 'elapsedMs' ? [STRING_INSTEAD, true, [], {}] : [...WRONG];
        if (!nullable) values.push(null);
        for (const value of values) {
          const what = `${path} = ${JSON.stringify(value)}`;
          const {status, body} = await s.postJson('/api/comments', withField(path, value));
          assert.equal(status, 400, `${what}: ${JSON.stringify(body)}`);
          assert.equal(body.error.code, 'validation', what);
          assert.equal(body.error.field, field, what);
        }
      }
      assert.equal(await s.rowCount(), 0);
      // null where the protocol allows it means "not given".
      for (const [path, , nullable] of FIELDS) {
        if (!nullable) continue;
        const {status, body} = await s.postJson('/api/comments', withField(path, null));
        assert.equal(status, 201, `${path} = null: ${JSON.stringify(body)}`);
      }
    });

    it('refuses lone surrogates in every stored field instead of storing U+FFFD', async () => {
      const s = server.current;
      const before = await s.rowCount();
      for (const [path, value, field] of [
        ['thread', '/s/\ud800', 'thread'],
        ['body', 'a\udc00b', 'body'],
        ['author.name', 'Ada \ud83d', 'name'],
        ['author.email', 'a\ud800@example.com', 'email'],
        ['author.url', 'https://a.example/\ud800', 'url'],
      ]) {
        const {status, body} = await s.postJson('/api/comments', withField(path, value));
        assert.equal(status, 400, path);
        assert.equal(body.error.field, field, path);
      }
      assert.equal(await s.rowCount(), before);
    });

    it('refuses NUL in thread keys, comment ids and headers on every route alike', async () => {
      const s = server.current;
      const before = await s.rowCount();
      for (const path of [
        '/api/comments?thread=%2Fa%00b',
        '/api/counts?thread=%2Fa&thread=%00',
        '/api/events?thread=%00',
      ]) {
        const {status, body} = await s.getJson(path);
        assert.equal(status, 400, path);
        assert.equal(body.error.field, 'thread', path);
      }
      assert.equal((await s.getJson('/api/comments/01abc%00/replies')).status, 404);
      const json = JSON.stringify(draft('/types/headers'));
      const post = (header: string) =>
        rawRequest(s.running.port, {
          method: 'POST',
          path: '/api/comments',
          headers: ['Content-Type: application/json', header],
          body: json,
        });
      // Node's HTTP parser refuses a NUL in any header before the app sees it.
      assert.equal((await post('Idempotency-Key: key\u0000one')).status, 400);
      assert.equal((await post('X-Natter-Author: token-\u0000-token')).status, 400);
      for (const header of [
        'Idempotency-Key: caf\u00e9',
        'Idempotency-Key: a b',
        'Idempotency-Key: ',
      ]) {
        const {status, body} = await post(header);
        assert.equal(status, 400, header);
        assert.equal(JSON.parse(body).error.field, 'idempotencyKey', header);
      }
      assert.equal(await s.rowCount(), before);
    });
  });
});
