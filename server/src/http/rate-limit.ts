import type {RateLimit} from '../options.js';
import {HttpError} from './errors.js';

interface Bucket {
  tokens: number;
  updated: number;
}

/** Past this many tracked keys, full buckets are forgotten (they hold no information). */
const SWEEP_AT = 10_000;

/**
 * Token buckets kept in this process's memory, one per key (client address
 * or email). Each instance counts on its own, which is enough to blunt floods.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly perMs: number;
  private lastSweep = 0;

  constructor(
    private readonly limit: RateLimit | false,
    private readonly what: string,
  ) {
    this.perMs = limit ? limit.count / (limit.perSeconds * 1000) : 0;
  }

  /** Spends one token for `key`, or throws 429 with the seconds until one is back. */
  take(key: string, now = Date.now()): void {
    if (!this.limit) return;
    const capacity = this.limit.count;
    const bucket = this.buckets.get(key) ?? {tokens: capacity, updated: now};
    bucket.tokens = Math.min(capacity, bucket.tokens + (now - bucket.updated) * this.perMs);
    bucket.updated = now;
    if (bucket.tokens < 1) {
      this.buckets.set(key, bucket);
      const retryAfter = Math.max(1, Math.ceil((1 - bucket.tokens) / this.perMs / 1000));
      throw new HttpError(
        429,
        'rate-limited',
        `Too many ${this.what}. Please try again in ${retryAfter} seconds.`,
        undefined,
        retryAfter,
      );
    }
    bucket.tokens -= 1;
    this.buckets.set(key, bucket);
    if (this.buckets.size > SWEEP_AT && now - this.lastSweep > 1000) this.sweep(now);
  }

  private sweep(now: number): void {
    if (!this.limit) return;
    this.lastSweep = now;
    for (const [key, bucket] of this.buckets) {
      if (bucket.tokens + (now - bucket.updated) * this.perMs >= this.limit.count) {
        this.buckets.delete(key);
      }
    }
  }
}
