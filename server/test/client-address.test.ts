import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {limitKey, parseTrustedProxies, resolveClientAddress} from '../src/http/client-address.js';

describe('client address behind proxies', () => {
  const trust = parseTrustedProxies(['127.0.0.1', '10.0.0.0/8', '::1']);
  const twoHops = parseTrustedProxies(['10.0.0.0/8'], 2);

  it('believes X-Forwarded-For only from a listed peer', () => {
    assert.equal(resolveClientAddress('203.0.113.9', '198.51.100.1', trust), '203.0.113.9');
    assert.equal(resolveClientAddress('10.1.2.3', '198.51.100.1', trust), '198.51.100.1');
    assert.equal(resolveClientAddress('::ffff:10.1.2.3', '198.51.100.1', trust), '198.51.100.1');
    assert.equal(resolveClientAddress('::1', 'x, 2001:db8::5', trust), '2001:db8::5');
    assert.equal(resolveClientAddress('11.0.0.1', '198.51.100.1', trust), '11.0.0.1');
    assert.equal(resolveClientAddress('10.1.2.3', '198.51.100.1', null), '10.1.2.3');
  });

  it('takes the entry as many hops from the right as there are proxies', () => {
    const chain = '192.0.2.66, 198.51.100.7, 10.0.0.5';
    assert.equal(resolveClientAddress('10.0.0.9', chain, trust), '10.0.0.5');
    assert.equal(resolveClientAddress('10.0.0.9', chain, twoHops), '198.51.100.7');
    assert.equal(resolveClientAddress('10.0.0.9', '198.51.100.7', twoHops), '198.51.100.7');
  });

  it('falls back to the peer when the chosen entry is not an address', () => {
    assert.equal(resolveClientAddress('10.0.0.9', 'unknown', trust), '10.0.0.9');
    assert.equal(resolveClientAddress('10.0.0.9', '', trust), '10.0.0.9');
    assert.equal(resolveClientAddress('10.0.0.9', '[2001:db8::1]', trust), '2001:db8::1');
  });

  it('groups IPv6 clients by /64 and keeps IPv4 addresses whole', () => {
    const key = limitKey('2001:db8:0:1::1');
    assert.equal(key, '2001:db8:0:1::/64');
    assert.equal(limitKey('2001:0db8:0000:0001:ffff:ffff:ffff:ffff'), key);
    assert.equal(limitKey('2001:db8:0:1:a:b:c:d'), key);
    assert.notEqual(limitKey('2001:db8:0:2::1'), key);
    assert.equal(limitKey('::1'), '0:0:0:0::/64');
    assert.equal(limitKey('fe80::1%eth0'), 'fe80:0:0:0::/64');
    assert.equal(limitKey('64:ff9b::192.0.2.1'), '64:ff9b:0:0::/64');
    assert.equal(limitKey('198.51.100.1'), '198.51.100.1');
  });

  it('refuses entries that are not addresses or CIDR blocks, and odd hop counts', () => {
    assert.equal(parseTrustedProxies([' ', '']), null);
    assert.throws(() => parseTrustedProxies(['10.0.0.0/x']), /not an IP address/);
    assert.throws(() => parseTrustedProxies(['::1'], 0), /hop count/);
  });
});
