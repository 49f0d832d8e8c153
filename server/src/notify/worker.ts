import {randomUUID} from 'node:crypto';
import type {Kysely} from 'kysely';
import type {Database, OutboxKind, OutboxTable} from '../db/schema.js';
import type {OutboxTuning} from '../options.js';
import {claimDue, markFailed, markSent, pruneSent} from './outbox.js';

/** Thrown by a sender when trying again cannot help (the address is refused for good). */
export class PermanentFailure extends Error {}

/** Sends one entry's payload; throws to have it retried. */
export type Sender = (payload: unknown, entry: OutboxTable) => Promise<void>;

const BATCH = 10;
const KEEP_SENT_DAYS = 30;
const PRUNE_EVERY_MS = 60 * 60 * 1000;

/**
 * Each instance runs one: it polls for due entries, and is nudged right after
 * a write so a mail leaves at once. An entry is marked sent only after its
 * sender succeeded; one that fails waits with backoff. See docs/notifications.md
 * for what "once" means when an instance dies between sending and marking.
 */
export class OutboxWorker {
  readonly instance = randomUUID();
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private closed = false;
  private prunedAt = 0;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly databaseKind: 'sqlite' | 'postgres',
    private readonly senders: Partial<Record<OutboxKind, Sender>>,
    private readonly tuning: OutboxTuning,
  ) {}

  start(): void {
    this.timer = setInterval(() => this.nudge(), this.tuning.pollMs);
    this.timer.unref();
    this.nudge();
  }

  /** Looks for due entries now (or right after the current round). */
  nudge(): void {
    if (this.closed) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain()
      .catch((error: unknown) => console.error('natter: the outbox could not be read', error))
      .finally(() => {
        this.running = undefined;
        if (this.again) {
          this.again = false;
          this.nudge();
        }
      });
  }

  /** Stops polling and waits for the entries in hand to finish. */
  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.timer);
    await this.running;
  }

  private async drain(): Promise<void> {
    if (Date.now() - this.prunedAt > PRUNE_EVERY_MS) {
      this.prunedAt = Date.now();
      await pruneSent(this.db, KEEP_SENT_DAYS);
    }
    while (!this.closed) {
      const entries = await claimDue(
        this.db,
        this.databaseKind,
        this.instance,
        Object.keys(this.senders) as OutboxKind[],
        BATCH,
        this.tuning.leaseMs,
      );
      await Promise.all(entries.map((entry) => this.deliver(entry)));
      if (entries.length < BATCH) return;
    }
  }

  private async deliver(entry: OutboxTable): Promise<void> {
    try {
      await this.senders[entry.kind]!(JSON.parse(entry.payload), entry);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const permanent = error instanceof PermanentFailure;
      const outcome = await markFailed(
        this.db,
        entry,
        this.instance,
        message,
        this.tuning,
        permanent,
      );
      if (outcome === 'failed') {
        console.error(
          `natter: gave up on ${entry.kind} ${entry.id} after ${entry.attempts} attempts: ${message}`,
        );
      }
      return;
    }
    await markSent(this.db, entry.id, this.instance);
  }
}
