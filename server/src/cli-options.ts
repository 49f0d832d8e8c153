import {readFileSync} from 'node:fs';
import {parseArgs} from 'node:util';
import {DEFAULT_CACHE_POLICY} from './http/caching.js';
import {parseTrustedProxies} from './http/client-address.js';
import {
  checkAdminToken,
  DEFAULT_EDIT_WINDOW_MS,
  DEFAULT_RATE_LIMITS,
  DEFAULT_STREAM_LIMITS,
  MAX_PROOF_OF_WORK,
  type ModerationMode,
  type RateLimit,
} from './options.js';
import type {ServerOptions} from './node.js';

export const HELP = `Usage: natter-server [options]

The Natter comments server. Every option can also be set through the
environment variable named after it.

  --port N              PORT                 port to listen on (default 8787; 0 = any free port)
  --host H              HOST                 address to listen on (default 127.0.0.1)
  --database D          DATABASE_URL         SQLite file path, or a postgres:// URL (default ./natter.db)
  --origins A,B         NATTER_ORIGINS       exact origins allowed to call the API from other sites
  --moderation M        NATTER_MODERATION    none | first-time | all (default none)
  --admin-token-file F  NATTER_ADMIN_TOKEN_FILE  file holding the bearer token for /api/admin (32+ characters)
  --admin-token T       NATTER_ADMIN_TOKEN   the token itself; prefer the file or the variable, as \`ps\` shows flags
                                             (admin routes are off without a token)
  --secret S            NATTER_SECRET        key for avatar hashes (generated and stored on first start)
  --min-fill-ms N       NATTER_MIN_FILL_MS   drop posts made faster than this after the draft began (default 2000)
  --email-optional      NATTER_EMAIL_OPTIONAL=1  accept comments without an email address
  --edit-window M       NATTER_EDIT_WINDOW   minutes an author may edit their comment after posting
                                             (default ${DEFAULT_EDIT_WINDOW_MS / 60_000}; 0 turns editing off; decimals allowed)
  --down-votes          NATTER_DOWN_VOTES=1  let readers vote comments down as well as up
  --rate-reads C/S      NATTER_RATE_READS    reads per client address: C requests per S seconds (default ${rate(DEFAULT_RATE_LIMITS.reads)})
  --rate-posts C/S      NATTER_RATE_POSTS    comment posts per client address (default ${rate(DEFAULT_RATE_LIMITS.posts)})
  --rate-email C/S      NATTER_RATE_EMAIL    comment posts per email address (default ${rate(DEFAULT_RATE_LIMITS.postsPerEmail)})
  --rate-votes C/S      NATTER_RATE_VOTES    votes per client address (default ${rate(DEFAULT_RATE_LIMITS.votes)})
  --rate-voter C/S      NATTER_RATE_VOTER    votes per voter (author token) (default ${rate(DEFAULT_RATE_LIMITS.votesPerVoter)})
                                             ("off" turns a limit off)
  --trusted-proxies A,B NATTER_TRUSTED_PROXIES  reverse proxies (addresses or CIDRs, e.g. 127.0.0.1,10.0.0.0/8,::1)
                                             whose X-Forwarded-For names the client; no other peer is believed
  --proxy-hops N        NATTER_PROXY_HOPS    trusted proxies in front of the server, one behind the other (default 1)
  --proof-of-work N     NATTER_PROOF_OF_WORK posts need a proof of work of up to N hashes (e.g. 50000; default 0, off)
  --max-streams N       NATTER_MAX_STREAMS   open event streams in total (default ${DEFAULT_STREAM_LIMITS.maxStreams})
  --max-streams-per-address N  NATTER_MAX_STREAMS_PER_ADDRESS  open event streams per client address (default ${DEFAULT_STREAM_LIMITS.maxStreamsPerAddress})
  --stream-lifetime S   NATTER_STREAM_LIFETIME  seconds before an event stream is closed for the client to reconnect (default ${DEFAULT_STREAM_LIMITS.streamLifetimeMs / 1000})
  --cache-max-age S     NATTER_CACHE_MAX_AGE seconds a CDN or browser may keep an anonymous list or count (default ${DEFAULT_CACHE_POLICY.maxAge})
  --cache-stale S       NATTER_CACHE_STALE   seconds past that it may serve it while revalidating (default ${DEFAULT_CACHE_POLICY.staleWhileRevalidate})
  --smtp URL            NATTER_SMTP          mail server: smtp://user:pass@host:587 (STARTTLS when offered)
                                             or smtps://user:pass@host:465 (TLS from the start)
  --mail-from A         NATTER_MAIL_FROM     From of every mail, e.g. "Comments <comments@example.com>"
  --notify-email A      NATTER_NOTIFY_EMAIL  mail the owner about each held comment, with approve/delete links
  --notify-all          NATTER_NOTIFY_ALL=1  also mail the owner about every comment published at once
  --public-url URL      NATTER_PUBLIC_URL    this server's address as readers reach it, for links in mails
                                             (default: each request's own origin)
  --webhook URL         NATTER_WEBHOOKS      send comment.created, .approved and .deleted here as signed JSON
                                             (repeat the flag, or separate URLs with commas in the variable)
  --webhook-secret S    NATTER_WEBHOOK_SECRET  key of the webhook signatures (16+ characters; needed with --webhook)
  --webhook-allow-private  NATTER_WEBHOOK_ALLOW_PRIVATE=1  let webhooks call loopback and private addresses
  --sso-secret S        NATTER_SSO_SECRETS   key shared with the site that signs its readers' user tokens (JWT, HS256;
                                             32+ characters; "ID:SECRET" for a token's kid). Repeat the flag, or
                                             separate keys with commas in the variable, to rotate; see docs/sso.md
  --static DIR          NATTER_STATIC        also serve the files of DIR at /
  --bundle-dir DIR      NATTER_BUNDLE_DIR    folder holding natter.js and its chunks (default: the installed natter package's)
  --seed FILE           NATTER_SEED          import a discussion file ({"thread", "comments"}) into an empty thread
  --help                                     print this and exit
`;

function rate(limit: RateLimit | false): string {
  return limit ? `${limit.count}/${limit.perSeconds}` : 'off';
}

export interface CliOptions extends ServerOptions {
  seed?: string;
  help: boolean;
}

/** Reads flags first, then environment variables, then defaults. Throws a readable Error on bad input. */
export function parseCliOptions(argv: string[], env: NodeJS.ProcessEnv): CliOptions {
  const {values} = parseArgs({
    args: argv,
    strict: true,
    options: {
      port: {type: 'string'},
      host: {type: 'string'},
      database: {type: 'string'},
      origins: {type: 'string'},
      moderation: {type: 'string'},
      'admin-token': {type: 'string'},
      'admin-token-file': {type: 'string'},
      secret: {type: 'string'},
      'min-fill-ms': {type: 'string'},
      'email-optional': {type: 'boolean'},
      'edit-window': {type: 'string'},
      'down-votes': {type: 'boolean'},
      'rate-votes': {type: 'string'},
      'rate-voter': {type: 'string'},
      'rate-reads': {type: 'string'},
      'rate-posts': {type: 'string'},
      'rate-email': {type: 'string'},
      'trust-proxy': {type: 'boolean'},
      'trusted-proxies': {type: 'string'},
      'proxy-hops': {type: 'string'},
      'proof-of-work': {type: 'string'},
      'max-streams': {type: 'string'},
      'max-streams-per-address': {type: 'string'},
      'stream-lifetime': {type: 'string'},
      'cache-max-age': {type: 'string'},
      'cache-stale': {type: 'string'},
      smtp: {type: 'string'},
      'mail-from': {type: 'string'},
      'notify-email': {type: 'string'},
      'notify-all': {type: 'boolean'},
      'public-url': {type: 'string'},
      webhook: {type: 'string', multiple: true},
      'sso-secret': {type: 'string', multiple: true},
      'webhook-secret': {type: 'string'},
      'webhook-allow-private': {type: 'boolean'},
      static: {type: 'string'},
      'bundle-dir': {type: 'string'},
      seed: {type: 'string'},
      help: {type: 'boolean'},
    },
  });
  const flag = (name: keyof typeof values, variable: string) =>
    (values[name] as string | undefined) ?? (env[variable] || undefined);
  const on = (name: keyof typeof values, variable: string) =>
    values[name] === true || /^(1|true|yes)$/i.test(env[variable] ?? '');

  const moderation = flag('moderation', 'NATTER_MODERATION') ?? 'none';
  if (!['none', 'first-time', 'all'].includes(moderation)) {
    throw new Error(`--moderation must be none, first-time or all (got "${moderation}")`);
  }
  if (on('trust-proxy', 'NATTER_TRUST_PROXY')) {
    throw new Error(
      '--trust-proxy (NATTER_TRUST_PROXY) trusted X-Forwarded-For from anyone and is gone: ' +
        'name your proxies with --trusted-proxies, e.g. --trusted-proxies 127.0.0.1,::1',
    );
  }
  const trustedProxies = (flag('trusted-proxies', 'NATTER_TRUSTED_PROXIES') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  const proxyHops = integer(flag('proxy-hops', 'NATTER_PROXY_HOPS') ?? '1', '--proxy-hops');
  if (proxyHops < 1 || proxyHops > 16) throw new Error('--proxy-hops must be from 1 to 16');
  try {
    parseTrustedProxies(trustedProxies, proxyHops);
  } catch (error) {
    throw new Error(`--trusted-proxies: ${(error as Error).message}`);
  }
  const proofOfWork = integer(
    flag('proof-of-work', 'NATTER_PROOF_OF_WORK') ?? '0',
    '--proof-of-work',
  );
  if (proofOfWork > MAX_PROOF_OF_WORK) {
    throw new Error(`--proof-of-work must be from 0 (off) to ${MAX_PROOF_OF_WORK}`);
  }
  const count = (name: keyof typeof values, variable: string, fallback: number) => {
    const value = integer(flag(name, variable) ?? String(fallback), `--${name}`);
    if (value < 1) throw new Error(`--${name} must be at least 1`);
    return value;
  };
  return {
    help: values.help === true,
    port: integer(flag('port', 'PORT') ?? '8787', '--port'),
    host: flag('host', 'HOST') ?? '127.0.0.1',
    database: flag('database', 'DATABASE_URL') ?? './natter.db',
    origins: (flag('origins', 'NATTER_ORIGINS') ?? '')
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
    moderation: moderation as ModerationMode,
    adminToken: adminToken(
      flag('admin-token', 'NATTER_ADMIN_TOKEN'),
      flag('admin-token-file', 'NATTER_ADMIN_TOKEN_FILE'),
    ),
    secret: flag('secret', 'NATTER_SECRET'),
    minFillMs: integer(flag('min-fill-ms', 'NATTER_MIN_FILL_MS') ?? '2000', '--min-fill-ms'),
    emailOptional: on('email-optional', 'NATTER_EMAIL_OPTIONAL'),
    editWindowMs: minutes(flag('edit-window', 'NATTER_EDIT_WINDOW')),
    downVotes: on('down-votes', 'NATTER_DOWN_VOTES'),
    rateLimits: {
      reads: parseRate(
        flag('rate-reads', 'NATTER_RATE_READS'),
        DEFAULT_RATE_LIMITS.reads,
        '--rate-reads',
      ),
      posts: parseRate(
        flag('rate-posts', 'NATTER_RATE_POSTS'),
        DEFAULT_RATE_LIMITS.posts,
        '--rate-posts',
      ),
      postsPerEmail: parseRate(
        flag('rate-email', 'NATTER_RATE_EMAIL'),
        DEFAULT_RATE_LIMITS.postsPerEmail,
        '--rate-email',
      ),
      votes: parseRate(
        flag('rate-votes', 'NATTER_RATE_VOTES'),
        DEFAULT_RATE_LIMITS.votes,
        '--rate-votes',
      ),
      votesPerVoter: parseRate(
        flag('rate-voter', 'NATTER_RATE_VOTER'),
        DEFAULT_RATE_LIMITS.votesPerVoter,
        '--rate-voter',
      ),
    },
    trustedProxies,
    proxyHops,
    proofOfWork,
    maxStreams: count('max-streams', 'NATTER_MAX_STREAMS', DEFAULT_STREAM_LIMITS.maxStreams),
    maxStreamsPerAddress: count(
      'max-streams-per-address',
      'NATTER_MAX_STREAMS_PER_ADDRESS',
      DEFAULT_STREAM_LIMITS.maxStreamsPerAddress,
    ),
    streamLifetimeMs:
      count(
        'stream-lifetime',
        'NATTER_STREAM_LIFETIME',
        DEFAULT_STREAM_LIMITS.streamLifetimeMs / 1000,
      ) * 1000,
    cache: {
      maxAge: integer(
        flag('cache-max-age', 'NATTER_CACHE_MAX_AGE') ?? String(DEFAULT_CACHE_POLICY.maxAge),
        '--cache-max-age',
      ),
      staleWhileRevalidate: integer(
        flag('cache-stale', 'NATTER_CACHE_STALE') ??
          String(DEFAULT_CACHE_POLICY.staleWhileRevalidate),
        '--cache-stale',
      ),
    },
    smtp: flag('smtp', 'NATTER_SMTP'),
    mailFrom: flag('mail-from', 'NATTER_MAIL_FROM'),
    notifyEmail: flag('notify-email', 'NATTER_NOTIFY_EMAIL'),
    notifyAll: on('notify-all', 'NATTER_NOTIFY_ALL'),
    publicUrl: flag('public-url', 'NATTER_PUBLIC_URL'),
    webhooks: (values.webhook ?? (env.NATTER_WEBHOOKS ?? '').split(','))
      .map((url) => url.trim())
      .filter(Boolean),
    webhookSecret: flag('webhook-secret', 'NATTER_WEBHOOK_SECRET'),
    webhookAllowPrivate: on('webhook-allow-private', 'NATTER_WEBHOOK_ALLOW_PRIVATE'),
    ssoSecrets: (values['sso-secret'] ?? (env.NATTER_SSO_SECRETS ?? '').split(','))
      .map((secret) => secret.trim())
      .filter(Boolean),
    staticDir: flag('static', 'NATTER_STATIC'),
    bundleDir: flag('bundle-dir', 'NATTER_BUNDLE_DIR'),
    seed: flag('seed', 'NATTER_SEED'),
  };
}

/** The token given directly or read from a file (one line; surrounding white space dropped). */
function adminToken(given: string | undefined, file: string | undefined): string | undefined {
  if (given !== undefined && file !== undefined) {
    throw new Error('Give the admin token once: --admin-token or --admin-token-file, not both');
  }
  if (file === undefined) {
    return given === undefined ? undefined : checkAdminToken(given, '--admin-token');
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`--admin-token-file: cannot read ${file} (${(error as Error).message})`);
  }
  return checkAdminToken(text.trim(), file);
}

/** `--edit-window`: minutes, decimals allowed (a short window for tests), as milliseconds. */
function minutes(raw: string | undefined): number {
  if (raw === undefined) return DEFAULT_EDIT_WINDOW_MS;
  if (!/^\d{1,6}(\.\d{1,4})?$/.test(raw)) {
    throw new Error(
      `--edit-window must be a number of minutes, e.g. 15, or 0 to turn editing off (got "${raw}")`,
    );
  }
  return Math.round(Number(raw) * 60_000);
}

function integer(raw: string, name: string): number {
  if (!/^\d+$/.test(raw)) throw new Error(`${name} must be a whole number (got "${raw}")`);
  return Number(raw);
}

/** `COUNT/SECONDS` or `off`. */
export function parseRate(
  raw: string | undefined,
  fallback: RateLimit | false,
  name: string,
): RateLimit | false {
  if (raw === undefined) return fallback;
  if (raw === 'off') return false;
  const match = /^(\d+)\/(\d+)$/.exec(raw);
  if (!match || Number(match[1]) < 1 || Number(match[2]) < 1) {
    throw new Error(`${name} must look like 10/60 (requests per seconds) or "off" (got "${raw}")`);
  }
  return {count: Number(match[1]), perSeconds: Number(match[2])};
}
