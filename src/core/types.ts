/**
 * The data model shared by adapters, core logic and components.
 * Everything here is plain data so that it crosses the adapter boundary
 * (and the network) without surprises.
 */

/** Publication state of a comment as the reader is allowed to see it. */
export type CommentStatus = 'published' | 'pending' | 'deleted';

/** The public face of an author. Never carries an email address. */
export interface Author {
  name: string;
  /** The author's website, if they gave one. Rendered only when http(s). */
  url?: string;
  /** An avatar image URL provided by the backend. */
  avatar?: string;
}

export interface Comment {
  id: string;
  /** `null` for a top-level comment. */
  parentId: string | null;
  author: Author;
  /** Plain text, unless `bodyHtml` is set by an adapter whose backend speaks HTML. */
  body: string;
  /**
   * Backend-provided HTML (WordPress). Never trusted: it is sanitised at
   * render time and `body` holds a plain-text fallback.
   */
  bodyHtml?: string;
  /** ISO 8601 timestamp in UTC. */
  createdAt: string;
  status: CommentStatus;
  /** Number of replies in this comment's subtree that the page did not include. */
  moreReplies?: number;
}

/** What a writer submits. */
export interface NewComment {
  parentId: string | null;
  body: string;
  author: {name: string; email?: string; url?: string};
  /**
   * Signals that let a backend drop bot posts quietly: the value of the
   * form's hidden honeypot field (empty for people) and the time since the
   * person began the draft.
   */
  antispam?: {honeypot: string; elapsedMs: number};
}

export type SortOrder = 'oldest' | 'newest';

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
}
