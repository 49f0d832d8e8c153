/** Anything thrown or rejected, as an `Error` (a hand-written adapter may throw a string). */
export function asError(value: unknown): Error {
  return value instanceof Error ? value : new Error(String(value));
}
