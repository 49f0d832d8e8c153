import type {RateLimit} from '../options.js';
import {HttpError} from './errors.js';

/** Whether an update takes a token: only when one is there, never (a look), or always (may go below zero). */
export type Spend = 'if-available' | 'none' | 'always';

/** Where token buckets live: this process's memory, or a database shared by instances. */
export interface BucketStore {
  /** Refills `key`'s bucket to now, spends as told, and returns the tokens there were before spending. */
  update(key: string, limit: RateLimit, spend: Spend): Promise<number>;
  /** Forgets buckets under `prefix` that are full again (they hold no information). */
  sweep(prefix: string, limit: RateLimit): Promise<void>;
}

/** Rows or entries are swept at most this often per limiter. */
const SWEEP_EVERY_MS = 60_000;

/**
 * A token bucket per key (client address, or email and author): `count`
 * tokens, refilled evenly over `perSeconds`. The buckets sit in a
 * `BucketStore`, so instances on one database can share them.
 */
export class RateLimiter {
  private readonly perMs: number;
  private lastSweep = Date.now();

  constructor(
    private readonly limit: RateLimit | false,
    private readonly name: string,
    private readonly what: string,
    private readonly store: BucketStore,
  ) {
    this.perMs = limit ? limit.count / (limit.perSeconds * 1000) : 0;
  }

  /** Spends one token for `key`, or throws 429 with the seconds until one is back. */
  async take(key: string): Promise<void> {
    if (!this.limit) return;
    this.refuseBelowOne(await this.store.update(this.key(key), this.limit, 'if-available'));
  }

  /** Throws 429 when `key` has no token left, spending nothing. */
  async check(key: string): Promise<void> {
    if (!this.limit) return;
    this.refuseBelowOne(await this.store.update(this.key(key), this.limit, 'none'));
  }

  /** Spends one token for something already done (it may take the bucket below zero). */
  async spend(key: string): Promise<void> {
    if (!this.limit) return;
    await this.store.update(this.key(key), this.limit, 'always');
  }

  private key(key: string): string {
    const now = Date.now();
    if (this.limit && now - this.lastSweep > SWEEP_EVERY_MS) {
      this.lastSweep = now;
      this.store.sweep(this.prefix, this.limit).catch((error: unknown) => {
        console.error('natter: could not sweep rate-limit buckets', error);
      });
    }
    return `${this.prefix}${key}`;
  }

  /**
   * The limiter's name and its limit: instances configured alike share a
   * bucket, and one started with other limits keeps its own.
   */
  private get prefix(): string {
    return this.limit ? `${this.name}:${this.limit.count}/${this.limit.perSeconds}:` : '';
  }

  private refuseBelowOne(tokens: number): void {
    if (tokens >= 1) return;
    const retryAfter = Math.max(1, Math.ceil((1 - tokens) / this.perMs / 1000));
    throw new HttpError(
      429,
      'rate-limited',
      `Too many ${this.what}. Please try again in ${retryAfter} seconds.`,
      undefined,
      retryAfter,
    );
  }
}

interface Bucket {
  tokens: number;
  updated: number;
}

/** Buckets in this process's memory: each instance counts on its own (SQLite runs one instance). */
export class MemoryBuckets implements BucketStore {
  private readonly buckets = new Map<string, Bucket>();

  constructor(private readonly clock: () => number = Date.now) {}

  async update(key: string, limit: RateLimit, spend: Spend): Promise<number> {
    const now = this.clock();
    const perMs = limit.count / (limit.perSeconds * 1000);
    const bucket = this.buckets.get(key) ?? {tokens: limit.count, updated: now};
    const before = Math.min(limit.count, bucket.tokens + (now - bucket.updated) * perMs);
    const taken = spend === 'always' || (spend === 'if-available' && before >= 1) ? 1 : 0;
    this.buckets.set(key, {tokens: before - taken, updated: now});
    return before;
  }

  async sweep(prefix: string, limit: RateLimit): Promise<void> {
    const now = this.clock();
    const perMs = limit.count / (limit.perSeconds * 1000);
    for (const [key, bucket] of this.buckets) {
      if (key.startsWith(prefix) && bucket.tokens + (now - bucket.updated) * perMs >= limit.count) {
        this.buckets.delete(key);
      }
    }
  }
}
