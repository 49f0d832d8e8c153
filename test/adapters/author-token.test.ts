import {expect} from '@open-wc/testing';
import {AUTHOR_TOKEN_KEY, getAuthorToken} from '../../src/adapters/kit/author-token.js';

/** A Storage stand-in backed by a Map, optionally refusing everything. */
function storage(blocked = false): Storage & {map: Map<string, string>} {
  const map = new Map<string, string>();
  const refuse = () => {
    throw new DOMException('blocked', 'SecurityError');
  };
  return Object.assign(Object.create(Storage.prototype) as Storage, {
    map,
    getItem: (key: string) => (blocked ? refuse() : (map.get(key) ?? null)),
    setItem: (key: string, value: string) => (blocked ? refuse() : void map.set(key, value)),
  });
}

describe('getAuthorToken', () => {
  it('creates a random header-safe token on first use and keeps it', () => {
    const a = storage();
    const token = getAuthorToken(a);
    expect(token).to.match(/^[A-Za-z0-9]{16,128}$/);
    expect(a.map.get(AUTHOR_TOKEN_KEY)).to.equal(token);
    expect(getAuthorToken(a)).to.equal(token);
  });

  it('uses the token already stored by an earlier visit', () => {
    const a = storage();
    a.map.set(AUTHOR_TOKEN_KEY, 'earlier-visit-token-123');
    expect(getAuthorToken(a)).to.equal('earlier-visit-token-123');
  });

  it('replaces a stored value that could not be sent as a header', () => {
    const a = storage();
    a.map.set(AUTHOR_TOKEN_KEY, 'bad\nvalue with spaces');
    const token = getAuthorToken(a);
    expect(token).to.match(/^[A-Za-z0-9]{16,128}$/);
    expect(a.map.get(AUTHOR_TOKEN_KEY)).to.equal(token);
  });

  it('keeps one token in memory when storage is blocked', () => {
    const first = getAuthorToken(storage(true));
    expect(first).to.match(/^[A-Za-z0-9]{16,128}$/);
    expect(getAuthorToken(storage(true))).to.equal(first);
  });

  it("uses the page's localStorage by default", () => {
    const token = getAuthorToken();
    expect(localStorage.getItem(AUTHOR_TOKEN_KEY)).to.equal(token);
  });
});
