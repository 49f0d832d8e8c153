/**
 * The adapter conformance suite: the definition of "implements the Natter
 * adapter contract". It registers `describe`/`it` tests with whatever runner
 * provides them as globals (mocha, web-test-runner, vitest with globals,
 * jest), so a third-party adapter can run it in its own test setup. Under
 * Node's own test runner, import it from `natter/testing/node` instead.
 *
 * @example
 * import {describeAdapterConformance} from 'natter/testing';
 * describeAdapterConformance('my adapter', async () => ({
 *   adapter: createMyAdapter({endpoint}),
 *   thread: `conformance-${crypto.randomUUID()}`,
 * }));
 */
import type {ConformanceOptions, RunnerContext} from './kit.js';
import {registerSuite, type CreateFixture, type SuiteRunner} from './suite.js';

export {ConformanceError} from './assert.js';
export type {
  ConformanceFeature,
  ConformanceFixture,
  ConformanceOptions,
  ModeratedBackend,
  ShortEditWindow,
} from './kit.js';

type Body = (this: unknown, ...args: unknown[]) => unknown;
interface RunnerGlobals {
  describe(title: string, body: Body): unknown;
  it(title: string, body: Body): unknown;
  beforeEach(body: Body): unknown;
  afterEach(body: Body): unknown;
}

function runnerGlobals(): RunnerGlobals {
  const g = globalThis as unknown as Partial<RunnerGlobals>;
  for (const name of ['describe', 'it', 'beforeEach', 'afterEach'] as const) {
    if (typeof g[name] !== 'function') {
      throw new Error(
        `describeAdapterConformance needs a global ${name}(): run it under mocha, ` +
          `web-test-runner, jest, or vitest with "globals: true". Under node --test, ` +
          `import it from "natter/testing/node".`,
      );
    }
  }
  return g as RunnerGlobals;
}

function globalRunner(timeout: number): SuiteRunner {
  const g = runnerGlobals();
  return {
    describe(title, body) {
      g.describe(title, function (this: unknown) {
        // mocha lets a suite set its own time limit; other runners use their configuration.
        (this as {timeout?: (ms: number) => void} | undefined)?.timeout?.(timeout);
        body();
      });
    },
    it(title, body) {
      // No declared parameters: mocha would take one for a `done` callback.
      g.it(title, function (this: unknown) {
        // eslint-disable-next-line prefer-rest-params
        const vitestContext = arguments[0] as RunnerContext | undefined;
        const mochaContext = this as RunnerContext | undefined;
        return body(mochaContext && 'skip' in mochaContext ? mochaContext : vitestContext);
      });
    },
    beforeEach: (body) => void g.beforeEach(() => body()),
    afterEach: (body) => void g.afterEach(() => body()),
  };
}

/**
 * Registers the conformance tests for an adapter.
 *
 * @param name Shown in the report, e.g. `'rest adapter'`.
 * @param createFixture Called before every test; returns an adapter and a
 *   thread key no other test used (an empty thread). Offer `holdNext` (or
 *   `createModerated`) and `createPeer` where the backend can, or those
 *   tests are reported skipped.
 * @param options Time limits and features to skip, with reasons.
 */
export function describeAdapterConformance(
  name: string,
  createFixture: CreateFixture,
  options: ConformanceOptions = {},
): void {
  registerSuite(globalRunner(options.timeout ?? 30_000), name, createFixture, options);
}
