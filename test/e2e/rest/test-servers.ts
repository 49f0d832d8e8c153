/** The servers rest.config.mjs started for this run. */
export interface TestServers {
  database: 'sqlite' | 'postgres';
  /** Publishes comments at once. */
  main: string;
  /** Same database, holds every comment for moderation. */
  held: string;
  /** Same database, one post per hour per address. */
  limited: string;
  /** Same database, event streams end after two seconds, and posts need a proof of work. */
  strict: string;
  /** Same database, authors may edit for 2.4 seconds (`--edit-window 0.04`). */
  short: string;
}

export const servers = (window as unknown as {NATTER_TEST_SERVER: TestServers}).NATTER_TEST_SERVER;

/** Thread keys and tokens unique to this run, so reruns on one database start empty. */
export const run = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
