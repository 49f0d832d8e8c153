import {validationError} from '../http/errors.js';
import {normaliseThreadKey} from './thread-key.js';
import {
  codePointLength,
  dropControlCharacters,
  hasControlCharacters,
  hasLoneSurrogate,
  hasNul,
  utf8Length,
} from './text.js';

export const LIMITS = {
  bodyChars: 5000,
  bodyBytes: 20000,
  nameChars: 80,
  emailChars: 254,
  urlChars: 2000,
  idempotencyKeyChars: 128,
} as const;

/** A new comment as the server accepts it: trimmed, checked, normalised. */
export interface ValidDraft {
  thread: string;
  parentId: string | null;
  body: string;
  name: string;
  email: string | null;
  url: string | null;
  honeypot: string;
  /** The author asked for a mail when someone replies. */
  notifyReplies: boolean;
  /** `undefined` when the client did not say. */
  elapsedMs?: number;
}

/** A comment's text, as posted or as the owner edits it. */
export function validateBody(value: unknown): string {
  rejectUnstorable({body: value});
  const body = text(value, 'body', 'Please write a comment.', dropControlCharacters);
  const bodyChars = codePointLength(body);
  if (bodyChars > LIMITS.bodyChars) {
    throw validationError(
      'body',
      `The comment is ${bodyChars} characters long; the limit is ${LIMITS.bodyChars}.`,
    );
  }
  if (utf8Length(body) > LIMITS.bodyBytes) {
    throw validationError('body', `The comment is over the limit of ${LIMITS.bodyBytes} bytes.`);
  }
  return body;
}

/**
 * Checks a parsed POST body against the protocol's limits. Anything too long
 * is refused with the field's name, never cut short.
 */
export function validateDraft(input: Record<string, unknown>, emailRequired: boolean): ValidDraft {
  rejectUnstorable(input);
  const thread = normaliseThreadKey(input.thread);
  const parentId = optionalId(input.parentId);
  const body = validateBody(input.body);
  const author = input.author;
  if (typeof author !== 'object' || author === null || Array.isArray(author)) {
    throw validationError('name', 'Please enter your name.');
  }
  const fields = author as Record<string, unknown>;
  const name = text(fields.name, 'name', 'Please enter your name.');
  if (codePointLength(name) > LIMITS.nameChars) {
    throw validationError('name', `A name may be at most ${LIMITS.nameChars} characters.`);
  }
  if (hasControlCharacters(name)) {
    throw validationError('name', 'A name may not contain control characters.');
  }
  const address = email(fields.email, emailRequired);
  const notifyReplies = input.notifyReplies ?? false;
  if (typeof notifyReplies !== 'boolean') {
    throw validationError('notifyReplies', 'notifyReplies must be true or false.');
  }
  if (notifyReplies && !address) {
    throw validationError('email', 'Please enter your email address to hear about replies.');
  }
  return {
    thread,
    parentId,
    body,
    name,
    email: address,
    url: url(fields.url),
    notifyReplies,
    ...antiBotFields(input),
  };
}

/**
 * `honeypot` and `elapsedMs` may be absent (the caller judges that), but a
 * wrong type is a client's mistake to report, not a bot to drop quietly.
 */
function antiBotFields(input: Record<string, unknown>): {honeypot: string; elapsedMs?: number} {
  const {honeypot, elapsedMs} = input;
  if (honeypot != null && typeof honeypot !== 'string') {
    throw validationError('honeypot', 'honeypot must be text.');
  }
  if (elapsedMs != null && typeof elapsedMs !== 'number') {
    throw validationError('elapsedMs', 'elapsedMs must be a number.');
  }
  return {honeypot: honeypot ?? '', elapsedMs: elapsedMs ?? undefined};
}

function text(
  value: unknown,
  field: string,
  emptyMessage: string,
  clean: (text: string) => string = (same) => same,
): string {
  if (value === undefined || value === null) throw validationError(field, emptyMessage);
  if (typeof value !== 'string') throw validationError(field, `${field} must be text.`);
  if (hasLoneSurrogate(value)) throw validationError(field, `${field} is not valid Unicode text.`);
  const trimmed = clean(value).trim();
  if (!trimmed) throw validationError(field, emptyMessage);
  return trimmed;
}

function optionalId(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(value)) {
    throw validationError('parentId', 'The comment you are replying to is not valid.');
  }
  return value;
}

function email(value: unknown, required: boolean): string | null {
  const given = typeof value === 'string' ? value.trim() : '';
  if (value !== undefined && value !== null && typeof value !== 'string') {
    throw validationError('email', 'The email address must be text.');
  }
  if (!given) {
    if (required) throw validationError('email', 'Please enter your email address.');
    return null;
  }
  const at = given.indexOf('@');
  const wellFormed =
    at > 0 &&
    at === given.lastIndexOf('@') &&
    at < given.length - 1 &&
    !/\s/.test(given) &&
    !hasControlCharacters(given) &&
    !hasLoneSurrogate(given);
  if (codePointLength(given) > LIMITS.emailChars || !wellFormed) {
    throw validationError('email', 'Please enter a valid email address.');
  }
  return given;
}

function url(value: unknown): string | null {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value !== 'string') throw validationError('url', 'The website must be text.');
  const given = value.trim();
  if (!given) return null;
  if (codePointLength(given) > LIMITS.urlChars) {
    throw validationError('url', `A website address may be at most ${LIMITS.urlChars} characters.`);
  }
  // The URL parser drops tabs and newlines that the stored text would keep.
  if (hasControlCharacters(given)) {
    throw validationError('url', 'A website address may not contain control characters.');
  }
  let parsed: URL;
  try {
    parsed = new URL(given);
  } catch {
    throw validationError('url', 'Please enter a website address starting with https://.');
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw validationError('url', 'A website address must start with http:// or https://.');
  }
  if (parsed.username || parsed.password) {
    throw validationError('url', 'A website address may not contain a user name or password.');
  }
  // Stored as the URL standard writes it, so `http:evil.example` and
  // `https:/\evil.example` reach every client as the address a browser opens.
  const serialised = parsed.href;
  if (codePointLength(serialised) > LIMITS.urlChars) {
    throw validationError('url', `A website address may be at most ${LIMITS.urlChars} characters.`);
  }
  return serialised;
}

const STORED_FIELDS: [string[], string][] = [
  [['thread'], 'thread'],
  [['parentId'], 'parentId'],
  [['body'], 'body'],
  [['author', 'name'], 'name'],
  [['author', 'email'], 'email'],
  [['author', 'url'], 'url'],
];

/**
 * One rule for both databases: a NUL character (PostgreSQL text cannot hold
 * it) or a lone surrogate (each driver would turn it into U+FFFD) in any
 * stored field is a validation error, never a silent change.
 */
function rejectUnstorable(input: Record<string, unknown>): void {
  for (const [path, field] of STORED_FIELDS) {
    let value: unknown = input;
    for (const key of path) {
      value =
        typeof value === 'object' && value !== null
          ? (value as Record<string, unknown>)[key]
          : undefined;
    }
    if (typeof value === 'string' && hasNul(value)) {
      throw validationError(field, `${field} may not contain NUL characters.`);
    }
    if (typeof value === 'string' && hasLoneSurrogate(value)) {
      throw validationError(field, `${field} is not valid Unicode text.`);
    }
  }
}
