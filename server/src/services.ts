import type {Context} from 'hono';
import type {Kysely} from 'kysely';
import type {Database} from './db/schema.js';
import type {Identity} from './domain/identity.js';
import type {RateLimiter} from './http/rate-limit.js';
import type {EventHub} from './live/hub.js';
import type {ResolvedOptions} from './options.js';

/** What the route modules share: built once per app by `createCommentsApp`. */
export interface Services {
  db: Kysely<Database>;
  hub: EventHub;
  identity: Identity;
  options: ResolvedOptions;
  limits: {reads: RateLimiter; posts: RateLimiter; postsPerEmail: RateLimiter};
  clientAddress(c: Context): string;
}
