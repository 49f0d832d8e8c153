import {Hono} from 'hono';
import {bodyLimit} from 'hono/body-limit';
import {loadSecret} from './db/settings.js';
import {openDatabase, type OpenDatabase} from './db/connect.js';
import {Identity} from './domain/identity.js';
import {UserTokens} from './domain/user-token.js';
import {AnswerCache} from './http/answer-cache.js';
import {clientAddress, selfOrigin} from './http/client.js';
import {cors} from './http/cors.js';
import {HttpError} from './http/errors.js';
import {PostgresBuckets} from './db/rate-buckets.js';
import {ProofOfWork} from './http/proof-of-work.js';
import {MemoryBuckets, RateLimiter, type BucketStore} from './http/rate-limit.js';
import {resolveNotice} from './live/changes.js';
import {Heartbeat} from './live/heartbeat.js';
import {EventHub} from './live/hub.js';
import {StreamGate} from './live/stream-gate.js';
import {startPostgresRelay} from './live/pg-relay.js';
import {mailSender} from './notify/mail.js';
import {Notifier} from './notify/notifier.js';
import {webhookSender} from './notify/webhooks.js';
import {OutboxWorker, type Sender} from './notify/worker.js';
import {resolveOptions, type CommentsAppOptions, type ResolvedOptions} from './options.js';
import {adminRoutes} from './routes/admin.js';
import {adminPageRoutes} from './routes/admin-page.js';
import {assetRoutes} from './routes/assets.js';
import {notifyLinkRoutes} from './routes/notify-links.js';
import {commentRoutes} from './routes/comments.js';
import {challengeRoutes} from './routes/challenge.js';
import {countRoutes} from './routes/counts.js';
import {eventRoutes} from './routes/events.js';
import type {Services} from './services.js';

export const MAX_BODY_BYTES = 64 * 1024;
/** Failed console sign-ins per address: five at once, then one every two minutes. */
const SIGN_IN_LIMIT = {count: 5, perSeconds: 600};

export interface CommentsApp {
  /** The Hono app; mount it or serve it. */
  app: Hono;
  /** A standard fetch handler (`Request` → `Response`). */
  fetch: (request: Request, env?: unknown) => Response | Promise<Response>;
  options: ResolvedOptions;
  database: OpenDatabase;
  /** The database, hub and helpers the routes use: for tools (seeding) and tests. */
  services: Services;
  /** Ends open event streams, stops listening for other instances and closes the database. */
  close(): Promise<void>;
}

/**
 * Builds the comments server: opens (and migrates) the database, then wires
 * the routes of docs/protocol.md. Serve `fetch` with any fetch-style server;
 * `startServer` in node.ts does that on Node.
 */
export async function createCommentsApp(input: CommentsAppOptions): Promise<CommentsApp> {
  const options = resolveOptions(input);
  const database = await openDatabase(options.database);
  const {db} = database;
  let relay: {close(): Promise<void>} | undefined;
  let worker: OutboxWorker | null = null;
  try {
    const secret = await loadSecret(db, options.secret);
    const identity = new Identity(secret);
    const hub = new EventHub((notice) => resolveNotice(db, notice));
    if (database.postgresUrl) relay = await startPostgresRelay(db, database.postgresUrl, hub);
    // Instances on one PostgreSQL share their budgets; SQLite means one instance.
    const buckets: BucketStore =
      database.kind === 'postgres' ? new PostgresBuckets(db) : new MemoryBuckets();
    const {rateLimits} = options;
    worker = startWorker(database, options);
    const services: Services = {
      db,
      hub,
      identity,
      options,
      limits: {
        reads: new RateLimiter(rateLimits.reads, 'reads', 'requests', buckets),
        posts: new RateLimiter(rateLimits.posts, 'posts', 'comments from this address', buckets),
        postsPerEmail: new RateLimiter(
          rateLimits.postsPerEmail,
          'email',
          'comments from this email address',
          buckets,
        ),
        votes: new RateLimiter(rateLimits.votes, 'votes', 'votes from this address', buckets),
        votesPerVoter: new RateLimiter(rateLimits.votesPerVoter, 'voter', 'votes', buckets),
        signIns: new RateLimiter(SIGN_IN_LIMIT, 'sign-in', 'failed sign-ins', buckets),
      },
      databaseKind: database.kind,
      proofOfWork:
        options.proofOfWork > 0
          ? new ProofOfWork(db, `proof-of-work:${secret}`, options.proofOfWork)
          : null,
      heartbeat: new Heartbeat(options.pingIntervalMs, options.streamLifetimeMs),
      streams: new StreamGate(options.maxStreams, options.maxStreamsPerAddress),
      answers: new AnswerCache(),
      clientAddress: (c) => clientAddress(c, options.proxyTrust),
      notifier: new Notifier(options, identity, worker),
      publicBase: (c) => options.publicUrl ?? selfOrigin(c, options.proxyTrust),
      userTokens: new UserTokens(options.ssoKeys),
    };
    const app = buildApp(services);
    return {
      app,
      fetch: (request, env) => app.fetch(request, env),
      options,
      database,
      services,
      async close() {
        hub.close();
        services.heartbeat.stop();
        await worker?.close();
        await relay?.close();
        await db.destroy();
      },
    };
  } catch (error) {
    await worker?.close();
    await relay?.close();
    await db.destroy();
    throw error;
  }
}

/** One outbox worker per instance, when there is anything to send. */
function startWorker(database: OpenDatabase, options: ResolvedOptions): OutboxWorker | null {
  const senders: Partial<Record<'mail' | 'webhook', Sender>> = {};
  if (options.webhooks.length && options.webhookSecret) {
    senders.webhook = webhookSender(options.webhookSecret, options.webhookAllowPrivate);
  }
  if (options.smtp && options.mailFrom) {
    senders.mail = mailSender(options.smtp, options.mailFrom, database.db);
  }
  if (Object.keys(senders).length === 0) return null;
  const worker = new OutboxWorker(database.db, database.kind, senders, options.outbox);
  worker.start();
  return worker;
}

function buildApp(services: Services): Hono {
  const {options} = services;
  const app = new Hono();
  app.onError((error, c) => {
    if (error instanceof HttpError) {
      if (error.retryAfter !== undefined) c.header('Retry-After', String(error.retryAfter));
      return c.json(error.toJSON(), error.status);
    }
    console.error('natter: request failed', c.req.method, c.req.path, error);
    return c.json({error: {code: 'server', message: 'Something went wrong on the server.'}}, 500);
  });
  app.notFound((c) => c.json({error: {code: 'not-found', message: 'There is nothing here.'}}, 404));

  app.use('*', async (c, next) => {
    // Browsers must take every response for the type it declares.
    c.header('X-Content-Type-Options', 'nosniff');
    await next();
  });
  app.use(
    '*',
    cors(options.origins, (c) => selfOrigin(c, options.proxyTrust)),
  );
  const limitBody = bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: (c) => {
      // The upload is answered unread; a kept-alive socket would be cut
      // while the client still writes, and it would never see this answer.
      c.header('Connection', 'close');
      return c.json(
        {error: {code: 'too-large', message: 'The request is larger than 64 KiB.'}},
        413,
      );
    },
  });
  // A GET or HEAD has no body to limit, and asking for one makes Node's
  // adapter build a second, full Request (with an AbortController): memory
  // every open event stream would keep.
  app.use('/api/*', (c, next) =>
    c.req.method === 'GET' || c.req.method === 'HEAD' ? next() : limitBody(c, next),
  );
  app.route('/api/comments', commentRoutes(services));
  app.route('/api/counts', countRoutes(services));
  app.route('/api/challenge', challengeRoutes(services));
  app.route('/api/events', eventRoutes(services));
  app.route('/api/admin', adminRoutes(services));
  app.route('/admin', adminPageRoutes(services));
  app.route('/notify', notifyLinkRoutes(services));
  app.route('/', assetRoutes(services));
  return app;
}
