/**
 * What the reply form sends and what it shows meanwhile: the `NewComment`
 * for the adapter and a stand-in `Comment` a list can display at once.
 */
import type {Draft} from '../../core/drafts.js';
import type {Identity} from '../../core/identity.js';
import type {Comment, NewComment} from '../../core/types.js';
import {normaliseWebsite} from '../../core/validate.js';

export interface SubmissionInput {
  draft: Draft;
  parentId: string | null;
  author: Identity;
  honeypot: string;
  now: number;
  notifyReplies?: boolean;
}

export interface Submission {
  tempId: string;
  comment: NewComment;
  /** Shown until the backend answers; `status: 'pending'`, never an email. */
  placeholder: Comment;
}

/** The stand-in's id: the same for every attempt at one draft, so a retry replaces it. */
export function tempIdFor(draft: Draft): string {
  return `temp-${draft.idempotencyKey}`;
}

export function buildSubmission(input: SubmissionInput): Submission {
  const {draft, parentId, now} = input;
  const body = draft.body.trim();
  const name = input.author.name.trim();
  const email = input.author.email?.trim();
  const url = input.author.url ? normaliseWebsite(input.author.url) : undefined;
  const author: NewComment['author'] = {name};
  if (email) author.email = email;
  if (url) author.url = url;
  const tempId = tempIdFor(draft);
  return {
    tempId,
    comment: {
      parentId,
      body,
      author,
      antispam: {honeypot: input.honeypot, elapsedMs: Math.max(0, now - draft.startedAt)},
      ...(input.notifyReplies && email ? {notifyReplies: true} : {}),
    },
    placeholder: {
      id: tempId,
      parentId,
      author: url ? {name, url} : {name},
      body,
      createdAt: new Date(now).toISOString(),
      status: 'pending',
    },
  };
}
