import type {NewComment} from '../../core/types.js';
import {safeUrl} from '../../core/url.js';
import {AdapterError} from '../errors.js';

/** The reference server's limits (docs/protocol.md), shared by the in-browser adapters. */
export const LIMITS = {
  bodyChars: 5000,
  bodyBytes: 20000,
  nameChars: 80,
  emailChars: 254,
  urlChars: 2000,
} as const;

export interface CleanDraft {
  parentId: string | null;
  body: string;
  author: {name: string; email?: string; url?: string};
}

const EMAIL = /^[^\s@]+@[^\s@]+$/;

function invalid(field: string, message: string): AdapterError {
  return new AdapterError('validation', message, {field});
}

function optionalString(value: unknown, field: string): string {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') throw invalid(field, `The ${field} must be text.`);
  return value.trim();
}

function codePoints(text: string): number {
  let count = 0;
  for (const _char of text) count++;
  return count;
}

/**
 * Checks a draft the way the reference server does and returns it trimmed.
 * The first field at fault is reported, in form order, so the widget can
 * focus it.
 *
 * @throws AdapterError `validation` with `field` set.
 */
export function validateDraft(draft: NewComment, rules: {requiresEmail: boolean}): CleanDraft {
  if (typeof draft !== 'object' || draft === null) {
    throw invalid('body', 'A comment must be an object with a body and an author.');
  }
  const parentId = draft.parentId ?? null;
  if (parentId !== null && (typeof parentId !== 'string' || parentId === '')) {
    throw invalid('parentId', 'The comment being answered is not valid.');
  }

  const body = optionalString(draft.body, 'body');
  if (body === '') throw invalid('body', 'Please write a comment.');
  if (
    codePoints(body) > LIMITS.bodyChars ||
    new TextEncoder().encode(body).length > LIMITS.bodyBytes
  ) {
    throw invalid('body', `Your comment is too long (at most ${LIMITS.bodyChars} characters).`);
  }

  const author = typeof draft.author === 'object' && draft.author !== null ? draft.author : null;
  const name = optionalString(author?.name, 'name');
  if (name === '') throw invalid('name', 'Please enter your name.');
  if (codePoints(name) > LIMITS.nameChars) {
    throw invalid('name', `Your name is too long (at most ${LIMITS.nameChars} characters).`);
  }

  const email = optionalString(author?.email, 'email');
  if (email === '' && rules.requiresEmail)
    throw invalid('email', 'Please enter your email address.');
  if (email !== '' && (email.length > LIMITS.emailChars || !EMAIL.test(email))) {
    throw invalid('email', 'Please enter a valid email address.');
  }

  const rawUrl = optionalString(author?.url, 'url');
  let url: string | undefined;
  if (rawUrl !== '') {
    url = rawUrl.length <= LIMITS.urlChars ? safeUrl(rawUrl) : undefined;
    if (!url)
      throw invalid('url', 'Please enter a website address starting with http:// or https://.');
  }

  const clean: CleanDraft = {parentId, body, author: {name}};
  if (email) clean.author.email = email;
  if (url) clean.author.url = url;
  return clean;
}
