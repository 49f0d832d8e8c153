/**
 * WordPress REST errors (`{code, message, data: {status, params?}}`) as
 * `AdapterError`s the widget can explain. WordPress's messages are HTML
 * (`you&#8217;ve`), so they are decoded before anyone reads them.
 */
import type {NewComment} from '../../core/types.js';
import {AdapterError} from '../errors.js';
import {decodeEntities} from '../../core/html-text.js';

/** WordPress's request fields, by the draft field a person fills in. */
const FIELDS: Record<string, string> = {
  author_name: 'name',
  author_email: 'email',
  author_url: 'url',
  content: 'body',
  parent: 'parentId',
  post: 'thread',
};

/** `comment_*_column_length`: a field longer than its database column. */
const TOO_LONG: Record<string, string> = {
  comment_author_column_length: 'name',
  comment_author_email_column_length: 'email',
  comment_author_url_column_length: 'url',
  comment_content_column_length: 'body',
};

/** WordPress's flood interval (`comment_flood_filter`), in seconds. */
const FLOOD_SECONDS = 15;

interface WordPressErrorBody {
  code?: unknown;
  message?: unknown;
  data?: {params?: Record<string, unknown>} | null;
}

function text(value: unknown): string {
  return typeof value === 'string' ? decodeEntities(value).trim() : '';
}

function retryAfter(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.ceil(seconds);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

export interface WordPressFailure {
  status: number;
  body: unknown;
  headers?: Headers;
  /** The draft being posted, to tell which author field WordPress missed. */
  draft?: NewComment;
  /** The post the call was about, for messages. */
  post?: string;
}

/** The error to throw for a non-2xx WordPress answer. */
export function wordPressError(failure: WordPressFailure): AdapterError {
  const {status, draft, post} = failure;
  const body = (typeof failure.body === 'object' && failure.body ? failure.body : {}) as
    WordPressErrorBody | Record<string, never>;
  const code = typeof body.code === 'string' ? body.code : '';
  const said = text(body.message);
  const options = {status, cause: failure.body};
  const fail = (kind: AdapterError['code'], message: string, extra: object = {}) =>
    new AdapterError(kind, message, {...options, ...extra});

  switch (code) {
    case 'rest_comment_login_required':
      return fail(
        'forbidden',
        `${said || 'Sorry, you must be logged in to comment.'} The WordPress site does not accept ` +
          'comments from visitors through its REST API: the site owner can allow them with the ' +
          'rest_allow_anonymous_comments filter (see the Natter WordPress guide), unless the ' +
          'site requires readers to register before they comment.',
      );
    case 'rest_comment_author_data_required': {
      const field = draft && !draft.author.name.trim() ? 'name' : 'email';
      return fail('validation', said || 'Please enter your name and email.', {field});
    }
    case 'rest_invalid_param':
    case 'rest_missing_callback_param': {
      const params = body.data?.params ?? {};
      const names = Array.isArray(params) ? params.map(String) : Object.keys(params);
      const first = names.find((name) => name in FIELDS) ?? names[0];
      const detail = first && !Array.isArray(params) ? text(params[first]) : '';
      return fail('validation', detail || said || 'WordPress refused a field.', {
        field: first ? (FIELDS[first] ?? first) : undefined,
      });
    }
    case 'rest_comment_content_invalid':
      return fail('validation', said || 'Please enter your comment.', {field: 'body'});
    case 'comment_duplicate':
      return fail('duplicate', said || 'You have already posted this comment.');
    case 'comment_flood':
      return fail('rate-limited', said || 'You are posting comments too quickly.', {
        retryAfter: retryAfter(failure.headers?.get('Retry-After') ?? null) ?? FLOOD_SECONDS,
      });
    case 'rest_comment_closed':
      return fail('closed', said || 'Comments are closed.');
    case 'rest_comment_invalid_post_id':
    case 'rest_post_invalid_id':
      return fail(
        'not-found',
        `WordPress has no post ${post ? `with ID ${post} ` : ''}that can take comments.` +
          (said ? ` WordPress said: ${said}` : ''),
      );
    case 'rest_comment_draft_post':
    case 'rest_comment_trash_post':
      return fail('not-found', `This post is not published, so it cannot take comments. ${said}`);
    case 'rest_no_route':
      return fail(
        'not-found',
        'This address does not serve the WordPress REST API: the endpoint should be the ' +
          "site's REST root, such as https://example.com/wp-json.",
      );
  }
  if (code in TOO_LONG) {
    return fail('validation', said || 'This field is too long.', {field: TOO_LONG[code]});
  }
  const message = said || `WordPress answered with HTTP ${status}.`;
  if (status === 429)
    return fail('rate-limited', message, {
      retryAfter: retryAfter(failure.headers?.get('Retry-After') ?? null),
    });
  if (status === 401 || status === 403) return fail('forbidden', message);
  if (status === 404 || status === 410) return fail('not-found', message);
  if (status === 409) return fail('duplicate', message);
  if (status >= 400 && status < 500) return fail('validation', message);
  return fail('server', message);
}
