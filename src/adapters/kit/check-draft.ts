import type {NewComment} from '../../core/types.js';
import {codePointLength, EMAIL, limits} from '../../core/limits.js';
import {safeUrl} from '../../core/url.js';
import {AdapterError} from '../errors.js';

export interface CleanDraft {
  parentId: string | null;
  body: string;
  author: {name: string; email?: string; url?: string};
}

function invalid(field: string, message: string): AdapterError {
  return new AdapterError('validation', message, {field});
}

function optionalString(value: unknown, field: string): string {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') throw invalid(field, `The ${field} must be text.`);
  return value.trim();
}

/**
 * Checks a draft the way the reference server does and returns it trimmed.
 * The first field at fault is reported, in form order, so the widget can
 * focus it.
 *
 * @throws AdapterError `validation` with `field` set.
 */
export function checkDraftForServer(
  draft: NewComment,
  rules: {requiresEmail: boolean},
): CleanDraft {
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
    codePointLength(body) > limits.body ||
    new TextEncoder().encode(body).length > limits.bodyBytes
  ) {
    throw invalid('body', `Your comment is too long (at most ${limits.body} characters).`);
  }

  const author = typeof draft.author === 'object' && draft.author !== null ? draft.author : null;
  const name = optionalString(author?.name, 'name');
  if (name === '') throw invalid('name', 'Please enter your name.');
  if (codePointLength(name) > limits.name) {
    throw invalid('name', `Your name is too long (at most ${limits.name} characters).`);
  }

  const email = optionalString(author?.email, 'email');
  if (email === '' && rules.requiresEmail)
    throw invalid('email', 'Please enter your email address.');
  if (email !== '' && (email.length > limits.email || !EMAIL.test(email))) {
    throw invalid('email', 'Please enter a valid email address.');
  }

  const rawUrl = optionalString(author?.url, 'url');
  let url: string | undefined;
  if (rawUrl !== '') {
    url = rawUrl.length <= limits.url ? safeUrl(rawUrl) : undefined;
    if (!url)
      throw invalid('url', 'Please enter a website address starting with http:// or https://.');
  }

  const clean: CleanDraft = {parentId, body, author: {name}};
  if (email) clean.author.email = email;
  if (url) clean.author.url = url;
  return clean;
}
