import assert from 'node:assert/strict';
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, describe, it} from 'node:test';
import {forEachBackend} from './support/backends.js';
import {ADMIN_TOKEN, draft, useServer} from './support/server.js';

const files = mkdtempSync(join(tmpdir(), 'natter-http-test-'));
writeFileSync(join(files, 'natter.js'), 'export const widget = "natter";');
writeFileSync(join(files, 'index.html'), '<!doctype html><title>Demo</title>');
mkdirSync(join(files, 'chunks'));
writeFileSync(join(files, 'chunks', 'purify-Ab12.js'), 'export default 1;');
after(() => rmSync(files, {recursive: true, force: true}));

forEachBackend((backend) => {
  describe('routes and errors', () => {
    const server = useServer(backend, {staticDir: files, bundleDir: files});

    it('answers unknown routes and comments with a JSON 404', async () => {
      for (const path of [
        '/api/nothing',
        '/nothing.html',
        '/api/comments/01abc/replies',
        '/api/comments/../x',
      ]) {
        const {status, body} = await server.current.getJson(path);
        assert.equal(status, 404, path);
        assert.equal(body.error.code, 'not-found', path);
      }
    });

    it('answers an unknown thread with an empty page', async () => {
      const {status, body} = await server.current.getJson('/api/comments?thread=/never');
      assert.equal(status, 200);
      assert.deepEqual(body, {comments: [], total: 0});
    });

    it('keeps the admin routes behind the bearer token', async () => {
      for (const authorization of [
        undefined,
        'Bearer wrong-token',
        `Basic ${ADMIN_TOKEN}`,
        ADMIN_TOKEN,
      ]) {
        const response = await server.current.request('/api/admin/comments', {
          headers: authorization ? {Authorization: authorization} : {},
        });
        assert.equal(response.status, 401, String(authorization));
        assert.equal(
          ((await response.json()) as {error: {code: string}}).error.code,
          'unauthorized',
        );
      }
      const ok = await server.current.admin('GET', '/api/admin/comments');
      assert.equal(ok.status, 200);
    });

    it('reports health and serves the bundle and the static folder', async () => {
      assert.deepEqual((await server.current.getJson('/health')).body, {ok: true});
      const script = await server.current.request('/natter.js');
      assert.equal(script.status, 200);
      assert.match(script.headers.get('content-type') ?? '', /javascript/);
      assert.equal(script.headers.get('access-control-allow-origin'), '*');
      assert.equal(await script.text(), 'export const widget = "natter";');
      const missing = await server.current.getJson('/natter.classic.js');
      assert.equal(missing.status, 404);
      assert.match(
        missing.body.error.message,
        /natter\.classic\.js is not available on this server/,
      );
      const chunk = await server.current.request('/chunks/purify-Ab12.js');
      assert.equal(chunk.status, 200);
      assert.equal(await chunk.text(), 'export default 1;');
      assert.match(chunk.headers.get('cache-control') ?? '', /immutable/);
      for (const path of ['/chunks/..%2Fnatter.js', '/chunks/.hidden.js', '/chunks/none.js']) {
        assert.equal((await server.current.request(path)).status, 404, path);
      }
      const page = await server.current.request('/');
      assert.equal(page.status, 200);
      assert.match(await page.text(), /<title>Demo<\/title>/);
    });

    it('answers 500 with a generic message and no stack when the database is gone, and health says 503', async () => {
      await server.current.running.comments.database.db.destroy();
      const {status, body} = await server.current.getJson('/api/comments?thread=/broken');
      assert.equal(status, 500);
      assert.deepEqual(body, {
        error: {code: 'server', message: 'Something went wrong on the server.'},
      });
      assert.equal((await server.current.getJson('/health')).status, 503);
    });
  });

  describe('rate limits', () => {
    const server = useServer(backend, {
      rateLimits: {
        reads: {count: 3, perSeconds: 60},
        posts: {count: 2, perSeconds: 60},
        postsPerEmail: false,
      },
    });

    it('answers 429 with Retry-After once an address spends its posts, and keeps reads apart', async () => {
      const post = () => server.current.postJson('/api/comments', draft('/rate'));
      assert.equal((await post()).status, 201);
      assert.equal((await post()).status, 201);
      const limited = await post();
      assert.equal(limited.status, 429);
      assert.equal(limited.body.error.code, 'rate-limited');
      const retryAfter = Number(limited.response.headers.get('retry-after'));
      assert.ok(
        Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 30,
        String(retryAfter),
      );
      // Reads have their own budget: three of them still pass, the fourth does not.
      for (let i = 0; i < 3; i++) {
        assert.equal((await server.current.getJson('/api/comments?thread=/rate')).status, 200);
      }
      const read = await server.current.getJson('/api/comments?thread=/rate');
      assert.equal(read.status, 429);
      assert.ok(Number(read.response.headers.get('retry-after')) >= 1);
    });
  });

  describe('rate limits behind a proxy', () => {
    const server = useServer(backend, {
      trustedProxies: ['127.0.0.1', '::1'],
      rateLimits: {reads: false, posts: {count: 1, perSeconds: 60}, postsPerEmail: false},
    });

    it('counts per address the proxy reports, trusting only its own hop', async () => {
      const from = (forwarded: string) =>
        server.current.postJson('/api/comments', draft('/proxy'), {'X-Forwarded-For': forwarded});
      assert.equal((await from('198.51.100.1')).status, 201);
      assert.equal((await from('anything, 198.51.100.1')).status, 429);
      assert.equal((await from('198.51.100.1, 198.51.100.2')).status, 201);
    });
  });

  describe('rate limit per email', () => {
    const server = useServer(backend, {
      rateLimits: {reads: false, posts: false, postsPerEmail: {count: 2, perSeconds: 3600}},
    });

    it('limits posts per email address, whatever the client address', async () => {
      const as = (email: string) =>
        server.current.postJson(
          '/api/comments',
          draft('/rate-email', {author: {name: 'E', email}}),
        );
      assert.equal((await as('e@example.com')).status, 201);
      assert.equal((await as('E@example.com')).status, 201);
      const limited = await as('e@EXAMPLE.com');
      assert.equal(limited.status, 429);
      assert.ok(Number(limited.response.headers.get('retry-after')) > 60);
      assert.equal((await as('f@example.com')).status, 201);
    });
  });
});
