import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {parseCliOptions} from '../src/cli-options.js';
import {createCommentsApp} from '../src/app.js';
import {resolveOptions} from '../src/options.js';
import {identiconSvg} from '../src/domain/avatar.js';
import {normaliseThreadKey} from '../src/domain/thread-key.js';
import {MemoryBuckets, RateLimiter} from '../src/http/rate-limit.js';
import {decodeCursor, encodeCursor} from '../src/store/cursor.js';
import {newId} from '../src/store/ids.js';

describe('thread keys', () => {
  it('normalises paths and keeps other keys as given', () => {
    const cases: [string, string][] = [
      ['/a', '/a'],
      ['/a/', '/a'],
      ['/a///', '/a'],
      ['/a?utm=x', '/a'],
      ['/a/#comments', '/a'],
      ['/', '/'],
      ['//', '/'],
      ['/?x', '/'],
      ['  /a/b/  ', '/a/b'],
      ['post-123', 'post-123'],
      ['  post 123?x  ', 'post 123?x'],
      ['/it\'s/"quoted"/..', '/it\'s/"quoted"/..'],
    ];
    for (const [raw, key] of cases) assert.equal(normaliseThreadKey(raw), key, raw);
  });

  it('refuses empty, overlong and control-character keys', () => {
    for (const raw of ['', '   ', 'a\nb', 'a\u0000', 'x'.repeat(513), 42, undefined]) {
      assert.throws(() => normaliseThreadKey(raw), {code: 'validation', field: 'thread'});
    }
    assert.equal(normaliseThreadKey('é'.repeat(512)).length, 512);
  });
});

describe('ids and cursors', () => {
  it('makes ids that sort in creation order, even within one millisecond', () => {
    const now = Date.now();
    const ids = [newId(now), newId(now), newId(now), newId(now + 1), newId(now + 1000)];
    assert.deepEqual([...ids].sort(), ids);
    assert.equal(new Set(ids).size, ids.length);
  });

  it('round-trips cursors and refuses anything else', () => {
    const cursor = {createdAt: '2026-11-27T10:15:00.000Z', id: '01abc'};
    assert.deepEqual(decodeCursor(encodeCursor(cursor)), cursor);
    assert.equal(decodeCursor(undefined), undefined);
    const forged = Buffer.from(JSON.stringify(['2026-11-27', "x' or 1=1"])).toString('base64url');
    for (const raw of ['', '!!', 'e30', forged]) {
      assert.throws(() => decodeCursor(raw), {code: 'validation', field: 'cursor'});
    }
  });
});

describe('rate limiter', () => {
  it('spends tokens, refuses with the wait in seconds, and refills over time', async () => {
    let now = 1_000_000;
    const limiter = new RateLimiter(
      {count: 2, perSeconds: 60},
      'posts',
      'posts',
      new MemoryBuckets(() => now),
    );
    await limiter.take('a');
    await limiter.take('a');
    await assert.rejects(limiter.take('a'), {status: 429, retryAfter: 30});
    await limiter.take('b'); // another key has its own bucket
    now += 20_000;
    await assert.rejects(limiter.take('a'), {retryAfter: 10});
    now += 10_000;
    await limiter.take('a');
  });

  it('checks without spending, and spends only when told', async () => {
    const limiter = new RateLimiter(
      {count: 2, perSeconds: 3600},
      'email',
      'posts',
      new MemoryBuckets(),
    );
    for (let i = 0; i < 10; i++) await limiter.check('a');
    await limiter.spend('a');
    await limiter.check('a');
    await limiter.spend('a');
    await assert.rejects(limiter.check('a'), {status: 429});
  });

  it('lets everything through when off', async () => {
    const limiter = new RateLimiter(false, 'posts', 'posts', new MemoryBuckets());
    for (let i = 0; i < 1000; i++) await limiter.take('a');
  });
});

describe('avatars', () => {
  it('draws the same picture for the same hash and another for another', () => {
    const a = identiconSvg('ab'.repeat(32));
    assert.equal(a, identiconSvg('ab'.repeat(32)));
    assert.notEqual(a, identiconSvg('cd'.repeat(32)));
    assert.match(a, /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]*>.*<\/svg>$/);
    assert.doesNotMatch(a, /script|href/);
  });
});

describe('command line', () => {
  it('reads flags before environment variables before defaults', () => {
    const options = parseCliOptions(
      ['--port', '9000', '--moderation', 'all', '--rate-posts', 'off'],
      {
        PORT: '1234',
        HOST: '0.0.0.0',
        DATABASE_URL: 'postgres://db/natter',
        NATTER_ORIGINS: 'https://a.example, https://b.example',
        NATTER_RATE_READS: '50/10',
        NATTER_TRUSTED_PROXIES: '127.0.0.1, 10.0.0.0/8,::1',
        NATTER_MAX_STREAMS_PER_ADDRESS: '5',
      },
    );
    assert.equal(options.port, 9000);
    assert.equal(options.host, '0.0.0.0');
    assert.equal(options.database, 'postgres://db/natter');
    assert.deepEqual(options.origins, ['https://a.example', 'https://b.example']);
    assert.equal(options.moderation, 'all');
    assert.deepEqual(options.trustedProxies, ['127.0.0.1', '10.0.0.0/8', '::1']);
    assert.equal(options.proxyHops, 1);
    assert.equal(options.maxStreamsPerAddress, 5);
    assert.deepEqual(options.rateLimits?.reads, {count: 50, perSeconds: 10});
    assert.equal(options.rateLimits?.posts, false);
    const defaults = parseCliOptions([], {});
    assert.equal(defaults.port, 8787);
    assert.equal(defaults.host, '127.0.0.1');
    assert.equal(defaults.database, './natter.db');
    assert.equal(defaults.moderation, 'none');
    assert.deepEqual(defaults.trustedProxies, []);
    assert.equal(defaults.maxStreams, 5000);
    assert.equal(defaults.maxStreamsPerAddress, 20);
    assert.equal(defaults.streamLifetimeMs, 1_800_000);
    const streams = ['--max-streams', '7', '--stream-lifetime', '90', '--proxy-hops', '2'];
    const set = parseCliOptions([...streams, '--trusted-proxies', '::1'], {});
    assert.equal(set.maxStreams, 7);
    assert.equal(set.streamLifetimeMs, 90_000);
    assert.equal(set.proxyHops, 2);
    assert.deepEqual(defaults.cache, {maxAge: 5, staleWhileRevalidate: 30});
    const cache = parseCliOptions(['--cache-max-age', '0'], {NATTER_CACHE_STALE: '120'});
    assert.deepEqual(cache.cache, {maxAge: 0, staleWhileRevalidate: 120});
    assert.throws(() => parseCliOptions(['--cache-stale', '-1'], {}), /--cache-stale/);
    assert.throws(
      () => resolveOptions({database: 'x.db', cache: {maxAge: 1.5}}),
      /cache.maxAge must be/,
    );
  });

  it('refuses the old --trust-proxy, which believed any peer, and names the new flag', () => {
    assert.throws(() => parseCliOptions(['--trust-proxy'], {}), /--trusted-proxies/);
    assert.throws(() => parseCliOptions([], {NATTER_TRUST_PROXY: '1'}), /--trusted-proxies/);
    assert.throws(() => resolveOptions({database: 'x.db', trustProxy: true}), /trustedProxies/);
    assert.throws(
      () => resolveOptions({database: 'x.db', trustedProxies: ['10.0.0.0/8'], proxyHops: 0}),
      /hop count/,
    );
    assert.throws(
      () => resolveOptions({database: 'x.db', proofOfWork: 20_000_000}),
      /proofOfWork must be/,
    );
  });

  it('explains bad values', () => {
    assert.throws(() => parseCliOptions(['--moderation', 'some'], {}), /--moderation must be/);
    assert.throws(() => parseCliOptions(['--port', 'eighty'], {}), /--port must be a whole number/);
    assert.throws(() => parseCliOptions(['--rate-posts', '5'], {}), /--rate-posts must look like/);
    assert.throws(() => parseCliOptions(['--frobnicate'], {}), /Unknown option/);
    for (const bad of ['10.0.0.0/33', 'proxy.example', '::1/129', '1.2.3.4/8/1', '10.0.0/8']) {
      assert.throws(
        () => parseCliOptions(['--trusted-proxies', bad], {}),
        /not an IP address or CIDR/,
        bad,
      );
    }
    assert.throws(() => parseCliOptions(['--max-streams', '0'], {}), /--max-streams must be/);
    assert.throws(() => parseCliOptions(['--proxy-hops', '0'], {}), /--proxy-hops must be/);
    assert.throws(
      () => parseCliOptions(['--proof-of-work', '99999999'], {}),
      /--proof-of-work must be/,
    );
    assert.throws(() => parseCliOptions(['--stream-lifetime', 'x'], {}), /whole number/);
  });

  it('takes an admin token of 32 or more characters from a flag, a file or the environment', () => {
    const token = 'a'.repeat(16) + 'B'.repeat(16);
    const dir = mkdtempSync(join(tmpdir(), 'natter-token-'));
    try {
      const file = join(dir, 'admin-token');
      writeFileSync(file, `${token}\n`);
      assert.equal(parseCliOptions(['--admin-token-file', file], {}).adminToken, token);
      assert.equal(parseCliOptions([], {NATTER_ADMIN_TOKEN_FILE: file}).adminToken, token);
      assert.equal(parseCliOptions([], {NATTER_ADMIN_TOKEN: token}).adminToken, token);
      assert.equal(parseCliOptions(['--admin-token', token], {}).adminToken, token);
      assert.equal(parseCliOptions([], {}).adminToken, undefined);
      writeFileSync(file, 'short\n');
      assert.throws(
        () => parseCliOptions(['--admin-token-file', file], {}),
        /at least 32 visible ASCII characters .*got 5/,
      );
      assert.throws(
        () => parseCliOptions(['--admin-token-file', join(dir, 'missing')], {}),
        /--admin-token-file: cannot read/,
      );
      assert.throws(
        () => parseCliOptions(['--admin-token-file', file, '--admin-token', token], {}),
        /not both/,
      );
    } finally {
      rmSync(dir, {recursive: true, force: true});
    }
    for (const weak of ['x', 'a'.repeat(31), `${'a'.repeat(31)} `, `${'a'.repeat(32)} b`]) {
      assert.throws(() => parseCliOptions(['--admin-token', weak], {}), /at least 32/, weak);
      assert.throws(() => parseCliOptions([], {NATTER_ADMIN_TOKEN: weak}), /at least 32/, weak);
    }
  });

  it('refuses a short admin token when used as a library too', async () => {
    await assert.rejects(
      createCommentsApp({database: ':memory:', adminToken: 'too-short'}),
      /at least 32/,
    );
  });
});
