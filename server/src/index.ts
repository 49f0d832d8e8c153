/**
 * natter-server: the reference backend of Natter (docs/protocol.md).
 *
 * `createCommentsApp` builds a fetch handler for any runtime; `startServer`
 * serves it on Node.
 */
export {createCommentsApp, MAX_BODY_BYTES, type CommentsApp} from './app.js';
export {startServer, type RunningServer, type ServerOptions} from './node.js';
export {
  DEFAULT_RATE_LIMITS,
  type CommentsAppOptions,
  type ModerationMode,
  type RateLimit,
  type RateLimits,
} from './options.js';
export {importDiscussion, type Discussion} from './seed.js';
