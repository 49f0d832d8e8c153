/**
 * Turning WordPress's REST comments (`/wp/v2/comments`) into Natter's
 * `Comment`, and a draft into what WordPress expects. WordPress sends HTML
 * in several fields: the body is HTML by design, and author names and URLs
 * come entity-encoded (decoded by src/core/html-text.ts, without the page).
 */
import type {Comment, CommentStatus, NewComment} from '../../core/types.js';
import {decodeEntities, htmlToText} from '../../core/html-text.js';
import {safeUrl} from '../../core/url.js';

/** The fields of a WordPress comment the adapter asks for (`_fields`). */
export interface WordPressComment {
  id: number;
  post?: number;
  parent?: number;
  author_name?: string;
  author_url?: string;
  date_gmt?: string;
  content?: {rendered?: string};
  status?: string;
  author_avatar_urls?: Record<string, string>;
}

export const WORDPRESS_FIELDS =
  'id,post,parent,author_name,author_url,date_gmt,content,status,author_avatar_urls';

/** The avatar size the widget shows at most, in CSS pixels. */
const AVATAR_MAX = 96;

/** WordPress's `date_gmt` is UTC written without a zone: `2024-03-01T09:00:00`. */
export function wordPressDate(dateGmt: string | undefined): string | undefined {
  if (!dateGmt) return undefined;
  const zoned = /(?:Z|[+-]\d\d:?\d\d)$/i.test(dateGmt) ? dateGmt : `${dateGmt}Z`;
  const time = Date.parse(zoned);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

/** The largest avatar no bigger than the widget shows (else the smallest). */
export function pickAvatar(urls: Record<string, string> | undefined): string | undefined {
  if (!urls || typeof urls !== 'object') return undefined;
  const sizes = Object.keys(urls)
    .map(Number)
    .filter((size) => Number.isFinite(size) && typeof urls[String(size)] === 'string')
    .sort((a, b) => a - b);
  if (!sizes.length) return undefined;
  const fitting = sizes.filter((size) => size <= AVATAR_MAX);
  const size = fitting.length ? fitting[fitting.length - 1] : sizes[0];
  return safeUrl(urls[String(size)]);
}

/** Anything but `approved` is not public yet: held, or silently marked spam. */
export function wordPressStatus(status: string | undefined): CommentStatus {
  return status === 'approved' || status === undefined ? 'published' : 'pending';
}

/**
 * A WordPress comment as a Natter `Comment`, or `undefined` when it lacks an
 * id or a readable date. `parent` 0 means top level; any other parent is
 * kept even when it is not in the list (held, trashed, or on another post),
 * so the widget can show the reply under a missing parent.
 */
export function toComment(raw: WordPressComment): Comment | undefined {
  if (!raw || typeof raw !== 'object' || !Number.isInteger(raw.id) || raw.id <= 0) return undefined;
  const createdAt = wordPressDate(raw.date_gmt);
  if (!createdAt) return undefined;
  const html = typeof raw.content?.rendered === 'string' ? raw.content.rendered : '';
  const parent = Number(raw.parent ?? 0);
  const comment: Comment = {
    id: String(raw.id),
    parentId: Number.isInteger(parent) && parent > 0 && parent !== raw.id ? String(parent) : null,
    author: {name: decodeEntities(String(raw.author_name ?? '')).trim()},
    body: htmlToText(html),
    bodyHtml: html,
    createdAt,
    status: wordPressStatus(raw.status),
  };
  const url = raw.author_url ? safeUrl(decodeEntities(raw.author_url)) : undefined;
  if (url) comment.author.url = url;
  const avatar = pickAvatar(raw.author_avatar_urls);
  if (avatar) comment.author.avatar = avatar;
  return comment;
}

/**
 * The text a person typed, made safe to send as WordPress `content`, which
 * WordPress reads as HTML: `<`, `>` and `&` are escaped so the comment shows
 * exactly what was typed. WordPress still turns line breaks into paragraphs
 * and bare URLs into links when it renders.
 */
export function escapeBody(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The JSON body of `POST /wp/v2/comments` for a draft. */
export function toWordPressDraft(post: number, draft: NewComment): Record<string, unknown> {
  const body: Record<string, unknown> = {
    post,
    parent: draft.parentId ? Number(draft.parentId) : 0,
    author_name: draft.author.name.trim(),
    content: escapeBody(draft.body.trim()),
  };
  const email = draft.author.email?.trim();
  if (email) body.author_email = email;
  const url = draft.author.url?.trim();
  if (url) body.author_url = url;
  return body;
}
