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
  /** The author asked for a mail when someone replies (offered when a page says `notify`). */
  notifyReplies?: boolean;
}

export type SortOrder = 'oldest' | 'newest';
