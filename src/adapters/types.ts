/**
 * The adapter contract: what a backend implements for Natter, and the shapes
 * that cross it besides the comments themselves (core/types.ts).
 */
import type {Comment, NewComment, SortOrder} from '../core/types.js';

export type {Comment, NewComment};

export interface ListOptions {
  /** Opaque cursor from a previous page's `nextCursor`. */
  cursor?: string;
  sort?: SortOrder;
  /** Top-level comments per page. Replies of those comments come with them. */
  pageSize?: number;
  signal?: AbortSignal;
}

export interface CommentPage {
  /** Top-level comments of this page and their replies, in no required order. */
  comments: Comment[];
  /** Total number of visible comments in the thread (all levels). */
  total: number;
  /** Present when there are more top-level comments. */
  nextCursor?: string;
  /** True when the thread takes no new comments: the widget shows no form. */
  closed?: boolean;
  /**
   * True when the backend can mail an author about replies: the form then
   * offers "Notify me of replies by email", and the draft carries `notifyReplies`.
   */
  notify?: boolean;
}

export interface CreateOptions {
  /**
   * One key per draft, reused across retries, so that a retried create
   * never makes a second comment.
   */
  idempotencyKey: string;
  signal?: AbortSignal;
}

export type CommentEvent =
  | {type: 'created'; comment: Comment}
  | {type: 'updated'; comment: Comment}
  | {type: 'deleted'; id: string};

export interface AdapterCapabilities {
  /** Whether the backend requires an email to post. Default true. */
  requiresEmail?: boolean;
  /** Whether the backend accepts replies. Default true. */
  replies?: boolean;
  /** Whether the backend can sort newest first. Default true. */
  sort?: boolean;
  /**
   * The deepest level a comment can sit at, a top-level comment being level
   * 1 (2: replies, but no replies to replies). A Reply at that level answers
   * the comment's parent instead, and the form names whom it answers.
   * Default: no limit.
   */
  deepestLevel?: number;
}

/**
 * What a backend must do for Natter. `list` and `create` are required; the
 * widget hides what an optional method or a capability says is missing.
 * Failures are thrown as `AdapterError`.
 */
export interface CommentsAdapter {
  list(thread: string, options: ListOptions): Promise<CommentPage>;
  create(thread: string, draft: NewComment, options: CreateOptions): Promise<Comment>;
  count?(threads: string[], options?: {signal?: AbortSignal}): Promise<Record<string, number>>;
  subscribe?(thread: string, onEvent: (event: CommentEvent) => void): () => void;
  /**
   * The rest of a large subtree, for comments whose `moreReplies` is above 0.
   * Replies come oldest first, at any depth below `parentId`.
   */
  listReplies?(thread: string, parentId: string, options: ReplyListOptions): Promise<ReplyPage>;
  /**
   * A comment that may be on no loaded page, with what places it in the
   * thread, for `#comment-<id>` links. Throws `AdapterError` `not-found`
   * when the reader cannot see such a comment in `thread`.
   */
  context?(thread: string, id: string, options?: {signal?: AbortSignal}): Promise<CommentContext>;
  /**
   * Called while the person writes a comment in `thread`, so the adapter can
   * get ready for `create` ahead of time (the rest adapter solves the
   * server's proof-of-work challenge). Called often: it must be cheap to repeat.
   */
  prepare?(thread: string): void;
  readonly capabilities?: AdapterCapabilities;
}

export interface ReplyListOptions {
  cursor?: string;
  signal?: AbortSignal;
}

export interface CommentContext {
  /**
   * The comment, every ancestor up to its top-level comment, and the first
   * replies of that top-level comment (which carries `moreReplies` when some
   * were left out, as on a page). In no required order.
   */
  comments: Comment[];
}

export interface ReplyPage {
  comments: Comment[];
  nextCursor?: string;
}
