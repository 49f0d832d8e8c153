import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {forEachBackend} from './support/backends.js';
import {draft, useServer} from './support/server.js';

const BLOG = 'https://blog.example';
const EVIL = 'https://evil.example';

forEachBackend((backend) => {
  describe('CORS', () => {
    const server = useServer(backend, {
      origins: [BLOG, 'https://www.blog.example'],
      rateLimits: {reads: false, posts: {count: 3, perSeconds: 60}, postsPerEmail: false},
    });

    it('allows reads from a listed origin with its own origin, Vary and exposed headers', async () => {
      const {response} = await server.current.getJson('/api/comments?thread=/cors', {Origin: BLOG});
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('access-control-allow-origin'), BLOG);
      assert.match(response.headers.get('vary') ?? '', /Origin/);
      assert.match(response.headers.get('access-control-expose-headers') ?? '', /Retry-After/);
      assert.match(response.headers.get('access-control-expose-headers') ?? '', /ETag/);
    });

    it('sends no CORS headers to other origins, even similar ones', async () => {
      for (const origin of [
        EVIL,
        'https://blog.example.evil.example',
        'http://blog.example',
        'null',
      ]) {
        const {response} = await server.current.getJson('/api/comments?thread=/cors', {
          Origin: origin,
        });
        assert.equal(response.headers.get('access-control-allow-origin'), null, origin);
        assert.match(response.headers.get('vary') ?? '', /Origin/);
      }
    });

    it('answers preflights for listed origins only', async () => {
      const preflight = (origin: string) =>
        server.current.request('/api/comments', {
          method: 'OPTIONS',
          headers: {
            Origin: origin,
            'Access-Control-Request-Method': 'POST',
            'Access-Control-Request-Headers': 'content-type, idempotency-key, x-natter-author',
          },
        });
      const allowed = await preflight(BLOG);
      assert.equal(allowed.status, 204);
      assert.equal(allowed.headers.get('access-control-allow-origin'), BLOG);
      assert.match(allowed.headers.get('access-control-allow-methods') ?? '', /POST/);
      const headers = allowed.headers.get('access-control-allow-headers') ?? '';
      for (const name of ['Content-Type', 'Idempotency-Key', 'X-Natter-Author', 'Authorization']) {
        assert.ok(headers.includes(name), name);
      }
      const refused = await preflight(EVIL);
      assert.equal(refused.headers.get('access-control-allow-origin'), null);
      assert.equal(refused.headers.get('access-control-allow-methods'), null);
    });

    it('refuses writes from other origins with 403 and stores nothing', async () => {
      const {status, body, response} = await server.current.postJson(
        '/api/comments',
        draft('/cors'),
        {
          Origin: EVIL,
        },
      );
      assert.equal(status, 403);
      assert.equal(body.error.code, 'forbidden');
      assert.equal(response.headers.get('access-control-allow-origin'), null);
      assert.equal(await server.current.rowCount(), 0);
    });

    it('accepts writes from listed origins, from the same origin and without an Origin', async () => {
      const listed = await server.current.postJson('/api/comments', draft('/cors'), {Origin: BLOG});
      assert.equal(listed.status, 201);
      assert.equal(listed.response.headers.get('access-control-allow-origin'), BLOG);
      const same = await server.current.postJson('/api/comments', draft('/cors'), {
        Origin: server.current.url,
      });
      assert.equal(same.status, 201);
      assert.equal(same.response.headers.get('access-control-allow-origin'), null);
      const none = await server.current.postJson('/api/comments', draft('/cors'));
      assert.equal(none.status, 201);
    });

    it('lets a listed origin read a 429 and its Retry-After', async () => {
      const limited = await server.current.postJson('/api/comments', draft('/cors'), {
        Origin: BLOG,
      });
      assert.equal(limited.status, 429);
      assert.equal(limited.response.headers.get('access-control-allow-origin'), BLOG);
      assert.ok(limited.response.headers.get('retry-after'));
    });
  });
});
