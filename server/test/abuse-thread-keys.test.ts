import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {forEachBackend} from './support/backends.js';
import {draft, useServer} from './support/server.js';

forEachBackend((backend) => {
  describe('abuse: thread keys are data', () => {
    const server = useServer(backend);

    it('stores SQL, traversal and unicode keys literally, and lists and counts them exactly', async () => {
      const s = server.current;
      const keys = [
        `'; DROP TABLE comments; --`,
        `Robert'); DROP TABLE natter_settings;--`,
        `" OR 1=1 --`,
        '../../etc/passwd',
        '%2e%2e/',
        '%2e%2e%2f',
        '\\..\\..\\windows',
        '/a/../../b',
        '/%2e%2e',
        '%',
        '_',
        'a%b_c',
        '*',
        '$1',
        'é',
        'e\u0301', // the same letter decomposed: a different key, compared code point by code point
        'école',
        'ÉCOLE',
        '/A',
        '/a',
        '/a/b',
        'a',
        '\u202eevil.txt',
        'a\u200db',
        'ﬁ',
        'fi',
        '/日本語/😀/עברית',
      ];
      const expected = new Map<string, string[]>();
      for (const [i, key] of keys.entries()) {
        const ids: string[] = [];
        for (let n = 0; n <= i % 3; n++) {
          const {status, body} = await s.postJson('/api/comments', draft(key));
          assert.equal(status, 201, `${key}: ${JSON.stringify(body)}`);
          ids.push(body.comment.id);
        }
        expected.set(key, ids);
      }
      for (const [key, ids] of expected) {
        const {status, body} = await s.getJson(`/api/comments?thread=${encodeURIComponent(key)}`);
        assert.equal(status, 200, key);
        assert.equal(body.total, ids.length, key);
        assert.deepEqual(
          body.comments.map((c: {id: string}) => c.id),
          ids,
          key,
        );
      }
      const query = keys.map((key) => `thread=${encodeURIComponent(key)}`).join('&');
      const counts = await s.getJson(`/api/counts?${query}`);
      assert.deepEqual(
        counts.body.counts,
        Object.fromEntries([...expected].map(([k, ids]) => [k, ids.length])),
      );
      const {db} = s.running.comments.services;
      const stored = await db.selectFrom('comments').select('thread').distinct().execute();
      assert.deepEqual(stored.map((r) => r.thread).sort(), [...keys].sort());
      assert.ok(await db.selectFrom('natter_settings').select('key').executeTakeFirst());
    });

    it('resolves /a, /a/, /a?utm=x and /a#frag to one thread', async () => {
      const s = server.current;
      const spellings = ['/one', '/one/', '/one?utm=x', '/one#frag', '/one//?a=1#b'];
      for (const key of spellings)
        assert.equal((await s.postJson('/api/comments', draft(key))).status, 201);
      for (const key of spellings) {
        const {body} = await s.getJson(`/api/comments?thread=${encodeURIComponent(key)}`);
        assert.equal(body.total, spellings.length, key);
      }
      const query = spellings.map((key) => `thread=${encodeURIComponent(key)}`).join('&');
      const {body} = await s.getJson(`/api/counts?${query}`);
      assert.deepEqual(
        body.counts,
        Object.fromEntries(spellings.map((key) => [key, spellings.length])),
      );
    });
  });
});
