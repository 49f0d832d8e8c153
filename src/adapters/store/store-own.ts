/**
 * What a reader may do to comments in the in-browser store besides posting:
 * edit and delete their own, and vote on others'. Ownership is the author
 * key the comment was stored with (the adapter's viewer).
 */
import type {Comment, VoteValue} from '../../core/types.js';
import {codePointLength, limits} from '../../core/limits.js';
import {AdapterError} from '../errors.js';
import type {VoteResult} from '../types.js';
import type {CommentStore} from './store.js';
import type {StoredComment} from './store-data.js';
import {writtenText} from './store-text.js';
import {tally} from './store-votes.js';

/** Replaces comment `id` of thread `key` with what `change` makes of it. */
function replace(store: CommentStore, key: string, id: string, change: Change): void {
  const list = store.changing(key);
  const index = list.findIndex((c) => c.id === id);
  if (index >= 0) list[index] = change(list[index]);
}

type Change = (stored: StoredComment) => StoredComment;

const notFound = () => new AdapterError('not-found', 'That comment does not exist.');

/** The comment `id` as `viewer` sees it, not deleted. */
function visible(store: CommentStore, key: string, id: string, viewer: string): StoredComment {
  const stored = store.view(key, viewer).byId.get(id);
  if (!stored || stored.status === 'deleted') throw notFound();
  return stored;
}

/** Checks an edited text the way a new comment's is checked; returns it trimmed. */
export function checkBody(body: unknown): string {
  if (typeof body !== 'string') {
    throw new AdapterError('validation', 'The comment must be text.', {field: 'body'});
  }
  const text = body.trim();
  if (text === '') throw new AdapterError('validation', 'Please write a comment.', {field: 'body'});
  if (
    codePointLength(text) > limits.body ||
    new TextEncoder().encode(text).length > limits.bodyBytes
  ) {
    throw new AdapterError(
      'validation',
      `Your comment is too long (at most ${limits.body} characters).`,
      {field: 'body'},
    );
  }
  return text;
}

/** Until when the author of `stored` may change it. */
export function editableUntil(stored: Pick<Comment, 'createdAt'>, windowMs: number): number {
  return Date.parse(stored.createdAt) + windowMs;
}

export function editOwn(
  store: CommentStore,
  key: string,
  id: string,
  body: string,
  meta: {viewer: string; windowMs: number},
): void {
  const stored = visible(store, key, id, meta.viewer);
  if (stored.authorKey !== meta.viewer) {
    throw new AdapterError('forbidden', 'Only its author can edit a comment.');
  }
  if (Date.now() >= editableUntil(stored, meta.windowMs)) {
    throw new AdapterError('forbidden', 'The time to edit this comment has passed.');
  }
  const editedAt = new Date().toISOString();
  // The change is Markdown source, as a new comment's text is.
  replace(store, key, id, (c) => ({...c, ...writtenText(body), editedAt}));
}

/** Deletes the viewer's comment. Returns whether a tombstone stays (it has visible replies). */
export function removeOwn(store: CommentStore, key: string, id: string, viewer: string): boolean {
  const stored = visible(store, key, id, viewer);
  if (stored.authorKey !== viewer) {
    throw new AdapterError('forbidden', 'Only its author can delete a comment.');
  }
  store.setStatus(key, id, 'deleted');
  return store.view(key, viewer).byId.has(id);
}

export function castVote(
  store: CommentStore,
  key: string,
  id: string,
  value: VoteValue,
  meta: {viewer: string; downVotes: boolean},
): VoteResult {
  if (value !== 1 && value !== 0 && !(value === -1 && meta.downVotes)) {
    const allowed = meta.downVotes ? '1, -1 or 0' : '1 or 0';
    throw new AdapterError('validation', `A vote is ${allowed}.`, {field: 'value'});
  }
  const stored = visible(store, key, id, meta.viewer);
  if (stored.status !== 'published') throw notFound();
  if (stored.authorKey === meta.viewer) {
    throw new AdapterError('forbidden', 'You cannot vote on your own comment.');
  }
  const before = tally(stored.ballots, meta.viewer);
  if ((before.mine ?? 0) !== value) {
    const seq = ++store.data.seq;
    replace(store, key, id, (c) => ({
      ...c,
      ballots: [...(c.ballots ?? []), [meta.viewer, value, seq]],
    }));
  }
  const after = tally(store.view(key, meta.viewer).byId.get(id)?.ballots, meta.viewer);
  return after.mine ? {votes: after.votes, myVote: after.mine} : {votes: after.votes};
}
