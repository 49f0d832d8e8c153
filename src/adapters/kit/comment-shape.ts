import type {Author, Comment, CommentStatus} from '../../core/types.js';
import {safeUrl} from '../../core/url.js';

const STATUSES: readonly CommentStatus[] = ['published', 'pending', 'deleted'];

export interface ReadCommentOptions {
  /** Base for relative avatar URLs (the backend's endpoint). */
  base?: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readId(value: unknown): string | undefined {
  if (typeof value === 'string' && value !== '') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

function readAuthor(value: unknown, options: ReadCommentOptions): Author {
  const raw = isRecord(value) ? value : {};
  const author: Author = {name: typeof raw.name === 'string' ? raw.name : ''};
  const url = typeof raw.url === 'string' ? safeUrl(raw.url) : undefined;
  if (url) author.url = url;
  const avatar =
    typeof raw.avatar === 'string' ? safeUrl(raw.avatar, {base: options.base}) : undefined;
  if (avatar) author.avatar = avatar;
  if (raw.verified === true) author.verified = true;
  return author;
}

/**
 * Turns untrusted data (a server response, stored JSON) into a `Comment`
 * the widget can render without surprises, or `undefined` when it cannot be
 * repaired. What is kept is exactly the contract's fields, as strings of the
 * right kind: an email address, HTML or any extra field never gets through.
 *
 * Repairs: numeric ids become strings; a missing author name becomes empty
 * (the widget shows its "anonymous" text); unsafe author URLs are dropped;
 * a deleted comment's body may be missing. Refused: no id, an unknown status,
 * an unreadable date, or a visible comment without a text body.
 */
export function readComment(value: unknown, options: ReadCommentOptions = {}): Comment | undefined {
  if (!isRecord(value)) return undefined;
  const id = readId(value.id);
  if (!id) return undefined;

  let parentId: string | null = null;
  if (value.parentId !== null && value.parentId !== undefined) {
    const parent = readId(value.parentId);
    if (!parent || parent === id) return undefined;
    parentId = parent;
  }

  const status = value.status as CommentStatus;
  if (!STATUSES.includes(status)) return undefined;

  const time = typeof value.createdAt === 'string' ? Date.parse(value.createdAt) : NaN;
  if (Number.isNaN(time)) return undefined;

  let body: string;
  if (typeof value.body === 'string') body = value.body;
  else if (status === 'deleted') body = '';
  else return undefined;

  const comment: Comment = {
    id,
    parentId,
    author: readAuthor(value.author, options),
    body: status === 'deleted' ? '' : body,
    createdAt: new Date(time).toISOString(),
    status,
  };
  if (status === 'deleted') comment.author = {name: ''};
  else if (typeof value.markdown === 'string') comment.markdown = value.markdown;
  const more = value.moreReplies;
  if (typeof more === 'number' && Number.isInteger(more) && more > 0) comment.moreReplies = more;
  return comment;
}
