import {createHash, randomBytes} from 'node:crypto';

// Crockford's base32 in lower case: no look-alike letters, and text order
// equals numeric order, so ids made later sort later.
const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

let lastTime = -1;
let lastRandom: number[] = [];

/**
 * A sortable unique id: 10 characters of millisecond time, then 16 random
 * ones. Ids made in the same millisecond by this process count upwards, so
 * they keep their creation order.
 */
export function newId(now = Date.now()): string {
  if (now === lastTime) {
    increment(lastRandom);
  } else {
    lastTime = now;
    lastRandom = [...randomBytes(16)].map((byte) => byte & 31);
  }
  return timePart(now) + lastRandom.map((digit) => ALPHABET[digit]).join('');
}

/**
 * The id an imported comment always gets: its time, then a hash of where it
 * came from, so importing the same file twice names each comment the same.
 */
export function derivedId(time: number, source: string): string {
  const hash = createHash('sha256').update(source).digest();
  return (
    timePart(Math.max(0, time)) + [...hash.subarray(0, 16)].map((b) => ALPHABET[b & 31]).join('')
  );
}

function timePart(ms: number): string {
  let time = '';
  let rest = ms;
  for (let i = 0; i < 10; i++) {
    time = ALPHABET[rest % 32] + time;
    rest = Math.floor(rest / 32);
  }
  return time;
}

function increment(digits: number[]): void {
  for (let i = digits.length - 1; i >= 0; i--) {
    if (digits[i] < 31) {
      digits[i]++;
      return;
    }
    digits[i] = 0;
  }
}
