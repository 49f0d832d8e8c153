/**
 * The adapter conformance suite for Node's own test runner (`node --test`),
 * which does not put `describe`/`it` in globals. The same cases, fixture and
 * options as `natter/testing`; each test and hook gets `options.timeout`.
 * Nothing here needs a DOM.
 *
 * @example
 * import {describeAdapterConformance} from 'natter/testing/node';
 * describeAdapterConformance('my adapter', async () => ({
 *   adapter: createMyAdapter({endpoint}),
 *   thread: `conformance-${crypto.randomUUID()}`,
 * }));
 */
import {afterEach, beforeEach, describe, it} from 'node:test';
import type {ConformanceOptions} from './kit.js';
import {registerSuite, type CreateFixture} from './suite.js';

export {ConformanceError} from './assert.js';
export type {
  ConformanceFeature,
  ConformanceFixture,
  ConformanceOptions,
  ModeratedBackend,
  ShortEditWindow,
} from './kit.js';

/** Registers the conformance tests for an adapter with node:test. */
export function describeAdapterConformance(
  name: string,
  createFixture: CreateFixture,
  options: ConformanceOptions = {},
): void {
  const timeout = options.timeout ?? 30_000;
  registerSuite(
    {
      describe: (title, body) => void describe(title, body),
      it: (title, body) =>
        void it(title, {timeout}, (t: {skip(message?: string): void}) => body(t)),
      beforeEach: (body) => beforeEach(body, {timeout}),
      afterEach: (body) => afterEach(body, {timeout}),
    },
    name,
    createFixture,
    options,
  );
}
