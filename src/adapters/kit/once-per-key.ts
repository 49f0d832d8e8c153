/**
 * Idempotency for a backend that has no idempotency keys: `run(key, send)`
 * sends once per key and hands every later call with that key the same
 * promise, so a double click or a retry after a success gets the first
 * comment. A failed send is forgotten, so a retry after a failure sends
 * again. Keys live as long as the object (one page).
 */
export function oncePerKey<T>() {
  const sent = new Map<string, Promise<T>>();
  return {
    run(key: string, send: () => Promise<T>): Promise<T> {
      const known = sent.get(key);
      if (known) return known;
      let result: Promise<T>;
      try {
        result = send();
      } catch (error) {
        return Promise.reject(error);
      }
      sent.set(key, result);
      result.catch(() => {
        if (sent.get(key) === result) sent.delete(key);
      });
      return result;
    },
  };
}
