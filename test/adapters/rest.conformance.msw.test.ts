import {createRestAdapter} from '../../src/adapters/rest.js';
import {describeAdapterConformance} from '../../src/testing/conformance.js';
import {useMockWorker, worker} from './support/msw-worker.js';
import {protocolServer} from './support/protocol-handlers.js';

// The rest adapter through the whole suite against a mocked server that
// follows docs/protocol.md. The real server runs the same suite in its own
// end-to-end tests.
describe('rest adapter on a mocked protocol server', () => {
  useMockWorker();
  let n = 0;

  // The mocked server stores comments in the in-browser store, which does not
  // edit, delete for authors or count votes: those cases run against the real
  // server (rest-sqlite, rest-pg), and rest-own.msw.test.ts checks the wire.
  const own = 'the mocked protocol server has no edit, delete or vote routes';
  const skip = {update: own, remove: own, vote: own, top: own};

  describeAdapterConformance(
    'rest adapter (msw)',
    () => {
      const server = protocolServer('/fake');
      worker.use(...server.handlers);
      const token = `reader-${++n}-0000000000`;
      return {
        adapter: createRestAdapter({endpoint: '/fake', authorToken: token}),
        thread: `/conformance/rest-${n}`,
        holdNext: server.holdNext,
        createPeer: () => createRestAdapter({endpoint: '/fake', authorToken: `${token}-peer`}),
      };
    },
    {skip},
  );
});
