import {expect} from '@open-wc/testing';
import {
  browserStorage,
  forgetIdentity,
  identityStorageKey,
  loadIdentity,
  saveIdentity,
} from '../../src/core/identity.js';

describe('identity', () => {
  beforeEach(() => localStorage.clear());

  it('remembers name, email and website and reads them back', () => {
    const ada = {name: 'Ada', email: 'ada@example.com', url: 'https://ada.example/'};
    expect(saveIdentity(ada)).to.equal(true);
    expect(loadIdentity()).to.deep.equal(ada);
  });

  it('leaves out fields the person left empty', () => {
    saveIdentity({name: 'Ada', email: '', url: ''});
    expect(JSON.parse(localStorage.getItem(identityStorageKey)!)).to.deep.equal({name: 'Ada'});
  });

  it('has nothing until something was saved, and nothing after forgetting', () => {
    expect(loadIdentity()).to.equal(undefined);
    saveIdentity({name: 'Ada'});
    forgetIdentity();
    expect(loadIdentity()).to.equal(undefined);
    expect(localStorage.getItem(identityStorageKey)).to.equal(null);
  });

  it('ignores unreadable or foreign data', () => {
    for (const raw of ['{', '[]', '42', '{"name":7}']) {
      localStorage.setItem(identityStorageKey, raw);
      expect(loadIdentity(), raw).to.equal(undefined);
    }
  });

  it('reports a refusal instead of throwing when storage is full or blocked', () => {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      expect(saveIdentity({name: 'Ada'})).to.equal(false);
    } finally {
      Storage.prototype.setItem = original;
    }
  });

  it('finds no storage, without throwing, where reading localStorage itself throws', () => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('storage is disabled', 'SecurityError');
      },
    });
    try {
      expect(browserStorage()).to.equal(undefined);
      expect(saveIdentity({name: 'Ada'})).to.equal(false);
      expect(loadIdentity()).to.equal(undefined);
      expect(() => forgetIdentity()).not.to.throw();
    } finally {
      delete (window as {localStorage?: Storage}).localStorage;
    }
    expect(browserStorage()).to.equal(window.localStorage);
  });
});
