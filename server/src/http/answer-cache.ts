/** Bytes of answers kept per instance: a few hundred first pages of long threads. */
const DEFAULT_BUDGET = 32 * 1024 * 1024;

/**
 * Shared answers by their ETag, in this process. An ETag names one answer
 * (the threads' versions as the database holds them, the URL, the release),
 * so a hit is always what the queries would build again, whichever instance
 * wrote last. Least recently used answers go first once over budget.
 */
export class AnswerCache {
  readonly #answers = new Map<string, string>();
  #bytes = 0;

  constructor(readonly budget = DEFAULT_BUDGET) {}

  get(etag: string): string | undefined {
    const text = this.#answers.get(etag);
    if (text !== undefined) {
      this.#answers.delete(etag);
      this.#answers.set(etag, text);
    }
    return text;
  }

  set(etag: string, text: string): void {
    if (text.length > this.budget / 8 || this.#answers.has(etag)) return;
    this.#answers.set(etag, text);
    this.#bytes += text.length;
    for (const [oldest, old] of this.#answers) {
      if (this.#bytes <= this.budget) break;
      this.#answers.delete(oldest);
      this.#bytes -= old.length;
    }
  }
}
