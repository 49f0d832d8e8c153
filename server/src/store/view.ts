import type {CommentRow} from '../db/schema.js';
import type {AdminExtras} from './moderation.js';

/** A comment as the protocol shows it to readers (docs/protocol.md). */
export interface PublicComment {
  id: string;
  parentId: string | null;
  author: {name: string; url?: string; avatar?: string; verified?: true};
  body: string;
  /** The text as written (Markdown subset), when the comment was written as such. */
  markdown?: string;
  createdAt: string;
  status: 'published' | 'pending' | 'deleted';
  moreReplies?: number;
  editedAt?: string;
  votes?: {up: number; down: number};
  /** The reader's vote on it. */
  myVote?: 1 | -1;
  /** The reader wrote it. */
  own?: boolean;
  /** For the reader's own comments, while the server lets authors edit. */
  editableUntil?: string;
}

/** What makes a view the reader's own: who they are, their votes, the edit window. */
export interface Personal {
  tokenHash: string | null;
  /** 0: authors may not edit. */
  editWindowMs: number;
  /** The reader's votes by comment id (only the shown ones need to be there). */
  myVotes?: ReadonlyMap<string, number>;
}

/** What a moderator sees: the thread, the address and the stored status too. */
export interface AdminComment extends Omit<
  PublicComment,
  'status' | 'author' | 'votes' | 'myVote' | 'own' | 'editableUntil'
> {
  thread: string;
  status: CommentRow['status'];
  author: {name: string; email?: string; url?: string; avatar: string};
  /** Groups an author's comments (the avatar's key); what a block names. */
  authorKey: string;
  /** This author's published comments. */
  approvedCount: number;
  /** The comment this one answers, its text cut short. */
  parent?: {id: string; author: {name: string}; body: string};
  editedAt?: string;
  /** The author (by key or email) is blocked. */
  blocked?: boolean;
}

/** Text of a parent shown beside a reply in the console. */
const PARENT_EXCERPT_CHARS = 280;

export const avatarPath = (authorKey: string) => `/api/avatars/${authorKey}.svg`;

/**
 * The reader's view of a row. Rows the reader may not see in full (deleted,
 * spam, someone else's held comment) only reach here because they have
 * visible replies, and become tombstones that keep those replies in place.
 */
export function publicView(
  row: CommentRow,
  tokenHash: string | null,
  personal?: Personal,
): PublicComment {
  const live =
    row.status === 'published' ||
    (row.status === 'pending' && tokenHash !== null && row.author_token_hash === tokenHash);
  return live ? fullView(row, personal) : tombstone(row);
}

/**
 * What the request that wrote a comment is told: its text and true status
 * (`pending` while held), whether or not it sent an author token.
 */
export function authorView(row: CommentRow, personal?: Personal): PublicComment {
  return row.status === 'published' || row.status === 'pending'
    ? fullView(row, personal)
    : tombstone(row);
}

function fullView(row: CommentRow, personal?: Personal): PublicComment {
  const author: PublicComment['author'] = {name: row.author_name};
  if (row.author_url) author.url = row.author_url;
  author.avatar = row.author_avatar ?? avatarPath(row.author_key);
  if (row.author_verified) author.verified = true;
  const view: PublicComment = {
    id: row.id,
    parentId: row.parent_id,
    author,
    body: row.body,
    createdAt: row.created_at,
    status: row.status === 'pending' ? 'pending' : 'published',
    votes: {up: Number(row.votes_up ?? 0), down: Number(row.votes_down ?? 0)},
  };
  if (row.markdown !== null && row.markdown !== undefined) view.markdown = row.markdown;
  if (row.edited_at) view.editedAt = row.edited_at;
  const tokenHash = personal?.tokenHash ?? null;
  if (tokenHash !== null && row.author_token_hash === tokenHash) {
    view.own = true;
    if (personal!.editWindowMs > 0) view.editableUntil = editableUntil(row, personal!.editWindowMs);
  }
  const vote = personal?.myVotes?.get(row.id);
  if (vote === 1 || vote === -1) view.myVote = vote;
  return view;
}

/** When the author's chance to edit `row` ends. */
export function editableUntil(row: CommentRow, editWindowMs: number): string {
  return new Date(Date.parse(row.created_at) + editWindowMs).toISOString();
}

function tombstone(row: CommentRow): PublicComment {
  return {
    id: row.id,
    parentId: row.parent_id,
    author: {name: ''},
    body: '',
    createdAt: row.created_at,
    status: 'deleted',
  };
}

export function adminView(row: CommentRow, extras?: AdminExtras): AdminComment {
  const author: AdminComment['author'] = {
    name: row.author_name,
    avatar: avatarPath(row.author_key),
  };
  if (row.author_email) author.email = row.author_email;
  if (row.author_url) author.url = row.author_url;
  const view: AdminComment = {
    id: row.id,
    thread: row.thread,
    parentId: row.parent_id,
    author,
    body: row.body,
    createdAt: row.created_at,
    status: row.status,
    authorKey: row.author_key,
    approvedCount: extras?.approved.get(row.author_key) ?? 0,
  };
  const parent = row.parent_id ? extras?.parents.get(row.parent_id) : undefined;
  if (parent) {
    const body = [...parent.body];
    view.parent = {
      id: parent.id,
      author: {name: parent.author_name},
      body:
        body.length > PARENT_EXCERPT_CHARS
          ? `${body.slice(0, PARENT_EXCERPT_CHARS).join('')}…`
          : parent.body,
    };
  }
  if (row.markdown !== null) view.markdown = row.markdown;
  if (row.edited_at) view.editedAt = row.edited_at;
  const blocked = extras?.blockedKeys;
  if (blocked?.has(row.author_key) || (row.email_key && blocked?.has(row.email_key))) {
    view.blocked = true;
  }
  return view;
}
