import type {Context} from 'hono';
import type {Kysely} from 'kysely';
import type {Database} from './db/schema.js';
import type {Identity} from './domain/identity.js';
import type {UserTokens} from './domain/user-token.js';
import type {AnswerCache} from './http/answer-cache.js';
import type {ProofOfWork} from './http/proof-of-work.js';
import type {RateLimiter} from './http/rate-limit.js';
import type {Heartbeat} from './live/heartbeat.js';
import type {EventHub} from './live/hub.js';
import type {Notifier} from './notify/notifier.js';
import type {StreamGate} from './live/stream-gate.js';
import type {ResolvedOptions} from './options.js';

/** What the route modules share: built once per app by `createCommentsApp`. */
export interface Services {
  db: Kysely<Database>;
  hub: EventHub;
  identity: Identity;
  options: ResolvedOptions;
  limits: {
    reads: RateLimiter;
    posts: RateLimiter;
    postsPerEmail: RateLimiter;
    /** Votes per client address, and per voter (author token hash). */
    votes: RateLimiter;
    votesPerVoter: RateLimiter;
    /** Failed console sign-ins per client address. */
    signIns: RateLimiter;
  };
  databaseKind: 'sqlite' | 'postgres';
  /** The proof-of-work gate for posts; null when it is off. */
  proofOfWork: ProofOfWork | null;
  /** Pings open event streams and ends them after their lifetime, with one timer. */
  heartbeat: Heartbeat;
  /** Caps on open event streams. */
  streams: StreamGate;
  /** Shared list, replies and counts answers by ETag. */
  answers: AnswerCache;
  /** The key every per-client limit counts by (see http/client.ts). */
  clientAddress(c: Context): string;
  /** Writes the mails and webhook calls a change causes (see notify/). */
  notifier: Notifier;
  /** The server's address as readers reach it, for links in mails. */
  publicBase(c: Context): string;
  /** Verifies the host site's user tokens (`X-Natter-User`, docs/sso.md). */
  userTokens: UserTokens;
}
