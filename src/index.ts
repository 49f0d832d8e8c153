/**
 * Natter's public API: the element classes, the adapters and the types.
 * Importing this module has no side effects: nothing is registered and the
 * DOM is not touched, so it is safe in Node (server-side rendering, tests).
 * Register the elements with `natter/define`, or use the script-tag build.
 */

// Elements
export {NatterComments} from './components/natter-comments/natter-comments.js';
export {NatterReplyForm} from './components/natter-reply-form/natter-reply-form.js';
export {NatterCount} from './components/natter-count/natter-count.js';

// Events
export {NatterErrorEvent, type ErrorContext} from './events/error-event.js';
export {LoadedEvent} from './events/loaded-event.js';
export {CommentPostedEvent} from './events/comment-posted-event.js';
export {CommentSendingEvent} from './events/comment-sending-event.js';
export {CommentFailedEvent} from './events/comment-failed-event.js';
export {CommentQueuedEvent} from './events/comment-queued-event.js';
export {ReplyCancelEvent} from './events/reply-cancel-event.js';
export {CommentUpdatedEvent} from './events/comment-updated-event.js';
export {CommentDeletedEvent} from './events/comment-deleted-event.js';
export {VoteEvent} from './events/vote-event.js';
export {EditCancelEvent} from './events/edit-cancel-event.js';

// Adapters and their contract
export type {
  AdapterCapabilities,
  CallOptions,
  CommentChange,
  CommentContext,
  CommentEvent,
  CommentPage,
  CommentsAdapter,
  CreateOptions,
  ListOptions,
  ReplyListOptions,
  ReplyPage,
  VoteResult,
} from './adapters/types.js';
export {
  AdapterError,
  isAdapterError,
  type AdapterErrorCode,
  type AdapterErrorOptions,
} from './adapters/errors.js';
export {ConfigError, isConfigError, type AdapterName} from './adapters/resolve.js';
export {
  createMemoryAdapter,
  type MemoryAdapter,
  type MemoryAdapterOptions,
} from './adapters/memory.js';
export {
  createLocalAdapter,
  DEFAULT_STORAGE_KEY,
  type LocalAdapterOptions,
} from './adapters/local.js';
export type {StoreAdapter, SimulatedBackendOptions} from './adapters/store/store-adapter.js';
export {createRestAdapter, type RestAdapter, type RestAdapterOptions} from './adapters/rest.js';
export {getAuthorToken, AUTHOR_TOKEN_KEY} from './adapters/kit/author-token.js';
// The WordPress adapter is deliberately not re-exported here: it is imported
// from `natter/adapters/wordpress`, so bundles that don't use it never see it.
export type {WordPressAdapterOptions, WordPressAdapter} from './adapters/wordpress.js';

// Data model
export type {
  Author,
  Comment,
  CommentStatus,
  NewComment,
  SortOrder,
  VoteCounts,
  VoteValue,
} from './core/types.js';

// Messages, identity and drafts
export {
  en,
  format,
  type Message,
  type MessageKey,
  type MessageOverrides,
  type Messages,
  type PluralMessage,
} from './core/messages.js';
export type {Identity} from './core/identity.js';
export {validateDraft, limits, type DraftField, type FieldError} from './core/validate.js';
export {CountBatcher, countBatcherFor} from './components/natter-count/count-batcher.js';
