import {createLocalAdapter} from '../../src/adapters/local.js';
import {describeAdapterConformance} from '../../src/testing/conformance.js';

let n = 0;

describeAdapterConformance('local adapter', () => {
  const storageKey = `natter:conformance:${++n}:${Date.now()}`;
  const adapter = createLocalAdapter({storageKey});
  return {
    adapter,
    thread: `/conformance/local-${n}`,
    holdNext: () => adapter.holdNext(),
    // Another adapter on the same key, as another person: a second tab with its own identity.
    createPeer: () => createLocalAdapter({storageKey, authorToken: `peer-${n}`}),
    createShortEditWindow: () => ({
      adapter: createLocalAdapter({storageKey: `${storageKey}:short`, editWindowMs: 1000}),
      windowMs: 1000,
    }),
    cleanup: () => {
      for (const key of Object.keys(localStorage)) {
        if (key.startsWith(storageKey)) localStorage.removeItem(key);
      }
    },
  };
});
