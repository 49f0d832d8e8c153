import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {AddressClient, canUseLoopbackAliases} from './support/address.js';
import {forEachBackend} from './support/backends.js';
import {draft, useServer} from './support/server.js';

const PROXY = '127.0.0.2';
const STRANGER = '127.0.0.3';

forEachBackend((backend) => {
  describe('trusted proxies', () => {
    const server = useServer(backend, {
      trustedProxies: [PROXY, '10.0.0.0/8'],
      origins: [],
      rateLimits: {reads: false, posts: {count: 1, perSeconds: 600}, postsPerEmail: false},
    });

    it('counts an untrusted peer by its socket, whatever X-Forwarded-For it sends', async (t) => {
      const s = server.current;
      if (!(await canUseLoopbackAliases(s.url))) return t.skip('cannot bind 127.0.0.2');
      const stranger = new AddressClient(s.url, STRANGER, 1);
      try {
        const as = (forwarded: string) =>
          stranger.post('/api/comments', draft('/proxies/spoof'), {'X-Forwarded-For': forwarded});
        assert.equal((await as('198.51.100.1')).status, 201);
        const spoofed = await as('198.51.100.2');
        assert.equal(spoofed.status, 429, 'a new forged address buys no new budget');
        assert.ok(Number(spoofed.headers['retry-after']) >= 1);
      } finally {
        stranger.close();
      }
    });

    it('believes a listed proxy, its last hop only, and groups IPv6 clients by /64', async (t) => {
      const s = server.current;
      if (!(await canUseLoopbackAliases(s.url))) return t.skip('cannot bind 127.0.0.2');
      const proxy = new AddressClient(s.url, PROXY, 1);
      try {
        const via = async (forwarded: string) =>
          (await proxy.post('/api/comments', draft('/proxies/ok'), {'X-Forwarded-For': forwarded}))
            .status;
        assert.equal(await via('198.51.100.1'), 201);
        assert.equal(await via('anything, 198.51.100.1'), 429);
        assert.equal(await via('198.51.100.1, 198.51.100.3'), 201);
        assert.equal(await via('2001:db8:0:1::1'), 201);
        assert.equal(await via('2001:db8:0:1:ffff:ffff:ffff:ffff'), 429, 'same /64');
        assert.equal(await via('2001:db8:0:2::1'), 201, 'the next /64 is someone else');
      } finally {
        proxy.close();
      }
    });

    it('believes X-Forwarded-Host and -Proto from a listed proxy only', async (t) => {
      const s = server.current;
      if (!(await canUseLoopbackAliases(s.url))) return t.skip('cannot bind 127.0.0.2');
      const headers = {
        Origin: 'https://blog.example',
        'X-Forwarded-Host': 'blog.example',
        'X-Forwarded-Proto': 'https',
        'X-Forwarded-For': '198.51.100.50',
      };
      const proxy = new AddressClient(s.url, PROXY, 1);
      const stranger = new AddressClient(s.url, '127.0.0.4', 1);
      try {
        const fromStranger = await stranger.post('/api/comments', draft('/proxies/o'), headers);
        assert.equal(fromStranger.status, 403);
        const fromProxy = await proxy.post('/api/comments', draft('/proxies/o'), headers);
        assert.equal(fromProxy.status, 201);
      } finally {
        proxy.close();
        stranger.close();
      }
    });
  });

  describe('a chain of two trusted proxies', () => {
    const server = useServer(backend, {
      trustedProxies: [PROXY],
      proxyHops: 2,
      rateLimits: {reads: false, posts: {count: 1, perSeconds: 600}, postsPerEmail: false},
    });

    it('takes the client from the second entry from the right', async (t) => {
      const s = server.current;
      if (!(await canUseLoopbackAliases(s.url))) return t.skip('cannot bind 127.0.0.2');
      const proxy = new AddressClient(s.url, PROXY, 1);
      try {
        const via = async (forwarded: string) =>
          (await proxy.post('/api/comments', draft('/proxies/two'), {'X-Forwarded-For': forwarded}))
            .status;
        assert.equal(await via('198.51.100.9, 10.0.0.7'), 201);
        assert.equal(await via('forged, 198.51.100.9, 10.0.0.8'), 429, 'same client, other edge');
        assert.equal(await via('198.51.100.10, 10.0.0.7'), 201);
      } finally {
        proxy.close();
      }
    });
  });
});
