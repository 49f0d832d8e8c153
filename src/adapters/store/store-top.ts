/**
 * The `top` order of the in-browser store: top-level comments by the lower
 * bound of the Wilson score interval over their votes, then newest first,
 * then by id. A first page ranks the thread as it stands at that moment
 * (the store's counter, `asOf`), and its cursor carries that moment: later
 * pages rank by the votes cast up to then and leave out comments posted
 * since, so paging on never repeats or skips a comment however votes move.
 */
import {AdapterError} from '../errors.js';
import type {StoredComment} from './store-data.js';
import {tally, wilsonLowerBound} from './store-votes.js';

interface Ranked {
  score: number;
  createdAt: string;
  id: string;
}

function compareTop(a: Ranked, b: Ranked): number {
  if (a.score !== b.score) return b.score - a.score;
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function decodeTopCursor(cursor: string): Ranked & {asOf: number} {
  try {
    const value: unknown = JSON.parse(atob(cursor));
    if (
      Array.isArray(value) &&
      value.length === 5 &&
      value[0] === 'top' &&
      Number.isInteger(value[1]) &&
      typeof value[2] === 'number' &&
      typeof value[3] === 'string' &&
      typeof value[4] === 'string'
    ) {
      return {asOf: value[1] as number, score: value[2], createdAt: value[3], id: value[4]};
    }
  } catch {
    // Reported below like any other unreadable cursor.
  }
  throw new AdapterError('validation', 'The page cursor is not valid.', {field: 'cursor'});
}

/**
 * Orders `tops` for a `top` page: those after `cursor` (all, without one),
 * and how to make the cursor that follows a given comment. `now` is the
 * store's counter.
 */
export function rankTop(
  tops: StoredComment[],
  cursor: string | undefined,
  now: number,
): {tops: StoredComment[]; cursorOf: (last: StoredComment) => string} {
  const from = cursor === undefined ? undefined : decodeTopCursor(cursor);
  const asOf = from?.asOf ?? now;
  const scores = new Map<StoredComment, Ranked>();
  for (const comment of tops) {
    if (comment.seq > asOf) continue;
    const score = wilsonLowerBound(tally(comment.ballots, undefined, asOf).votes);
    scores.set(comment, {score, createdAt: comment.createdAt, id: comment.id});
  }
  let ranked = [...scores.keys()].sort((a, b) => compareTop(scores.get(a)!, scores.get(b)!));
  if (from) ranked = ranked.filter((c) => compareTop(scores.get(c)!, from) > 0);
  return {
    tops: ranked,
    cursorOf: (last) => {
      const {score, createdAt, id} = scores.get(last)!;
      return btoa(JSON.stringify(['top', asOf, score, createdAt, id]));
    },
  };
}
