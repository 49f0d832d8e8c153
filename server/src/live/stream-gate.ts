import {HttpError} from '../http/errors.js';

/** Seconds a refused client is asked to wait: about the time some streams take to end. */
const RETRY_AFTER_SECONDS = 30;

/**
 * Counts this instance's open event streams, in total and per client
 * address, and refuses one more past either cap. Each admitted stream must
 * call the release function it got, once, when it ends.
 */
export class StreamGate {
  private readonly perAddress = new Map<string, number>();
  private total = 0;

  constructor(
    private readonly maxTotal: number,
    private readonly maxPerAddress: number,
  ) {}

  admit(address: string): () => void {
    const mine = this.perAddress.get(address) ?? 0;
    if (mine >= this.maxPerAddress) {
      throw this.refusal(`This address already has ${mine} live streams open.`);
    }
    if (this.total >= this.maxTotal) {
      throw this.refusal('The server has as many live streams open as it takes.');
    }
    this.perAddress.set(address, mine + 1);
    this.total++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.total--;
      const left = (this.perAddress.get(address) ?? 1) - 1;
      if (left > 0) this.perAddress.set(address, left);
      else this.perAddress.delete(address);
    };
  }

  get open(): number {
    return this.total;
  }

  private refusal(why: string): HttpError {
    return new HttpError(
      429,
      'rate-limited',
      `${why} Please try again in ${RETRY_AFTER_SECONDS} seconds.`,
      undefined,
      RETRY_AFTER_SECONDS,
    );
  }
}
