import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {forEachBackend} from './support/backends.js';
import {draft, useServer, type TestServer} from './support/server.js';

async function expectInvalid(server: TestServer, body: unknown, field: string) {
  const {status, body: answer} = await server.postJson('/api/comments', body);
  assert.equal(status, 400, `${field}: ${JSON.stringify(answer)}`);
  assert.equal(answer.error.code, 'validation');
  assert.equal(answer.error.field, field);
  assert.equal(typeof answer.error.message, 'string');
}

const author = (fields: Record<string, unknown>) => ({
  author: {name: 'Ada', email: 'ada@example.com', ...fields},
});

forEachBackend((backend) => {
  describe('validation', () => {
    const server = useServer(backend);

    it('names the field at fault for every rule of the draft', async () => {
      const s = server.current;
      const cases: [Record<string, unknown>, string][] = [
        [{thread: undefined}, 'thread'],
        [{thread: '   '}, 'thread'],
        [{thread: 42}, 'thread'],
        [{thread: 'x'.repeat(513)}, 'thread'],
        [{thread: '/a\u0007b'}, 'thread'],
        [{parentId: 7}, 'parentId'],
        [{parentId: 'not an id!'}, 'parentId'],
        [{body: undefined}, 'body'],
        [{body: ' \n\t '}, 'body'],
        [{body: ['x']}, 'body'],
        [{body: 'a'.repeat(5001)}, 'body'],
        [{body: '\ud83d'}, 'body'],
        [{author: undefined}, 'name'],
        [author({name: '  '}), 'name'],
        [author({name: 'n'.repeat(81)}), 'name'],
        [author({email: undefined}), 'email'],
        [author({email: 'no-at-sign'}), 'email'],
        [author({email: 'a@b@c'}), 'email'],
        [author({email: '@example.com'}), 'email'],
        [author({email: `${'a'.repeat(250)}@b.co`}), 'email'],
        [author({url: 'javascript:alert(1)'}), 'url'],
        [author({url: 'not a url'}), 'url'],
        [author({url: `https://example.com/${'p'.repeat(2000)}`}), 'url'],
      ];
      for (const [overrides, field] of cases) await expectInvalid(s, draft('/v', overrides), field);
      assert.equal(await s.rowCount(), 0);
    });

    it('counts code points, not UTF-16 units, and accepts a body exactly at the limits', async () => {
      const emoji = '😀'.repeat(5000); // 5,000 code points, 20,000 bytes of UTF-8
      const ok = await server.current.postJson('/api/comments', draft('/v/limits', {body: emoji}));
      assert.equal(ok.status, 201);
      assert.equal(ok.body.comment.body, emoji);
      await expectInvalid(server.current, draft('/v/limits', {body: emoji + 'a'}), 'body');
      const name = await server.current.postJson(
        '/api/comments',
        draft('/v/limits', author({name: 'é'.repeat(80)})),
      );
      assert.equal(name.status, 201);
    });

    it('refuses NUL characters in every field the same way on every database', async () => {
      for (const [overrides, field] of [
        [{thread: '/v/\u0000'}, 'thread'],
        [{body: 'a\u0000b'}, 'body'],
        [author({name: 'A\u0000'}), 'name'],
        [author({email: 'a\u0000@example.com'}), 'email'],
        [author({url: 'https://a.example/\u0000'}), 'url'],
        [{parentId: 'a\u0000'}, 'parentId'],
      ] as const) {
        await expectInvalid(server.current, draft('/v/nul', overrides), field);
      }
    });

    it('answers invalid-json for bodies that are not a JSON object', async () => {
      for (const raw of ['{"thread": ', 'null', '[1, 2]', '"text"', '']) {
        const {status, body} = await server.current.postJson('/api/comments', raw);
        assert.equal(status, 400, raw);
        assert.equal(body.error.code, 'invalid-json');
      }
    });

    it('checks the Idempotency-Key header', async () => {
      const {status, body} = await server.current.postJson('/api/comments', draft('/v/key'), {
        'Idempotency-Key': 'k'.repeat(129),
      });
      assert.equal(status, 400);
      assert.equal(body.error.field, 'idempotencyKey');
    });

    it('refuses bodies over 64 KiB with 413', async () => {
      const huge = draft('/v/huge', {body: 'x'.repeat(70 * 1024)});
      const {status, body} = await server.current.postJson('/api/comments', huge);
      assert.equal(status, 413);
      assert.equal(body.error.code, 'too-large');
    });

    it('refuses writes that are not JSON with 415', async () => {
      const post = (type: string | undefined, data: string) =>
        server.current.request('/api/comments', {
          method: 'POST',
          headers: type ? {'Content-Type': type} : {},
          body: data,
        });
      const json = JSON.stringify(draft('/v/type'));
      for (const [type, data] of [
        ['application/x-www-form-urlencoded', 'thread=%2Fv&body=hi'],
        ['text/plain', json],
        ['multipart/form-data; boundary=x', '--x--'],
      ]) {
        const response = await post(type, data);
        assert.equal(response.status, 415, type);
        assert.equal(
          ((await response.json()) as {error: {code: string}}).error.code,
          'unsupported-media-type',
        );
      }
      assert.equal((await post('application/json; charset=utf-8', json)).status, 201);
    });

    it('checks list parameters', async () => {
      const get = (query: string) => server.current.getJson(`/api/comments?${query}`);
      for (const [query, field] of [
        ['', 'thread'],
        ['thread=/v&limit=0', 'limit'],
        ['thread=/v&limit=101', 'limit'],
        ['thread=/v&limit=ten', 'limit'],
        ['thread=/v&sort=sideways', 'sort'],
        ['thread=/v&cursor=%%%', 'cursor'],
        ['thread=/v&cursor=bm90LWEtY3Vyc29y', 'cursor'],
        [
          `thread=/v&cursor=${Buffer.from('["2026-01-01T00:00:00.000Z","x y"]').toString('base64url')}`,
          'cursor',
        ],
      ]) {
        const {status, body} = await get(query);
        assert.equal(status, 400, query);
        assert.equal(body.error.field, field, query);
      }
      assert.equal((await get('thread=/v&limit=100&sort=newest')).status, 200);
    });
  });

  describe('replies and parents', () => {
    const server = useServer(backend);

    it('answers 404 on parentId for a parent that is unknown or in another thread', async () => {
      const other = await server.current.postJson('/api/comments', draft('/p/other'));
      for (const parentId of ['01nosuchcomment000000000000', other.body.comment.id]) {
        const {status, body} = await server.current.postJson(
          '/api/comments',
          draft('/p/here', {parentId}),
        );
        assert.equal(status, 404);
        assert.equal(body.error.code, 'not-found');
        assert.equal(body.error.field, 'parentId');
      }
    });

    it('accepts replies 32 levels deep and refuses the 33rd', async () => {
      let parentId: string | null = null;
      for (let depth = 1; depth <= 32; depth++) {
        const {status, body}: {status: number; body: {comment: {id: string}}} =
          await server.current.postJson('/api/comments', draft('/p/deep', {parentId}));
        assert.equal(status, 201, `depth ${depth}`);
        parentId = body.comment.id;
      }
      await expectInvalid(server.current, draft('/p/deep', {parentId}), 'parentId');
      const {body} = await server.current.getJson('/api/comments?thread=/p/deep');
      assert.equal(body.total, 32);
    });
  });
});
