import {decodeProtectedHeader, errors, jwtVerify, type JWTPayload} from 'jose';
import {HttpError} from '../http/errors.js';
import {codePointLength, hasControlCharacters, hasLoneSurrogate} from './text.js';

/** A key shared with the host site's backend; `id` is matched against a token's `kid`. */
export interface SsoKey {
  id?: string;
  secret: Uint8Array;
}

/** Who the host site says is signed in, once the token is verified. */
export interface SignedInUser {
  /** The site's id for them (`sub`, or `id`), as text. */
  id: string;
  name: string;
  email?: string;
  url?: string;
  avatar?: string;
}

/** A token may live at most this long from now: a leaked one is worth little. */
export const MAX_LIFETIME_SECONDS = 24 * 60 * 60;
export const MIN_SECRET_CHARS = 32;
const MAX_TOKEN_CHARS = 8192;
const KEY_ID = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * Reads `--sso-secret` entries: `SECRET`, or `ID:SECRET` for a key a token
 * names with `kid`. Throws a readable Error for a short or repeated key.
 */
export function parseSsoSecrets(entries: string[]): SsoKey[] {
  const keys: SsoKey[] = [];
  const seen = new Set<string>();
  for (const entry of entries) {
    const colon = entry.indexOf(':');
    const named = colon > 0 && KEY_ID.test(entry.slice(0, colon));
    const id = named ? entry.slice(0, colon) : undefined;
    const secret = named ? entry.slice(colon + 1) : entry;
    const what = id ? `the SSO secret "${id}"` : 'an SSO secret';
    if (secret.length < MIN_SECRET_CHARS) {
      throw new Error(`${what} is too short: use ${MIN_SECRET_CHARS} characters or more`);
    }
    if (id && seen.has(id)) throw new Error(`the SSO key id "${id}" is given twice`);
    if (id) seen.add(id);
    keys.push({id, secret: new TextEncoder().encode(secret)});
  }
  return keys;
}

const refuse = (message: string) => new HttpError(403, 'forbidden', message, 'userToken');

const UNREADABLE = 'Your sign-in could not be read; reload the page to sign in again.';
const NOT_VERIFIED =
  'Your sign-in could not be verified (its signature does not match); reload the page to sign in again.';
export const EXPIRED = 'Your sign-in has expired; reload the page to sign in again.';

/** Verifies the host site's user tokens (JWT, HS256 only) against the configured keys. */
export class UserTokens {
  constructor(
    private readonly keys: SsoKey[],
    private readonly maxLifetimeSeconds = MAX_LIFETIME_SECONDS,
  ) {}

  get enabled(): boolean {
    return this.keys.length > 0;
  }

  /** The signed-in user, or a `forbidden` HttpError (field `userToken`) saying what is wrong. */
  async verify(token: string, now = Date.now()): Promise<SignedInUser> {
    if (!this.enabled) {
      throw refuse(
        'This comments server does not accept sign-ins from the site (no SSO secret is set up); comment without signing in, or ask the site owner.',
      );
    }
    if (token.length > MAX_TOKEN_CHARS || !/^[\w-]+\.[\w-]+\.[\w-]*$/.test(token)) {
      throw refuse(UNREADABLE);
    }
    let header: ReturnType<typeof decodeProtectedHeader>;
    try {
      header = decodeProtectedHeader(token);
    } catch {
      throw refuse(UNREADABLE);
    }
    if (header.alg !== 'HS256') {
      const alg = typeof header.alg === 'string' ? header.alg.slice(0, 20) : 'none';
      throw refuse(
        `Your sign-in was signed with "${alg}"; this server accepts only HS256 tokens. The site must sign them with its shared secret.`,
      );
    }
    const payload = await this.checkSignature(token, header.kid, now);
    const seconds = now / 1000;
    if (typeof payload.exp !== 'number') throw refuse(UNREADABLE);
    if (payload.exp - seconds > this.maxLifetimeSeconds) {
      throw refuse(
        `Your sign-in token is valid for too long (over ${this.maxLifetimeSeconds / 3600} hours); the site must issue shorter-lived tokens.`,
      );
    }
    return readClaims(payload);
  }

  private async checkSignature(token: string, kid: unknown, now: number): Promise<JWTPayload> {
    if (kid !== undefined && typeof kid !== 'string') throw refuse(UNREADABLE);
    const candidates = kid === undefined ? this.keys : this.keys.filter((key) => key.id === kid);
    if (candidates.length === 0) {
      throw refuse(
        'Your sign-in was signed with a key this server no longer knows; reload the page to sign in again.',
      );
    }
    for (const key of candidates) {
      try {
        const {payload} = await jwtVerify(token, key.secret, {
          algorithms: ['HS256'],
          requiredClaims: ['exp'],
          currentDate: new Date(now),
        });
        return payload;
      } catch (error) {
        if (error instanceof errors.JWSSignatureVerificationFailed) continue;
        if (error instanceof errors.JWTExpired) throw refuse(EXPIRED);
        if (error instanceof errors.JWTClaimValidationFailed) {
          throw refuse(
            error.claim === 'exp'
              ? 'Your sign-in token has no expiry time (exp); the site must set one.'
              : `Your sign-in token is not valid yet or is malformed (${error.claim}); reload the page.`,
          );
        }
        throw refuse(UNREADABLE);
      }
    }
    throw refuse(NOT_VERIFIED);
  }
}

/** The claims Natter uses, each checked: an odd one is refused, never guessed at. */
function readClaims(payload: JWTPayload): SignedInUser {
  const raw = payload as Record<string, unknown>;
  const given = raw.sub ?? raw.id;
  const id = typeof given === 'number' && Number.isSafeInteger(given) ? String(given) : given;
  if (typeof id !== 'string' || !plain(id, 200)) {
    throw refuse('Your sign-in token does not say who you are (sub or id); the site must set it.');
  }
  const name = typeof raw.name === 'string' ? raw.name.trim() : '';
  if (!plain(name, 80)) {
    throw refuse(
      'Your sign-in token has no usable name (1 to 80 characters); the site must set it.',
    );
  }
  const user: SignedInUser = {id, name};
  if (raw.email !== undefined && raw.email !== null && raw.email !== '') {
    const email = raw.email;
    if (typeof email !== 'string' || !plain(email, 254) || !/^[^\s@]+@[^\s@]+$/.test(email)) {
      throw refuse('Your sign-in token has an email address that is not valid.');
    }
    user.email = email;
  }
  for (const field of ['url', 'avatar'] as const) {
    const value = raw[field];
    if (value === undefined || value === null || value === '') continue;
    const address = typeof value === 'string' ? webAddress(value) : undefined;
    if (!address) {
      throw refuse(`Your sign-in token has a ${field} that is not an http(s) address.`);
    }
    user[field] = address;
  }
  return user;
}

function plain(text: string, maxChars: number): boolean {
  return (
    text.length > 0 &&
    codePointLength(text) <= maxChars &&
    !hasControlCharacters(text) &&
    !hasLoneSurrogate(text)
  );
}

function webAddress(value: string): string | undefined {
  if (!plain(value, 2000)) return undefined;
  try {
    const url = new URL(value);
    const web = url.protocol === 'https:' || url.protocol === 'http:';
    return web && !url.username && !url.password ? url.href : undefined;
  } catch {
    return undefined;
  }
}
