import type {Comment} from '../../core/types.js';
import {readComment, type ReadCommentOptions} from '../kit/comment-shape.js';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const count = (value: unknown) =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : undefined;
const date = (value: unknown) => {
  const time = typeof value === 'string' ? Date.parse(value) : NaN;
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
};

/** Vote counts as the server sends them, or `undefined` when they cannot be read. */
export function readVotes(value: unknown): {up: number; down: number} | undefined {
  if (!isRecord(value)) return undefined;
  const up = count(value.up);
  const down = count(value.down);
  return up === undefined || down === undefined ? undefined : {up, down};
}

/**
 * A comment from the reference server: the fields every backend shares
 * (`readComment`), and those this one adds — the Markdown source, when it
 * was edited, votes, and whether it is the reader's own. A tombstone keeps
 * none of them.
 */
export function readServerComment(
  value: unknown,
  options: ReadCommentOptions = {},
): Comment | undefined {
  const comment = readComment(value, options);
  if (!comment || comment.status === 'deleted' || !isRecord(value)) return comment;
  if (typeof value.markdown === 'string' && value.markdown !== '') {
    comment.markdown = value.markdown;
  }
  const editedAt = date(value.editedAt);
  if (editedAt) comment.editedAt = editedAt;
  const votes = readVotes(value.votes);
  if (votes) comment.votes = votes;
  if (value.myVote === 1 || value.myVote === -1) comment.myVote = value.myVote;
  if (value.own === true) {
    comment.own = true;
    const until = date(value.editableUntil);
    if (until) comment.editableUntil = until;
  }
  return comment;
}
