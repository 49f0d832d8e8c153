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
  /**
   * The author was signed in through the host site when writing (a user
   * token the backend verified), so the name is theirs, not just typed.
   */
  verified?: boolean;
}

/** Vote counts of a comment. `down` is 0 where the backend takes up-votes only. */
export interface VoteCounts {
  up: number;
  down: number;
}

/** A reader's vote: up, down, or none (taking a vote back). */
export type VoteValue = 1 | -1 | 0;

export interface Comment {
  id: string;
  /** `null` for a top-level comment. */
  parentId: string | null;
  author: Author;
  /**
   * Plain text, unless `bodyHtml` is set by an adapter whose backend speaks
   * HTML. When `markdown` is set, this is that source with its markup taken
   * out, for clients that show plain text.
   */
  body: string;
  /**
   * The text as written, in Natter's Markdown subset, where the backend
   * keeps it (capability `markdown`). The widget renders this, never as HTML.
   */
  markdown?: string;
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
  /** When the author last changed the text (ISO 8601), if they ever did. */
  editedAt?: string;
  /** Where the backend counts votes. */
  votes?: VoteCounts;
  /** The reader's own vote on this comment, when they cast one. */
  myVote?: 1 | -1;
  /**
   * The reader wrote this comment (the same author token, or the same
   * signed-in user): they may delete it, and edit it until `editableUntil`.
   */
  own?: boolean;
  /** For the reader's own comments: until when (ISO 8601) they may edit it. */
  editableUntil?: string;
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

/** `top` ranks top-level comments by a confidence score over their votes (capability `top`). */
export type SortOrder = 'oldest' | 'newest' | 'top';
