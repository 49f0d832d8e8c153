/**
 * Sets `record[key]` as an own property. Thread keys are arbitrary text, and
 * a plain assignment of `__proto__` would change the object's prototype
 * instead of adding an entry.
 */
export function setEntry<T>(record: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(record, key, {value, enumerable: true, writable: true, configurable: true});
}
