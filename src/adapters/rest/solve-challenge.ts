/**
 * ALTCHA's hash puzzle, solved in the page (see proof-of-work.ts, which
 * loads this module only for a server that asks for a proof).
 */

/** A challenge as `GET /api/challenge` hands it out (ALTCHA's hash puzzle). */
export interface PowChallenge {
  algorithm: string;
  challenge: string;
  maxnumber: number;
  salt: string;
  signature: string;
}

/** Hashes tried per round; each round yields to the page once. */
const BATCH = 64;

const hex = (buffer: ArrayBuffer) =>
  Array.from(new Uint8Array(buffer), (byte) => byte.toString(16).padStart(2, '0')).join('');

/**
 * Finds the number whose hash with the salt is the challenge, trying a batch
 * at a time with Web Crypto so the page stays responsive, and returns the
 * solution as the server reads it (base64 JSON), or `undefined` if none.
 */
export async function solve(c: PowChallenge): Promise<string | undefined> {
  const encoder = new TextEncoder();
  for (let start = 0; start <= c.maxnumber; start += BATCH) {
    const numbers = Array.from(
      {length: Math.min(BATCH, c.maxnumber - start + 1)},
      (_, i) => start + i,
    );
    const hashes = await Promise.all(
      numbers.map((n) => crypto.subtle.digest(c.algorithm, encoder.encode(c.salt + n))),
    );
    const found = hashes.findIndex((hash) => hex(hash) === c.challenge);
    if (found !== -1) {
      const {algorithm, challenge, salt, signature} = c;
      const solution = {algorithm, challenge, number: numbers[found], salt, signature};
      return btoa(JSON.stringify(solution));
    }
  }
  return undefined;
}
