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
  /** Take the client address from the last `X-Forwarded-For` hop (behind one reverse proxy). */
  trustProxy?: boolean;
  /** Serve this folder at `/` (for the demo). */
  staticDir?: string;
  /** Folder holding `natter.js`, `natter.classic.js` and `chunks/`; default: the installed natter package's. */
  bundleDir?: string;
  /** Interval of SSE keep-alive comments. */
  pingIntervalMs?: number;
}

export type ResolvedOptions = Required<
  Omit<CommentsAppOptions, 'adminToken' | 'secret' | 'staticDir' | 'bundleDir' | 'rateLimits'>
> &
  Pick<CommentsAppOptions, 'adminToken' | 'secret' | 'staticDir' | 'bundleDir'> & {
    rateLimits: RateLimits;
  };

export const DEFAULT_RATE_LIMITS: RateLimits = {
  reads: {count: 300, perSeconds: 60},
  posts: {count: 10, perSeconds: 60},
  postsPerEmail: {count: 30, perSeconds: 3600},
};

export function resolveOptions(options: CommentsAppOptions): ResolvedOptions {
  return {
    database: options.database,
    origins: options.origins ?? [],
    moderation: options.moderation ?? 'none',
    adminToken: options.adminToken ? checkAdminToken(options.adminToken) : undefined,
    secret: options.secret || undefined,
    minFillMs: options.minFillMs ?? 2000,
    emailOptional: options.emailOptional ?? false,
    rateLimits: {...DEFAULT_RATE_LIMITS, ...options.rateLimits},
    trustProxy: options.trustProxy ?? false,
    staticDir: options.staticDir,
    bundleDir: options.bundleDir,
    pingIntervalMs: options.pingIntervalMs ?? 25_000,
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
