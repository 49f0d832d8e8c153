/**
 * `localStorage`, or `undefined` where even reading the property throws
 * (sandboxed frames, some privacy modes).
 */
export function browserStorage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}
