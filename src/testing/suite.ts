import {registerContextCases} from './cases-context.js';
import {registerCoreCases, type Register} from './cases-core.js';
import {registerErrorCases} from './cases-errors.js';
import {registerOptionalCases} from './cases-optional.js';
import {registerOwnCases} from './cases-own.js';
import {registerPagingCases} from './cases-paging.js';
import {registerThreadKeyCases} from './cases-thread-keys.js';
import {registerVoteCases} from './cases-votes.js';
import {
  SkipSignal,
  TestKit,
  type ConformanceFixture,
  type ConformanceOptions,
  type RunnerContext,
} from './kit.js';

/**
 * The four registering functions, as one test runner offers them. Each entry
 * point (`natter/testing` for runners with globals, `natter/testing/node`
 * for node:test) wraps its runner's own functions in this shape.
 */
export interface SuiteRunner {
  describe(title: string, body: () => void): void;
  /** `body` gets the runner's per-test context, where it can skip a test. */
  it(title: string, body: (context: RunnerContext | undefined) => Promise<void>): void;
  beforeEach(body: () => Promise<void>): void;
  afterEach(body: () => Promise<void>): void;
}

export type CreateFixture = () => ConformanceFixture | Promise<ConformanceFixture>;

/** Registers every conformance case through `runner`. */
export function registerSuite(
  runner: SuiteRunner,
  name: string,
  createFixture: CreateFixture,
  options: ConformanceOptions,
): void {
  runner.describe(`${name}: implements the adapter contract`, () => {
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
      runner.it(title, async (context) => {
        if (!fixture) throw new Error('The fixture was not created (see the beforeEach failure).');
        const kit = new TestKit(fixture, options, context);
        try {
          await body(kit);
        } catch (error) {
          // The runner has marked the test skipped (node:test does not stop it).
          if (!(error instanceof SkipSignal)) throw error;
        } finally {
          await kit.close();
        }
      });
    };

    registerCoreCases(test);
    registerPagingCases(test);
    registerErrorCases(test);
    registerOptionalCases(test);
    registerContextCases(test);
    registerThreadKeyCases(test);
    registerOwnCases(test);
    registerVoteCases(test);
  });
}
