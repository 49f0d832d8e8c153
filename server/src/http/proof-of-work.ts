import {createChallenge, verifySolution} from 'altcha-lib/v1';
import {sql, type Kysely} from 'kysely';
import type {Database} from '../db/schema.js';
import {HttpError} from './errors.js';

/** A challenge is good for this long after it was handed out. */
const CHALLENGE_LIFETIME_MS = 10 * 60 * 1000;
/** Solutions are at most this long (base64 JSON of a few short fields). */
const MAX_PROOF_CHARS = 2000;

export interface Challenge {
  algorithm: string;
  challenge: string;
  maxnumber?: number;
  salt: string;
  signature: string;
}

/**
 * An optional proof-of-work gate for posting (ALTCHA's hash puzzle): the
 * client asks for a signed challenge, finds the number whose SHA-256 with the
 * salt matches, and sends the solution with its post. Each solution is
 * accepted once, by any instance, until the challenge expires.
 */
export class ProofOfWork {
  private lastSweep = 0;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly key: string,
    private readonly maxNumber: number,
  ) {}

  issue(): Promise<Challenge> {
    return createChallenge({
      hmacKey: this.key,
      maxnumber: this.maxNumber,
      expires: new Date(Date.now() + CHALLENGE_LIFETIME_MS),
    });
  }

  /** Throws 403 unless `proof` solves a challenge this server signed and nobody has used it. */
  async require(proof: string | undefined): Promise<void> {
    if (!proof) throw refusal('This server asks for a proof of work with each comment.');
    let signature: string;
    try {
      if (proof.length > MAX_PROOF_CHARS) throw new Error('too long');
      if (!(await verifySolution(proof, this.key, true))) throw new Error('not solved');
      signature = String(JSON.parse(Buffer.from(proof, 'base64').toString('utf8')).signature);
    } catch {
      throw refusal('The proof of work was not accepted.');
    }
    const now = Date.now();
    const used = await sql<{signature: string}>`
      insert into natter_used_proofs (signature, expires_ms)
      values (${signature}, ${now + CHALLENGE_LIFETIME_MS})
      on conflict (signature) do nothing
      returning signature`.execute(this.db);
    if (used.rows.length === 0) throw refusal('This proof of work was already used.');
    if (now - this.lastSweep > 60_000) {
      this.lastSweep = now;
      await sql`delete from natter_used_proofs where expires_ms < ${now}`.execute(this.db);
    }
  }
}

function refusal(message: string): HttpError {
  return new HttpError(403, 'forbidden', `${message} Please try again.`, 'proof');
}
