import {DEFAULT_CACHE_POLICY, type CachePolicy} from './http/caching.js';
import {parseTrustedProxies, type ProxyTrust} from './http/client-address.js';
import {parseSsoSecrets, type SsoKey} from './domain/user-token.js';

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
  /** Votes (cast, changed or taken back) per client address. */
  votes: RateLimit | false;
  /** Votes per voter (author token), wherever they come from. */
  votesPerVoter: RateLimit | false;
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
  /**
   * How long after posting an author may change their comment's text, in
   * milliseconds (default 15 minutes); 0 turns editing off. Deleting one's
   * own comment is allowed at any time.
   */
  editWindowMs?: number;
  /** Let readers vote comments down as well as up (default: up-votes only). */
  downVotes?: boolean;
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
  /**
   * The SMTP server mail goes through: `smtp://user:pass@host:587` (STARTTLS
   * when the server offers it) or `smtps://user:pass@host:465` (TLS from the start).
   */
  smtp?: string;
  /** The From of every mail, e.g. `Comments <comments@example.com>`; needed with `smtp`. */
  mailFrom?: string;
  /** The owner's address: a mail for each held comment, with approve and delete links. */
  notifyEmail?: string;
  /** Also mail the owner about every comment that is published at once. */
  notifyAll?: boolean;
  /** This server's address as readers reach it, for links in mails; default: each request's origin. */
  publicUrl?: string;
  /** URLs that receive `comment.created`, `comment.approved` and `comment.deleted`. */
  webhooks?: string[];
  /** Key of the webhooks' HMAC-SHA256 signatures (16 characters or more); needed with `webhooks`. */
  webhookSecret?: string;
  /** Let webhooks call loopback and private network addresses. */
  webhookAllowPrivate?: boolean;
  /** How the outbox worker polls and retries; the defaults suit production. */
  outbox?: Partial<OutboxTuning>;
  /**
   * Keys shared with the host site, which signs its readers' user tokens
   * (docs/sso.md): `SECRET` or `ID:SECRET` (32+ characters). Several at once
   * while rotating. Without any, a user token is refused.
   */
  ssoSecrets?: string[];
}

export interface OutboxTuning {
  /** How often each instance looks for due mails and calls. */
  pollMs: number;
  /** The first retry waits about this long; each next one twice as long, with jitter. */
  retryBaseMs: number;
  retryMaxMs: number;
  /** After this many failed attempts an entry is given up (kept, with its last error). */
  maxAttempts: number;
  /** How long an instance may work on an entry before another may take it over. */
  leaseMs: number;
}

export const DEFAULT_OUTBOX: OutboxTuning = {
  pollMs: 1000,
  retryBaseMs: 30_000,
  retryMaxMs: 60 * 60 * 1000,
  maxAttempts: 10,
  leaseMs: 5 * 60 * 1000,
};

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
    | 'smtp'
    | 'mailFrom'
    | 'notifyEmail'
    | 'publicUrl'
    | 'webhookSecret'
    | 'outbox'
    | 'ssoSecrets'
  >
> &
  Pick<
    CommentsAppOptions,
    | 'adminToken'
    | 'secret'
    | 'staticDir'
    | 'bundleDir'
    | 'smtp'
    | 'mailFrom'
    | 'notifyEmail'
    | 'publicUrl'
    | 'webhookSecret'
  > & {
    rateLimits: RateLimits;
    outbox: OutboxTuning;
    trustedProxies: string[];
    /** `trustedProxies` and `proxyHops`, parsed; null when no proxy is trusted. */
    proxyTrust: ProxyTrust | null;
    cache: CachePolicy;
    /** `ssoSecrets`, parsed. */
    ssoKeys: SsoKey[];
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
  votes: {count: 60, perSeconds: 60},
  votesPerVoter: {count: 30, perSeconds: 60},
};

/** Authors may edit their comment this long after posting, unless told otherwise. */
export const DEFAULT_EDIT_WINDOW_MS = 15 * 60 * 1000;

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
    editWindowMs: editWindow(options.editWindowMs),
    downVotes: options.downVotes ?? false,
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
    ...resolveNotifications(options),
    ssoKeys: ssoKeys(options.ssoSecrets ?? []),
  };
}

function ssoKeys(secrets: string[]): SsoKey[] {
  try {
    return parseSsoSecrets(secrets);
  } catch (error) {
    throw new Error(`ssoSecrets (--sso-secret): ${(error as Error).message}`);
  }
}

type NotificationOptions = Pick<
  ResolvedOptions,
  | 'smtp'
  | 'mailFrom'
  | 'notifyEmail'
  | 'notifyAll'
  | 'publicUrl'
  | 'webhooks'
  | 'webhookSecret'
  | 'webhookAllowPrivate'
  | 'outbox'
>;

function resolveNotifications(options: CommentsAppOptions): NotificationOptions {
  const smtp = options.smtp || undefined;
  if (smtp !== undefined && !/^smtps?:\/\/[^/\s]+/i.test(smtp)) {
    throw new Error(
      'smtp (--smtp) must be an smtp:// or smtps:// URL, e.g. smtp://user:pass@mail.example:587',
    );
  }
  const mailFrom = options.mailFrom || undefined;
  if (smtp && !mailFrom)
    throw new Error('mailFrom (--mail-from) is needed with smtp: the address mail comes from');
  const notifyEmail = options.notifyEmail || undefined;
  if (notifyEmail !== undefined && !/^[^\s@<>]+@[^\s@<>]+$/.test(notifyEmail)) {
    throw new Error(
      `notifyEmail (--notify-email) must be one email address (got "${notifyEmail}")`,
    );
  }
  if (notifyEmail && !smtp)
    throw new Error('notifyEmail needs smtp (--smtp): a server to send the mail');
  const webhooks = options.webhooks ?? [];
  for (const url of webhooks) {
    if (!/^https?:\/\//i.test(url) || !URL.canParse(url)) {
      throw new Error(`webhooks (--webhook) must be http:// or https:// URLs (got "${url}")`);
    }
  }
  const webhookSecret = options.webhookSecret || undefined;
  if (webhooks.length > 0 && (!webhookSecret || webhookSecret.length < 16)) {
    throw new Error(
      'webhooks need a webhookSecret (--webhook-secret) of 16 characters or more to sign their calls',
    );
  }
  let publicUrl = options.publicUrl || undefined;
  if (publicUrl !== undefined) {
    if (!/^https?:\/\//i.test(publicUrl) || !URL.canParse(publicUrl)) {
      throw new Error(
        `publicUrl (--public-url) must be an http:// or https:// URL (got "${publicUrl}")`,
      );
    }
    publicUrl = publicUrl.replace(/\/+$/, '');
  }
  const outbox = {...DEFAULT_OUTBOX, ...options.outbox};
  for (const [name, value] of Object.entries(outbox)) positive(value, 1, `outbox.${name}`);
  return {
    smtp,
    mailFrom,
    notifyEmail,
    notifyAll: options.notifyAll ?? false,
    publicUrl,
    webhooks,
    webhookSecret,
    webhookAllowPrivate: options.webhookAllowPrivate ?? false,
    outbox,
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

function editWindow(value: number | undefined): number {
  if (value === undefined) return DEFAULT_EDIT_WINDOW_MS;
  if (!Number.isInteger(value) || value < 0) {
    throw new Error(
      `editWindowMs must be a whole number of milliseconds, 0 (off) or more (got ${value})`,
    );
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
