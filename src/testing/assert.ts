/**
 * The few assertions the conformance suite needs, so it runs under any test
 * runner without bringing an assertion library along.
 */

/** Thrown when an adapter does not do what the contract says. */
export class ConformanceError extends Error {
  override readonly name = 'AssertionError';
}

function show(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

export function ok(condition: unknown, message: string): asserts condition {
  if (!condition) throw new ConformanceError(message);
}

export function equal<T>(actual: T, expected: T, message: string): void {
  if (!Object.is(actual, expected)) {
    throw new ConformanceError(`${message}: expected ${show(expected)}, got ${show(actual)}`);
  }
}

/** Equality of plain JSON values (arrays in order, objects by key). */
export function deepEqual(actual: unknown, expected: unknown, message: string): void {
  const sortKeys = (value: unknown): unknown =>
    Array.isArray(value)
      ? value.map(sortKeys)
      : value && typeof value === 'object'
        ? Object.fromEntries(
            Object.entries(value)
              .sort(([a], [b]) => (a < b ? -1 : 1))
              .map(([k, v]) => [k, sortKeys(v)]),
          )
        : value;
  if (show(sortKeys(actual)) !== show(sortKeys(expected))) {
    throw new ConformanceError(`${message}: expected ${show(expected)}, got ${show(actual)}`);
  }
}

/** The parts of an `AdapterError` the suite checks (duck-typed, so any copy of the class passes). */
export interface ErrorLike {
  name: string;
  code: string;
  field?: string;
  retryAfter?: number;
}

/**
 * Awaits `promise`, which must reject with an `AdapterError` of `code`
 * (and `field`, when given). Returns the error for further checks.
 */
export async function rejectsWith(
  promise: Promise<unknown>,
  code: string,
  message: string,
  field?: string,
): Promise<ErrorLike> {
  let value: unknown;
  try {
    value = await promise;
  } catch (error) {
    const e = error as Partial<ErrorLike> | null;
    ok(
      e && e.name === 'AdapterError' && typeof e.code === 'string',
      `${message}: expected an AdapterError, got ${String(error)}`,
    );
    equal(e.code, code, `${message}: error code`);
    if (field !== undefined) equal(e.field, field, `${message}: error field`);
    return e as ErrorLike;
  }
  throw new ConformanceError(`${message}: expected a rejection (${code}), got ${show(value)}`);
}
