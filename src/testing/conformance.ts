/**
 * The adapter conformance suite: the definition of "implements the Natter
 * adapter contract". It registers `describe`/`it` tests with whatever runner
 * provides them as globals (mocha, web-test-runner, vitest with globals,
 * jest), so a third-party adapter can run it in its own test setup.
 *
 * @example
 * import {describeAdapterConformance} from 'natter/testing';
 * describeAdapterConformance('my adapter', async () => ({
 *   adapter: createMyAdapter({endpoint}),
 *   thread: `conformance-${crypto.randomUUID()}`,
 * }));
 */
import {registerContextCases} from './cases-context.js';
import {registerCoreCases, type Register} from './cases-core.js';
import {registerErrorCases} from './cases-errors.js';
import {registerOptionalCases} from './cases-optional.js';
import {registerPagingCases} from './cases-paging.js';
import {registerThreadKeyCases} from './cases-thread-keys.js';
import {TestKit, type ConformanceFixture, type ConformanceOptions} from './kit.js';

export {ConformanceError} from './assert.js';
export type {ConformanceFeature, ConformanceFixture, ConformanceOptions} from './kit.js';

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
          `web-test-runner, jest, or vitest with "globals: true".`,
      );
    }
  }
  return g as RunnerGlobals;
}

/**
 * Registers the conformance tests for an adapter.
 *
 * @param name Shown in the report, e.g. `'rest adapter'`.
 * @param createFixture Called before every test; returns an adapter and a
 *   thread key no other test used (an empty thread). Offer `holdNext` and
 *   `createPeer` where the backend can, or those tests are reported skipped.
 * @param options Time limits and features to skip, with reasons.
 */
export function describeAdapterConformance(
  name: string,
  createFixture: () => ConformanceFixture | Promise<ConformanceFixture>,
  options: ConformanceOptions = {},
): void {
  const runner = runnerGlobals();
  const timeout = options.timeout ?? 30_000;

  runner.describe(`${name}: implements the adapter contract`, function (this: unknown) {
    // mocha lets a suite set its own time limit; other runners use their configuration.
    (this as {timeout?: (ms: number) => void} | undefined)?.timeout?.(timeout);
    let fixture: ConformanceFixture | undefined;

    runner.beforeEach(async () => {
      fixture = await createFixture();
    });
    runner.afterEach(async () => {
      const done = fixture;
      fixture = undefined;
      await done?.cleanup?.();
    });

    const test: Register = (title, body) => {
      // No declared parameters: mocha would take one for a `done` callback.
      runner.it(title, function (this: unknown) {
        // eslint-disable-next-line prefer-rest-params
        const vitestContext = arguments[0] as object | undefined;
        const mochaContext = this as object | undefined;
        const context = mochaContext && 'skip' in mochaContext ? mochaContext : vitestContext;
        if (!fixture) throw new Error('The fixture was not created (see the beforeEach failure).');
        return body(new TestKit(fixture, options, context));
      });
    };

    registerCoreCases(test);
    registerPagingCases(test);
    registerErrorCases(test);
    registerOptionalCases(test);
    registerContextCases(test);
    registerThreadKeyCases(test);
  });
}
