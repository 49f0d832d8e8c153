import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {setAdminPassword} from '../src/admin/password.js';
import {forEachBackend} from './support/backends.js';
import {runCommand} from './support/command.js';
import {ADMIN_TOKEN, useServer, type TestServer} from './support/server.js';

const PASSWORD = 'correct horse battery staple';

/** Signs in as the console page would: same origin, JSON. Returns the cookie pair. */
async function signIn(server: TestServer, secret = ADMIN_TOKEN, headers = {}) {
  const response = await server.request('/api/admin/session', {
    method: 'POST',
    headers: {'Content-Type': 'application/json', Origin: server.url, ...headers},
    body: JSON.stringify({secret}),
  });
  const cookie = response.headers.get('Set-Cookie') ?? '';
  return {response, cookie, pair: cookie.split(';')[0]};
}

const consoleWrite = (server: TestServer, pair: string, path: string, headers = {}) =>
  server.request(path, {
    method: 'POST',
    headers: {Cookie: pair, Origin: server.url, 'Sec-Fetch-Site': 'same-origin', ...headers},
  });

forEachBackend((backend) => {
  describe('console sign-in', () => {
    const server = useServer(backend, {trustedProxies: ['127.0.0.1', '::1']});

    it('answers the admin token with a strict, http-only session cookie', async () => {
      const {response, cookie, pair} = await signIn(server.current);
      assert.equal(response.status, 200);
      assert.match(((await response.json()) as {expiresAt: string}).expiresAt, /^\d{4}-\d\d-\d\dT/);
      assert.match(cookie, /^natter_admin=[\w-]{43};/);
      for (const part of ['HttpOnly', 'SameSite=Strict', 'Path=/api/admin', 'Max-Age=43200']) {
        assert.ok(cookie.includes(part), `${part} in ${cookie}`);
      }
      assert.ok(!cookie.includes('Secure'), 'no Secure flag over plain http');
      const list = await server.current.request('/api/admin/comments', {headers: {Cookie: pair}});
      assert.equal(list.status, 200);
      assert.equal(list.headers.get('Cache-Control'), 'no-store');
      const session = await server.current.request('/api/admin/session', {
        headers: {Cookie: pair},
      });
      assert.equal(session.status, 200);
    });

    it('marks the cookie Secure behind an https proxy', async () => {
      const {cookie} = await signIn(server.current, ADMIN_TOKEN, {
        'X-Forwarded-Proto': 'https',
        'X-Forwarded-Host': 'comments.example',
        Origin: 'https://comments.example',
      });
      assert.ok(cookie.includes('Secure'), cookie);
    });

    it('refuses requests without a live session: none, forged, expired, a visitor token', async () => {
      const {pair} = await signIn(server.current);
      const {db} = server.current.running.comments.services;
      const refused: [string, Record<string, string>][] = [
        ['no cookie', {}],
        ['forged cookie', {Cookie: `natter_admin=${'A'.repeat(43)}`}],
        ['malformed cookie', {Cookie: 'natter_admin=../../etc'}],
        ['visitor token', {'X-Natter-Author': 'some-visitor-token'}],
        ['visitor token as bearer', {Authorization: 'Bearer some-visitor-token-0123456789-abcdef'}],
      ];
      for (const [what, headers] of refused) {
        const response = await server.current.request('/api/admin/comments', {headers});
        assert.equal(response.status, 401, what);
      }
      await db
        .updateTable('natter_admin_sessions')
        .set({expires_at: new Date(Date.now() - 1000).toISOString()})
        .execute();
      const expired = await server.current.request('/api/admin/comments', {
        headers: {Cookie: pair},
      });
      assert.equal(expired.status, 401, 'expired cookie');
    });

    it('refuses a cookie-carrying write from another origin, or without an origin', async () => {
      const {pair} = await signIn(server.current);
      const path = '/api/admin/threads/close';
      const cases: [string, Record<string, string>][] = [
        ['another site', {Origin: 'https://evil.example', 'Sec-Fetch-Site': 'cross-site'}],
        ['a sibling subdomain', {Origin: 'http://blog.127.0.0.1', 'Sec-Fetch-Site': 'same-site'}],
        ['no Origin', {Origin: ''}],
      ];
      for (const [what, headers] of cases) {
        const response = await consoleWrite(server.current, pair, path, headers);
        assert.equal(response.status, 403, what);
      }
      const closed = await server.current.getJson('/api/admin/threads', {Cookie: pair});
      assert.deepEqual(closed.body.threads, [], 'nothing was closed');
      const signInFromElsewhere = await signIn(server.current, ADMIN_TOKEN, {
        Origin: 'https://evil.example',
      });
      assert.equal(signInFromElsewhere.response.status, 403, 'no sign-in from another site');
    });

    it('signing out revokes the session and clears the cookie', async () => {
      const {pair} = await signIn(server.current);
      const out = await server.current.request('/api/admin/session', {
        method: 'DELETE',
        headers: {Cookie: pair, Origin: server.current.url},
      });
      assert.equal(out.status, 204);
      assert.match(out.headers.get('Set-Cookie') ?? '', /natter_admin=;.*Max-Age=0/);
      const after = await server.current.request('/api/admin/comments', {headers: {Cookie: pair}});
      assert.equal(after.status, 401);
    });

    it('keeps accepting the bearer token for scripts', async () => {
      const {status} = await server.current.admin('GET', '/api/admin/settings');
      assert.equal(status, 200);
    });

    it('serves the console page with a strict policy', async () => {
      const page = await server.current.request('/admin');
      assert.equal(page.status, 200);
      const policy = page.headers.get('Content-Security-Policy') ?? '';
      for (const rule of ["default-src 'none'", "script-src 'self'", "frame-ancestors 'none'"]) {
        assert.ok(policy.includes(rule), `${rule} in ${policy}`);
      }
      assert.ok(!policy.includes('unsafe'), policy);
      assert.match(await page.text(), /<natter-admin><\/natter-admin>/);
    });
  });

  describe('console sign-in with a password', () => {
    const server = useServer(backend, {adminToken: undefined});

    it('is off until a token or a password is set, then takes the password only', async () => {
      const off = await signIn(server.current, PASSWORD);
      assert.equal(off.response.status, 403);
      await setAdminPassword(server.current.running.comments.services.db, PASSWORD);
      const stored = await server.current.running.comments.services.db
        .selectFrom('natter_settings')
        .select('value')
        .where('key', '=', 'admin_password')
        .executeTakeFirstOrThrow();
      assert.match(stored.value, /^scrypt\$65536\$8\$1\$/);
      assert.ok(!stored.value.includes(PASSWORD));
      assert.equal((await signIn(server.current, PASSWORD)).response.status, 200);
      assert.equal((await signIn(server.current, `${PASSWORD}!`)).response.status, 401);
    });

    it('limits failed sign-ins per address', async () => {
      const statuses: number[] = [];
      for (let i = 0; i < 7; i++) {
        statuses.push((await signIn(server.current, `wrong guess ${i}`)).response.status);
      }
      assert.deepEqual(statuses.slice(0, 4), [401, 401, 401, 401]);
      const last = await signIn(server.current, PASSWORD);
      assert.equal(last.response.status, 429, 'even the right password waits');
      assert.ok(Number(last.response.headers.get('Retry-After')) > 0);
    });
  });
});

describe('natter-server admin-password', () => {
  it('stores the piped password as a hash, refuses a short one, and removes it', async (t) => {
    const {mkdtempSync, rmSync} = await import('node:fs');
    const {tmpdir} = await import('node:os');
    const {join} = await import('node:path');
    const dir = mkdtempSync(join(tmpdir(), 'natter-password-'));
    t.after(() => rmSync(dir, {recursive: true, force: true}));
    const database = join(dir, 'natter.db');
    const short = await runCommand(['admin-password', '--database', database], {}, 'short\n');
    assert.equal(short.code, 1);
    assert.match(short.stderr, /at least 12 characters/);
    const set = await runCommand(['admin-password', '--database', database], {}, `${PASSWORD}\n`);
    assert.equal(set.code, 0, set.stderr);
    assert.match(set.stdout, /set the console password/);
    const removed = await runCommand(['admin-password', '--remove', '--database', database]);
    assert.equal(removed.code, 0, removed.stderr);
    assert.match(removed.stdout, /removed the console password/);
  });
});
