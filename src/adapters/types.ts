/**
 * The adapter contract: what a backend implements for Natter, and the shapes
 * that cross it besides the comments themselves (core/types.ts).
 */
import type {Comment, NewComment, SortOrder, VoteCounts, VoteValue} from '../core/types.js';

export type {Comment, NewComment, VoteCounts, VoteValue};

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

/**
 * What subscribers hear. `created` and `updated` carry a comment as this
 * reader sees it, or with `shared: true` as every reader sees it (a stream
 * shared by all readers cannot say what is whose: such a comment says
 * nothing of `own`, `editableUntil` or `myVote`, and the widget keeps what
 * it knew of them, for instance for its own post echoed back). `voted`
 * carries new counts only, never whose votes they are.
 */
export type CommentEvent =
  | {type: 'created'; comment: Comment; shared?: boolean}
  | {type: 'updated'; comment: Comment; shared?: boolean}
  | {type: 'deleted'; id: string}
  | {type: 'voted'; id: string; votes: VoteCounts};

/** A change to the reader's own comment. */
export interface CommentChange {
  /** The new text, checked like a new comment's. */
  body: string;
}

/** What a vote leaves: the comment's counts and the reader's vote now. */
export interface VoteResult {
  votes: VoteCounts;
  /** Absent when the reader has no vote on the comment now. */
  myVote?: 1 | -1;
}

export interface CallOptions {
  signal?: AbortSignal;
}

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
  /** Whether the backend keeps Markdown source (`Comment.markdown`). Default false. */
  markdown?: boolean;
  /** Whether `vote` takes -1 as well as 1. Default false. */
  downVotes?: boolean;
  /** Whether `list` takes `sort: 'top'`. Default false. */
  top?: boolean;
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
  /**
   * Changes the text of the reader's own comment. Throws `forbidden` when it
   * is not theirs or the backend's edit window has passed, `not-found` when
   * there is no such comment, `validation` (field `body`) for bad text.
   * Returns the comment as the reader now sees it, with `editedAt` set.
   */
  update?(
    thread: string,
    id: string,
    change: CommentChange,
    options?: CallOptions,
  ): Promise<Comment>;
  /**
   * Deletes the reader's own comment, at any time. Returns the tombstone
   * (status `deleted`, no text, no author) when it has visible replies, and
   * `null` when it is gone. Throws `forbidden` when it is not theirs.
   */
  remove?(thread: string, id: string, options?: CallOptions): Promise<Comment | null>;
  /**
   * Casts (1, or -1 where `capabilities.downVotes`), changes or takes back
   * (0) the reader's one vote on a comment. Voting again with the same value
   * changes nothing. Throws `forbidden` for a vote on the reader's own
   * comment, `rate-limited` when voting too fast.
   */
  vote?(thread: string, id: string, value: VoteValue, options?: CallOptions): Promise<VoteResult>;
  /**
   * Signs the reader in with a token the host site issued (`user-token`),
   * or out with `null`. Later calls act as that user; the backend verifies
   * the token on every write and refuses a bad one with `forbidden`
   * (field `userToken`).
   */
  setUserToken?(token: string | null): void;
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
