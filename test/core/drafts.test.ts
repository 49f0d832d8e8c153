import {expect} from '@open-wc/testing';
import {
  clearDraft,
  draftStorageKey,
  loadDraft,
  newDraft,
  randomKey,
  saveDraft,
} from '../../src/core/drafts.js';

/** A Storage whose every method throws, like a blocked or full localStorage. */
const brokenStorage = {
  getItem() {
    throw new DOMException('denied', 'SecurityError');
  },
  setItem() {
    throw new DOMException('full', 'QuotaExceededError');
  },
  removeItem() {
    throw new DOMException('denied', 'SecurityError');
  },
} as unknown as Storage;

describe('drafts', () => {
  beforeEach(() => localStorage.clear());

  it('keys drafts per thread and per parent', () => {
    expect(draftStorageKey('/post', null)).to.equal('natter:draft:/post:root');
    expect(draftStorageKey('/post', 'c1')).to.equal('natter:draft:/post:c1');
  });

  it('stores the body, the idempotency key and the start time, and reads them back', () => {
    const draft = {...newDraft(1000), body: 'Half a thought'};
    expect(saveDraft('/post', 'c1', draft)).to.equal(true);
    expect(loadDraft('/post', 'c1')).to.deep.equal(draft);
    expect(loadDraft('/post', null)).to.equal(undefined);
    expect(loadDraft('/other', 'c1')).to.equal(undefined);
  });

  it('forgets a draft when cleared', () => {
    saveDraft('/post', null, {...newDraft(), body: 'x'});
    clearDraft('/post', null);
    expect(localStorage.getItem('natter:draft:/post:root')).to.equal(null);
  });

  it('ignores stored data that is not a draft', () => {
    for (const raw of ['{', 'null', '"text"', '{"body":"x"}', '{"body":1,"idempotencyKey":"k"}']) {
      localStorage.setItem('natter:draft:/post:root', raw);
      expect(loadDraft('/post', null), raw).to.equal(undefined);
    }
  });

  it('gives each new draft its own key', () => {
    const keys = new Set(Array.from({length: 50}, () => newDraft().idempotencyKey));
    expect(keys.size).to.equal(50);
  });

  it('makes a version 4 UUID even where crypto.randomUUID is missing', () => {
    const original = crypto.randomUUID;
    try {
      Object.defineProperty(crypto, 'randomUUID', {value: undefined, configurable: true});
      expect(randomKey()).to.match(
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
      );
    } finally {
      Object.defineProperty(crypto, 'randomUUID', {value: original, configurable: true});
    }
  });

  it('carries on without throwing when storage refuses everything', () => {
    const draft = {...newDraft(), body: 'kept in memory'};
    expect(saveDraft('/post', null, draft, brokenStorage)).to.equal(false);
    expect(loadDraft('/post', null, brokenStorage)).to.equal(undefined);
    expect(() => clearDraft('/post', null, brokenStorage)).not.to.throw();
  });
});
