// The conformance fixture, shared by the Node and the browser setups. It
// gets the addresses of two servers: `open` publishes every comment, and
// `moderated` holds every comment. The API moderates all comments or none,
// so the held-comment cases run on the second server (createModerated)
// instead of asking one server to hold a single comment (holdNext).
import {createJsonApiAdapter} from '../adapter.js';

let n = 0;

/** @param {{open: string, moderated: string}} servers */
export function conformanceFixture(servers) {
  return () => {
    const visitor = `reader-${++n}-${Date.now()}`;
    return {
      adapter: createJsonApiAdapter({endpoint: servers.open, visitor}),
      // A new, empty thread for every test.
      thread: `conformance-${n}-${Date.now()}`,
      // Another reader, in another browser.
      createPeer: () => createJsonApiAdapter({endpoint: servers.open}),
      createModerated: () => ({
        adapter: createJsonApiAdapter({endpoint: servers.moderated, visitor}),
        createPeer: () => createJsonApiAdapter({endpoint: servers.moderated}),
      }),
    };
  };
}
