import type {
  AdapterCapabilities,
  Comment,
  CommentEvent,
  CommentPage,
  CreateOptions,
  ListOptions,
  NewComment,
} from '../core/types.js';

export type {
  AdapterCapabilities,
  Comment,
  CommentEvent,
  CommentPage,
  CreateOptions,
  ListOptions,
  NewComment,
};

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

export interface ReplyPage {
  comments: Comment[];
  nextCursor?: string;
}
