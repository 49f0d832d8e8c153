// The conformance suite in the browser, under web-test-runner's mocha.
// web-test-runner.config.mjs starts the servers and puts their addresses in
// a global before this file runs.
import {describeAdapterConformance} from 'natter/testing';
import {conformanceFixture} from './fixture.js';

describeAdapterConformance(
  'json-api adapter (browser)',
  conformanceFixture(globalThis.JSON_API_SERVERS),
);
