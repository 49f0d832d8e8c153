import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {forEachBackend} from './support/backends.js';
import {draft, useServer, type TestServer} from './support/server.js';

const EMOJI = '😀'; // one code point, two UTF-16 units, four bytes of UTF-8

async function expectRefused(s: TestServer, body: unknown, field: string, what = field) {
  const {status, body: answer} = await s.postJson('/api/comments', body);
  assert.equal(status, 400, `${what}: ${JSON.stringify(answer)}`);
  assert.equal(answer.error.code, 'validation', what);
  assert.equal(answer.error.field, field, what);
}

/** Posts, expects 201, and returns the comment as the thread lists it afterwards. */
async function postAndList(s: TestServer, thread: string, overrides: Record<string, unknown>) {
  const created = await s.postJson('/api/comments', draft(thread, overrides));
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const {body} = await s.getJson(`/api/comments?thread=${encodeURIComponent(thread)}`);
  const listed = body.comments.find((c: {id: string}) => c.id === created.body.comment.id);
  assert.ok(listed, `comment ${created.body.comment.id} is listed in ${thread}`);
  return listed;
}

forEachBackend((backend) => {
  describe('abuse: limits hold whatever the client sends', () => {
    const server = useServer(backend);

    it('stores a body of 5,000 four-byte emoji exactly and refuses one emoji more', async () => {
      const s = server.current;
      const atLimit = EMOJI.repeat(5000);
      const listed = await postAndList(s, '/limits/emoji', {body: atLimit});
      assert.equal(listed.body, atLimit);
      assert.equal(Buffer.byteLength(listed.body), 20_000);
      const before = await s.rowCount();
      const over = await s.postJson(
        '/api/comments',
        draft('/limits/emoji', {body: atLimit + EMOJI}),
      );
      assert.equal(over.status, 400);
      assert.equal(over.body.error.field, 'body');
      assert.match(over.body.error.message, /5001 characters.*5000/);
      assert.equal(await s.rowCount(), before, 'nothing stored, nothing cut short');
    });

    it('counts code points, not UTF-16 units, and trims before counting', async () => {
      const s = server.current;
      // 5,000 code points but 5,001 UTF-16 units: a UTF-16 count would refuse it.
      const mixed = 'a'.repeat(4999) + EMOJI;
      assert.equal((await postAndList(s, '/limits/units', {body: mixed})).body, mixed);
      const padded = `\n  ${'b'.repeat(5000)}  \t`;
      assert.equal((await postAndList(s, '/limits/units', {body: padded})).body, 'b'.repeat(5000));
    });

    it('holds names to 80 code points and refuses control characters in them', async () => {
      const s = server.current;
      const name = EMOJI.repeat(80);
      const listed = await postAndList(s, '/limits/name', {author: {name, email: 'n@example.com'}});
      assert.equal(listed.author.name, name);
      const author = (n: string) => ({author: {name: n, email: 'n@example.com'}});
      await expectRefused(s, draft('/limits/name', author(name + EMOJI)), 'name', '81 emoji');
      const {body} = await s.postJson('/api/comments', draft('/limits/name', author('Ada\nAdmin')));
      assert.equal(body.error.field, 'name');
      assert.match(body.error.message, /control characters/);
    });

    it('accepts only http and https website addresses, stored as the URL standard writes them', async () => {
      const s = server.current;
      for (const url of [
        'javascript:alert(1)',
        'JaVaScRiPt:alert(1)',
        '  javascript:alert(1)',
        'java\tscript:alert(1)',
        'data:text/html,<script>alert(1)</script>',
        'vbscript:msgbox(1)',
        'file:///etc/passwd',
        'ftp://files.example/',
        '//evil.example/',
        'https://a.example/\nSet-Cookie: x',
      ]) {
        await expectRefused(
          s,
          draft('/limits/url', {author: {name: 'U', email: 'u@x.example', url}}),
          'url',
          url,
        );
      }
      const url = 'HTTPS://Ada.Example/p?q=1#f';
      const listed = await postAndList(s, '/limits/url', {
        author: {name: 'U', email: 'u@x.example', url},
      });
      assert.equal(listed.author.url, 'https://ada.example/p?q=1#f');
    });

    it('takes thread keys up to 512 code points and refuses longer or control characters', async () => {
      const s = server.current;
      const key = EMOJI.repeat(512);
      const listed = await postAndList(s, key, {});
      assert.ok(listed);
      const counts = await s.getJson(`/api/counts?thread=${encodeURIComponent(key)}`);
      assert.deepEqual(counts.body.counts, {[key]: 1});
      await expectRefused(s, draft(key + EMOJI), 'thread', '513 emoji');
      for (const bad of ['/a\u0007', '/a\u007f', '/a\u0085', '/a\nb', 'ke\ry']) {
        await expectRefused(s, draft(bad), 'thread', JSON.stringify(bad));
        const list = await s.getJson(`/api/comments?thread=${encodeURIComponent(bad)}`);
        assert.equal(list.status, 400, JSON.stringify(bad));
        assert.equal(list.body.error.field, 'thread');
      }
      const long = await s.getJson(`/api/comments?thread=${encodeURIComponent(key + EMOJI)}`);
      assert.equal(long.body.error.field, 'thread');
    });
  });
});
