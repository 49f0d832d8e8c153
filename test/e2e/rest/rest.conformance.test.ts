import {createRestAdapter} from '../../../src/adapters/rest.js';
import type {CommentsAdapter} from '../../../src/adapters/types.js';
import {describeAdapterConformance} from '../../../src/testing/conformance.js';
import {run, servers} from './test-servers.js';

// The rest adapter through the whole conformance suite against the real
// server. holdNext() sends the next create to the second server on the same
// database, which holds every comment; reads still go to the first, so the
// held comment must come back through the author token like any other.
let n = 0;

describeAdapterConformance(`rest (${servers.database})`, () => {
  const token = `e2e-${run}-${++n}-reader`;
  const adapter = createRestAdapter({endpoint: servers.main, authorToken: token});
  const holding = createRestAdapter({endpoint: servers.held, authorToken: token});
  let holdNext = false;
  const fixtureAdapter: CommentsAdapter = {
    ...adapter,
    create(thread, draft, options) {
      const target = holdNext ? holding : adapter;
      holdNext = false;
      return target.create(thread, draft, options);
    },
  };
  return {
    adapter: fixtureAdapter,
    thread: `/e2e/${run}/conformance-${n}`,
    holdNext: () => void (holdNext = true),
    createPeer: () => createRestAdapter({endpoint: servers.main, authorToken: `${token}-peer`}),
    createShortEditWindow: () => ({
      adapter: createRestAdapter({endpoint: servers.short, authorToken: token}),
      windowMs: 2400,
    }),
  };
});
