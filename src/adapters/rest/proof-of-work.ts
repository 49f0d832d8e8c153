import {AdapterError} from '../errors.js';
import type {PowChallenge} from './solve-challenge.js';

export type {PowChallenge};

/** Whether the server refused a post for want of a (valid, unused) proof of work. */
export function isProofRefusal(error: unknown): boolean {
  return error instanceof AdapterError && error.code === 'forbidden' && error.field === 'proof';
}

/** Reads a challenge, or `null` when the server asks for none (or sent something unusable). */
export function readChallenge(data: unknown): PowChallenge | null {
  const value = (data as {challenge?: unknown} | null)?.challenge as Partial<PowChallenge> | null;
  if (!value || typeof value !== 'object') return null;
  const {algorithm, challenge, maxnumber, salt, signature} = value;
  const text = [algorithm, challenge, salt, signature].every((s) => typeof s === 'string');
  if (!text || typeof maxnumber !== 'number' || !(maxnumber >= 0 && maxnumber <= 1e7)) return null;
  return value as PowChallenge;
}

/**
 * The challenge's solution as the server reads it (base64 JSON), or
 * `undefined` if none. The solver loads on first use: most servers ask for
 * no proof, and their readers need not download it.
 */
export async function solveChallenge(c: PowChallenge): Promise<string | undefined> {
  const {solve} = await import('./solve-challenge.js');
  return solve(c);
}

/**
 * Keeps one solved challenge ready for the next post. `prepare()` fetches and
 * solves one in the background (called while the person types); `ready()`
 * hands it over if one was prepared; `fresh()` solves one now (after the
 * server refused a post for want of it). A server that asks for no proof is
 * asked once, and then only again if it refuses a post for want of one.
 */
export function createProver(fetchChallenge: () => Promise<unknown>) {
  let pending: Promise<string | undefined> | undefined;
  let off = false;
  const start = () =>
    (pending ??= fetchChallenge().then(
      (data) => {
        const challenge = readChallenge(data);
        if (!challenge) off = true;
        return challenge ? solveChallenge(challenge) : undefined;
      },
      (error: unknown) => {
        // A server from before challenges answers 404: it wants none.
        if (error instanceof AdapterError && error.code === 'not-found') off = true;
        pending = undefined;
        return undefined;
      },
    ));
  const hand = () => {
    const proof = pending;
    pending = undefined;
    return proof ?? Promise.resolve(undefined);
  };
  return {
    prepare(): void {
      if (!off) void start();
    },
    ready(): Promise<string | undefined> {
      return hand();
    },
    fresh(): Promise<string | undefined> {
      off = false;
      pending = undefined;
      void start();
      return hand();
    },
    /**
     * Sends with the prepared proof, if any. A refusal for want of a proof
     * (none prepared, or a stale one) gets a fresh one and one more try.
     */
    async send<T>(post: (proof: string | undefined) => Promise<T>): Promise<T> {
      try {
        return await post(await this.ready());
      } catch (error) {
        if (!isProofRefusal(error)) throw error;
        const proof = await this.fresh();
        if (!proof) throw error;
        return post(proof);
      }
    },
  };
}
