import {DEFAULT_CACHE_POLICY, type CachePolicy} from './http/caching.js';
import {parseTrustedProxies, type ProxyTrust} from './http/client-address.js';

export type ModerationMode = 'none' | 'first-time' | 'all';

/** A token bucket: `count` requests, refilled evenly over `perSeconds`. `false` turns a limit off. */
export interface RateLimit {
  count: number;
  perSeconds: number;
}

export interface RateLimits {
  /** Reads (lists, counts, event streams, admin) per client address. */
  reads: RateLimit | false;
  /** Comment posts per client address. */
  posts: RateLimit | false;
  /** Comment posts per email address. */
  postsPerEmail: RateLimit | false;
}

export interface CommentsAppOptions {
  /** A SQLite file path, or a `postgres://` / `postgresql://` URL. */
  database: string;
  /** Exact origins allowed to call the API from other sites. */
  origins?: string[];
  moderation?: ModerationMode;
  /** Bearer token for `/api/admin/*`; without one the admin routes answer 401. */
  adminToken?: string;
  /** Key for avatar and token hashes; stored in the database on first start when absent. */
  secret?: string;
  /** Posts made faster than this after the draft began are dropped quietly. */
  minFillMs?: number;
  /** Accept comments without an email address. */
  emailOptional?: boolean;
  rateLimits?: Partial<RateLimits>;
  /**
   * Reverse proxies (addresses or CIDR blocks, e.g. `['127.0.0.1', '10.0.0.0/8', '::1']`)
   * whose `X-Forwarded-For` names the client. Requests from any other peer are
   * counted by their socket address, whatever headers they send.
   */
  trustedProxies?: string[];
  /** How many trusted proxies a request passes through (default 1). */
  proxyHops?: number;
  /**
   * Removed: it trusted `X-Forwarded-For` from any peer. Setting it is an
   * error that points to `trustedProxies`.
   */
  trustProxy?: boolean;
  /**
   * Ask for a proof of work with each comment: the largest number a client
   * may have to try (about half of it on average). 0, the default, turns it off.
   */
  proofOfWork?: number;
  /** Open event streams allowed at once, in total (default 5000). */
  maxStreams?: number;
  /** Open event streams allowed at once per client address (default 20). */
  maxStreamsPerAddress?: number;
  /** An event stream is closed after about this long and the client reconnects (default 30 minutes). */
  streamLifetimeMs?: number;
  /** Serve this folder at `/` (for the demo). */
  staticDir?: string;
  /** Folder holding `natter.js`, `natter.classic.js` and `chunks/`; default: the installed natter package's. */
  bundleDir?: string;
  /** Interval of SSE keep-alive comments. */
  pingIntervalMs?: number;
  /**
   * Seconds a shared cache may keep an anonymous list, replies or counts
   * answer (`max-age`, default 5) and serve it stale while revalidating
   * (`stale-while-revalidate`, default 30).
   */
  cache?: Partial<CachePolicy>;
}

export type ResolvedOptions = Required<
  Omit<
    CommentsAppOptions,
    | 'adminToken'
    | 'secret'
    | 'staticDir'
    | 'bundleDir'
    | 'rateLimits'
    | 'trustProxy'
    | 'trustedProxies'
    | 'cache'
  >
> &
  Pick<CommentsAppOptions, 'adminToken' | 'secret' | 'staticDir' | 'bundleDir'> & {
    rateLimits: RateLimits;
    trustedProxies: string[];
    /** `trustedProxies` and `proxyHops`, parsed; null when no proxy is trusted. */
    proxyTrust: ProxyTrust | null;
    cache: CachePolicy;
  };

export const DEFAULT_STREAM_LIMITS = {
  maxStreams: 5000,
  maxStreamsPerAddress: 20,
  streamLifetimeMs: 30 * 60 * 1000,
};

export const DEFAULT_RATE_LIMITS: RateLimits = {
  reads: {count: 300, perSeconds: 60},
  posts: {count: 10, perSeconds: 60},
  postsPerEmail: {count: 30, perSeconds: 3600},
};

export function resolveOptions(options: CommentsAppOptions): ResolvedOptions {
  if (options.trustProxy) {
    throw new Error(
      'trustProxy is no longer supported: list the proxies to trust in trustedProxies (e.g. ["127.0.0.1", "::1"])',
    );
  }
  const trustedProxies = options.trustedProxies ?? [];
  const proxyHops = options.proxyHops ?? 1;
  return {
    database: options.database,
    origins: options.origins ?? [],
    moderation: options.moderation ?? 'none',
    adminToken: options.adminToken ? checkAdminToken(options.adminToken) : undefined,
    secret: options.secret || undefined,
    minFillMs: options.minFillMs ?? 2000,
    emailOptional: options.emailOptional ?? false,
    rateLimits: {...DEFAULT_RATE_LIMITS, ...options.rateLimits},
    trustedProxies,
    proxyHops,
    proxyTrust: parseTrustedProxies(trustedProxies, proxyHops),
    proofOfWork: proofOfWork(options.proofOfWork ?? 0),
    maxStreams: positive(options.maxStreams, DEFAULT_STREAM_LIMITS.maxStreams, 'maxStreams'),
    maxStreamsPerAddress: positive(
      options.maxStreamsPerAddress,
      DEFAULT_STREAM_LIMITS.maxStreamsPerAddress,
      'maxStreamsPerAddress',
    ),
    streamLifetimeMs: positive(
      options.streamLifetimeMs,
      DEFAULT_STREAM_LIMITS.streamLifetimeMs,
      'streamLifetimeMs',
    ),
    staticDir: options.staticDir,
    bundleDir: options.bundleDir,
    pingIntervalMs: options.pingIntervalMs ?? 25_000,
    cache: {
      maxAge: seconds(options.cache?.maxAge, DEFAULT_CACHE_POLICY.maxAge, 'cache.maxAge'),
      staleWhileRevalidate: seconds(
        options.cache?.staleWhileRevalidate,
        DEFAULT_CACHE_POLICY.staleWhileRevalidate,
        'cache.staleWhileRevalidate',
      ),
    },
  };
}

/** Shortest admin token accepted: long enough that guessing it is hopeless. */
export const MIN_ADMIN_TOKEN_CHARS = 32;

/** Returns the token, or throws a readable Error saying why it cannot be used. */
export function checkAdminToken(token: string, source = 'the admin token'): string {
  if (
    token.length < MIN_ADMIN_TOKEN_CHARS ||
    token.trim() !== token ||
    /[^\x21-\x7e]/.test(token)
  ) {
    throw new Error(
      `${source}: an admin token must be at least ${MIN_ADMIN_TOKEN_CHARS} visible ASCII characters ` +
        `without spaces (got ${token.length}); make one with \`openssl rand -hex 24\``,
    );
  }
  return token;
}

function positive(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 1) {
    throw new Error(`${name} must be a whole number above 0 (got ${value})`);
  }
  return value;
}

function seconds(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < 0) {
    throw new Error(`${name} must be a whole number of seconds, 0 or more (got ${value})`);
  }
  return value;
}

/** The widget's solver gives up past ten million: a harder puzzle would lock out every poster. */
export const MAX_PROOF_OF_WORK = 10_000_000;

function proofOfWork(value: number): number {
  if (!Number.isInteger(value) || value < 0 || value > MAX_PROOF_OF_WORK) {
    throw new Error(`proofOfWork must be a whole number from 0 (off) to 10000000 (got ${value})`);
  }
  return value;
}
