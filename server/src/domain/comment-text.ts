import {validationError} from '../http/errors.js';
import {markdownToText} from './markdown-text.js';

/** What is stored of a comment's text: the source as written, and its plain text. */
export interface CommentText {
  body: string;
  markdown: string;
}

/**
 * Splits a checked text (see `validateBody`) into the stored pair. Text
 * that is only markup (an empty code block) leaves nothing to read, and is
 * refused like an empty comment.
 */
export function commentText(source: string): CommentText {
  const body = markdownToText(source);
  if (!body.trim()) throw validationError('body', 'Please write a comment.');
  return {body, markdown: source};
}
