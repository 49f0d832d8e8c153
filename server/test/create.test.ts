import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {forEachBackend} from './support/backends.js';
import {draft, useServer} from './support/server.js';

const AUTHOR = {'X-Natter-Author': 'author-token-create-1'};

forEachBackend((backend) => {
  describe('creating comments', () => {
    const server = useServer(backend);

    it('publishes a comment and returns it without the email address', async () => {
      const {status, body} = await server.current.postJson(
        '/api/comments',
        draft('/create/basic'),
        {
          ...AUTHOR,
          'Idempotency-Key': 'basic-1',
        },
      );
      assert.equal(status, 201);
      const {comment} = body;
      assert.match(comment.id, /^[0-9a-z]{26}$/);
      assert.equal(comment.parentId, null);
      assert.equal(comment.status, 'published');
      assert.equal(comment.author.name, 'Ada');
      assert.equal(comment.author.url, 'https://ada.example/');
      assert.match(comment.author.avatar, /^\/api\/avatars\/[0-9a-f]{64}\.svg$/);
      assert.ok(!Number.isNaN(Date.parse(comment.createdAt)));
      assert.ok(!JSON.stringify(body).includes('ada@example.com'));
      assert.equal('email' in comment.author, false);
    });

    it('trims the body and ignores fields a client must not set', async () => {
      const {status, body} = await server.current.postJson(
        '/api/comments',
        draft('/create/trim', {
          body: '  Hello there \n',
          id: 'forged',
          status: 'deleted',
          createdAt: '2000-01-01T00:00:00.000Z',
        }),
      );
      assert.equal(status, 201);
      assert.equal(body.comment.body, 'Hello there');
      assert.notEqual(body.comment.id, 'forged');
      assert.equal(body.comment.status, 'published');
      assert.notEqual(body.comment.createdAt, '2000-01-01T00:00:00.000Z');
    });

    it('gives one avatar per author token, never per typed email, and serves it as SVG', async () => {
      const post = (email: string, headers: Record<string, string> = {}) =>
        server.current.postJson(
          '/api/comments',
          draft('/create/avatar', {author: {name: 'Ada', email}}),
          headers,
        );
      const a = (await post('ada@example.com', AUTHOR)).body.comment.author.avatar;
      const b = (await post('bob@example.com', AUTHOR)).body.comment.author.avatar;
      const c = (await post('ada@example.com')).body.comment.author.avatar;
      const d = (await post('ada@example.com')).body.comment.author.avatar;
      const e = (await post('ada@example.com', {'X-Natter-Author': 'another-browser'})).body.comment
        .author.avatar;
      assert.equal(a, b, 'one browser, one avatar');
      assert.equal(new Set([a, c, d, e]).size, 4, 'the email links nothing');
      const response = await server.current.request(a);
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('content-type'), 'image/svg+xml');
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
      assert.equal(response.headers.get('content-security-policy'), "default-src 'none'");
      assert.match(await response.text(), /^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
      assert.equal((await server.current.request('/api/avatars/not-a-hash.svg')).status, 404);
    });

    it('answers a bot with a decoy that reveals nothing about the email it sent', async () => {
      const s = server.current;
      const alice = await s.postJson(
        '/api/comments',
        draft('/create/oracle', {author: {name: 'Alice', email: 'alice@example.com'}}),
      );
      const decoys = [];
      for (const email of ['alice@example.com', 'ALICE@example.com', 'alice@example.com']) {
        const bot = draft('/create/oracle', {author: {name: 'Alice', email}, honeypot: 'x'});
        const {status, body} = await s.postJson('/api/comments', bot);
        assert.equal(status, 201);
        decoys.push(body.comment.author.avatar);
      }
      assert.equal(new Set([alice.body.comment.author.avatar, ...decoys]).size, 4);
      assert.ok(decoys.every((avatar) => /^\/api\/avatars\/[0-9a-f]{64}\.svg$/.test(avatar)));
    });

    it('shapes a decoy like a real answer to the same request', async () => {
      const s = server.current;
      const token = {'X-Natter-Author': 'shape-check-token'};
      const text = {body: 'Some *shape*'};
      const real = await s.postJson('/api/comments', draft('/create/shape', text), token);
      const bot = await s.postJson(
        '/api/comments',
        draft('/create/shape', {...text, honeypot: 'x'}),
        token,
      );
      assert.equal(bot.status, real.status);
      const keys = (comment: object) => Object.keys(comment).sort();
      assert.deepEqual(keys(bot.body.comment), keys(real.body.comment));
      assert.equal(bot.body.comment.body, 'Some shape');
    });

    it('treats /a, /a/ and /a?utm=x#top as one thread and other keys literally', async () => {
      await server.current.postJson('/api/comments', draft('/norm/a/?utm=x#top'));
      await server.current.postJson('/api/comments', draft('/norm/a'));
      for (const key of ['/norm/a', '/norm/a/', '/norm/a//', '/norm/a?x=1']) {
        const {body} = await server.current.getJson(
          `/api/comments?thread=${encodeURIComponent(key)}`,
        );
        assert.equal(body.total, 2, key);
      }
      const odd = `  post-'1"; drop table comments; --/..  `;
      assert.equal((await server.current.postJson('/api/comments', draft(odd))).status, 201);
      const {body} = await server.current.getJson(
        `/api/comments?thread=${encodeURIComponent(odd.trim())}`,
      );
      assert.equal(body.total, 1);
      const root = await server.current.getJson(`/api/comments?thread=${encodeURIComponent('/')}`);
      assert.equal(root.body.total, 0);
    });

    it('returns the first comment again for a retried Idempotency-Key', async () => {
      const headers = {...AUTHOR, 'Idempotency-Key': 'retry-key-1'};
      const payload = draft('/create/retry');
      const first = await server.current.postJson('/api/comments', payload, headers);
      const again = await server.current.postJson('/api/comments', payload, headers);
      assert.equal(first.status, 201);
      assert.equal(again.status, 200);
      assert.deepEqual(again.body.comment, first.body.comment);
    });

    it('makes exactly one comment from 20 concurrent requests with one key', async () => {
      const before = await server.current.rowCount();
      const headers = {...AUTHOR, 'Idempotency-Key': 'race-key-1'};
      const payload = draft('/create/race');
      const results = await Promise.all(
        Array.from({length: 20}, () => server.current.postJson('/api/comments', payload, headers)),
      );
      assert.equal(await server.current.rowCount(), before + 1);
      const statuses = results.map((r) => r.status).sort((a, b) => b - a);
      assert.deepEqual(statuses, [201, ...Array<number>(19).fill(200)]);
      const ids = new Set(results.map((r) => r.body.comment.id));
      assert.equal(ids.size, 1);
      const {body} = await server.current.getJson('/api/comments?thread=/create/race');
      assert.equal(body.total, 1);
    });

    it('refuses a key that another author already used', async () => {
      const payload = draft('/create/stolen-key');
      await server.current.postJson('/api/comments', payload, {
        ...AUTHOR,
        'Idempotency-Key': 'shared',
      });
      const {status, body} = await server.current.postJson('/api/comments', payload, {
        'X-Natter-Author': 'someone-else-token',
        'Idempotency-Key': 'shared',
      });
      assert.equal(status, 409);
      assert.equal(body.error.code, 'duplicate');
    });

    it('answers 409 when the same author posts the same text again under a new key', async () => {
      const payload = draft('/create/dupe', {body: 'Same words twice'});
      const first = await server.current.postJson('/api/comments', payload, {
        'Idempotency-Key': 'd-1',
      });
      const second = await server.current.postJson('/api/comments', payload, {
        'Idempotency-Key': 'd-2',
      });
      assert.equal(first.status, 201);
      assert.equal(second.status, 409);
      assert.equal(second.body.error.code, 'duplicate');
      const other = draft('/create/dupe', {
        body: 'Same words twice',
        author: {name: 'Bo', email: 'bo@example.com'},
      });
      assert.equal((await server.current.postJson('/api/comments', other)).status, 201);
    });

    it('answers a filled honeypot with a quiet 201 and stores nothing', async () => {
      const before = await server.current.rowCount();
      const {status, body} = await server.current.postJson(
        '/api/comments',
        draft('/create/bot', {honeypot: 'http://spam.example'}),
      );
      assert.equal(status, 201);
      assert.equal(body.comment.status, 'pending');
      assert.equal(await server.current.rowCount(), before);
      const list = await server.current.getJson('/api/comments?thread=/create/bot');
      assert.equal(list.body.total, 0);
    });
  });

  describe('minimum fill time', () => {
    const server = useServer(backend, {minFillMs: 3000});

    it('quietly drops posts made faster than a person types, and keeps the others', async () => {
      const before = await server.current.rowCount();
      const fast = await server.current.postJson('/api/comments', draft('/fill', {elapsedMs: 200}));
      const unknown = await server.current.postJson(
        '/api/comments',
        draft('/fill', {elapsedMs: undefined}),
      );
      assert.equal(fast.status, 201);
      assert.equal(fast.body.comment.status, 'pending');
      assert.equal(unknown.status, 201);
      assert.equal(await server.current.rowCount(), before);
      const slow = await server.current.postJson(
        '/api/comments',
        draft('/fill', {elapsedMs: 4000}),
      );
      assert.equal(slow.body.comment.status, 'published');
      assert.equal(await server.current.rowCount(), before + 1);
    });
  });
});
