// The conformance suite under Node's own test runner: `node --test test/node.test.js`.
// The adapter needs no DOM, so neither does this setup.
import {after} from 'node:test';
import {describeAdapterConformance} from 'natter/testing/node';
import {startServer} from '../server.js';
import {conformanceFixture} from './fixture.js';

const open = await startServer();
const moderated = await startServer({moderation: 'all'});
after(() => Promise.all([open.close(), moderated.close()]));

describeAdapterConformance(
  'json-api adapter (node)',
  conformanceFixture({open: open.url, moderated: moderated.url}),
  {timeout: 10_000},
);
