/** What the admin API (`/api/admin`) sends and takes; see docs of natter-server. */

export type CommentStatus = 'published' | 'pending' | 'spam' | 'deleted';

export interface AdminComment {
  id: string;
  /** Thread key, usually the article's path. */
  thread: string;
  parentId: string | null;
  author: {name: string; email?: string; url?: string; avatar: string};
  /** Stable key of the author, for blocking and filtering. */
  authorKey: string;
  /** Published comments with the same author key. */
  approvedCount: number;
  parent?: {id: string; author: {name: string}; body: string};
  /** Plain text: rendered as text, never as HTML. */
  body: string;
  /** The text as written (Markdown subset); what the owner edits when present. */
  markdown?: string;
  createdAt: string;
  editedAt?: string;
  status: CommentStatus;
  blocked?: boolean;
}

export interface CommentPage {
  comments: AdminComment[];
  nextCursor?: string;
}

export interface CommentQuery {
  status?: CommentStatus | 'all';
  order?: 'oldest' | 'newest';
  thread?: string;
  author?: string;
  q?: string;
  limit?: number;
  cursor?: string;
}

export type BlockAction = 'hold' | 'drop';

export interface Block {
  id: string;
  name: string;
  authorKey: string;
  hasEmail: boolean;
  action: BlockAction;
  createdAt: string;
}

export interface ThreadSummary {
  thread: string;
  published: number;
  pending: number;
  spam: number;
  deleted: number;
  lastActivity: string;
  closed: boolean;
}

export interface ThreadPage {
  threads: ThreadSummary[];
  nextCursor?: string;
}

export type RateLimit = {count: number; perSeconds: number} | false;

export interface AdminSettings {
  moderation: 'none' | 'first-time' | 'all';
  emailOptional: boolean;
  origins: string[];
  /** Origin of the article pages: thread links resolve against it. */
  site: string;
  rateLimits: {reads: RateLimit; posts: RateLimit; postsPerEmail: RateLimit};
  proofOfWork: number;
  maxStreams: number;
  maxStreamsPerAddress: number;
  cache: {maxAge: number; staleWhileRevalidate: number};
  database: 'sqlite' | 'postgres';
  passwordSet: boolean;
  sessionHours: number;
}

export interface Session {
  expiresAt: string;
}
