/**
 * Stored state of a comment. `spam` and `deleted` never reach readers as
 * such: a hidden comment that still has visible replies is shown as a tombstone.
 */
export type StoredStatus = 'published' | 'pending' | 'spam' | 'deleted';

export interface CommentsTable {
  id: string;
  thread: string;
  parent_id: string | null;
  /** Id of the top-level comment this one belongs under; null for top-level comments. */
  root_id: string | null;
  /** Ancestor ids and the comment's own id joined by `/`: finds a subtree with one prefix test. */
  path: string;
  /** Top level is 1. */
  depth: number;
  body: string;
  author_name: string;
  author_email: string | null;
  author_url: string | null;
  /** HMAC of the author token (else of the comment id): the public avatar. Never from the email. */
  author_key: string;
  /** HMAC of the browser's author token; lets an author see their own held comments. */
  author_token_hash: string | null;
  status: StoredStatus;
  idempotency_key: string | null;
  /** ISO 8601 UTC with milliseconds, so text order is time order on both databases. */
  created_at: string;
  updated_at: string;
  /** Set when the owner changed the text. */
  edited_at: string | null;
  /** HMAC of the email address, so a block can match it; null without an email. */
  email_key: string | null;
  /** 1 when the author asked for a mail about replies (a number: SQLite has no booleans). */
  notify_replies: number;
  /** 1 when the host site vouched for the author (a verified user token); name and links came from it. */
  author_verified: number;
  /** The avatar URL the host site gave a verified author; null otherwise. */
  author_avatar: string | null;
  /** Up- and down-votes, kept in step with `natter_votes` in the same transaction. */
  votes_up: number;
  votes_down: number;
  /** The `top` rank: the Wilson lower bound of the votes, times 1e9 (domain/wilson.ts). */
  score: number;
  /** The text as written, in the Markdown subset; `body` is its plain text. Null: plain text only. */
  markdown: string | null;
}

/** One reader's vote on a comment: 1 or -1 (taking a vote back deletes the row). */
export interface VotesTable {
  comment_id: string;
  /** The voter's author-token hash, as `comments.author_token_hash`. */
  voter_hash: string;
  thread: string;
  value: number;
  created_at: string;
}

/**
 * The score a comment had before the vote that moved its thread to
 * `version`: a `top` cursor ranks by the scores as of its first page's
 * version, whatever votes came since.
 */
export interface ScoreHistoryTable {
  comment_id: string;
  version: number;
  score_before: number;
}

export interface SettingsTable {
  key: string;
  value: string;
}

/** A token bucket of a rate limit, on PostgreSQL (`key` is `limit:client`). */
export interface RateLimitsTable {
  key: string;
  tokens: number;
  /** Tokens there were before the last update spent one. */
  available: number;
  updated_ms: number;
}

/** Proof-of-work solutions already accepted, until their challenge expires. */
export interface UsedProofsTable {
  signature: string;
  expires_ms: number;
}

/** Bumped on every write to a thread; part of its lists' ETags. */
export interface ThreadVersionsTable {
  thread: string;
  version: number;
}

/** A signed-in console session; the cookie holds the token, the table its hash. */
export interface AdminSessionsTable {
  token_hash: string;
  created_at: string;
  expires_at: string;
}

/** What the server does with new comments of a blocked author. */
export type BlockAction = 'hold' | 'drop';

export interface BlocksTable {
  id: string;
  author_key: string;
  email_key: string | null;
  /** The author's name when blocked, for the console. */
  name: string;
  action: BlockAction;
  created_at: string;
}

export interface ClosedThreadsTable {
  thread: string;
  closed_at: string;
}

export type OutboxKind = 'mail' | 'webhook';
export type OutboxState = 'pending' | 'sent' | 'failed';

/** A mail or webhook call to make, kept until it has gone out (see notify/outbox.ts). */
export interface OutboxTable {
  id: string;
  kind: OutboxKind;
  /** Unique when set: a second entry for the same thing is not written. */
  dedupe_key: string | null;
  /** JSON, as the sender needs it. */
  payload: string;
  state: OutboxState;
  attempts: number;
  next_attempt_at: string;
  /** The instance working on it, until `claimed_until`; another one may take it after that. */
  claimed_by: string | null;
  claimed_until: string | null;
  sent_at: string | null;
  last_error: string | null;
  created_at: string;
}

/** Addresses (by email key) that asked for no more mail. */
export interface UnsubscribesTable {
  email_key: string;
  created_at: string;
}

/** Names verified authors have posted under, folded (store/verified-names.ts): anonymous posts may not use them. */
export interface VerifiedNamesTable {
  name_key: string;
  created_at: string;
}

export interface Database {
  comments: CommentsTable;
  natter_settings: SettingsTable;
  natter_rate_limits: RateLimitsTable;
  natter_used_proofs: UsedProofsTable;
  natter_thread_versions: ThreadVersionsTable;
  natter_admin_sessions: AdminSessionsTable;
  natter_blocks: BlocksTable;
  natter_closed_threads: ClosedThreadsTable;
  natter_outbox: OutboxTable;
  natter_unsubscribes: UnsubscribesTable;
  natter_verified_names: VerifiedNamesTable;
  natter_votes: VotesTable;
  natter_score_history: ScoreHistoryTable;
}

export type CommentRow = CommentsTable;
