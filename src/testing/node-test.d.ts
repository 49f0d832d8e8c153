// The part of node:test that src/testing/node.ts uses. The widget's sources
// are typed without Node's own types, which would change browser globals.
declare module 'node:test' {
  interface TestContext {
    skip(message?: string): void;
  }
  interface TimeLimit {
    timeout?: number;
  }
  export function describe(name: string, fn: () => void): Promise<void>;
  export function it(
    name: string,
    options: TimeLimit,
    fn: (t: TestContext) => Promise<void>,
  ): Promise<void>;
  export function beforeEach(fn: () => Promise<void>, options?: TimeLimit): void;
  export function afterEach(fn: () => Promise<void>, options?: TimeLimit): void;
}
