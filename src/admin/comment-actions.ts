/**
 * Moderation calls on several comments at once. Each is tried on its own,
 * so one failure (a comment deleted meanwhile) does not stop the others;
 * what succeeded is remembered for Undo with the status it had before.
 */
import type {AdminApi} from './api.js';
import type {RowAction} from './comment-row.js';
import type {AdminComment} from './types.js';
import type {UndoEntry} from './undo.js';

export const DONE_WORDS: Record<RowAction, string> = {
  approve: 'Approved',
  remove: 'Deleted',
  spam: 'Marked as spam',
};

const STATUS_AFTER: Record<RowAction, AdminComment['status']> = {
  approve: 'published',
  remove: 'deleted',
  spam: 'spam',
};

/** The comments an action would change (approving a published one does nothing). */
export const changedBy = (targets: AdminComment[], action: RowAction) =>
  targets.filter((c) => c.status !== STATUS_AFTER[action]);

export interface Outcome {
  /** The comments as the server now has them. */
  updated: AdminComment[];
  /** What to put back to undo it. */
  undo: UndoEntry[];
  /** The first failure, if any. */
  error?: unknown;
}

async function settle(
  calls: {before: UndoEntry; run: () => Promise<AdminComment>}[],
): Promise<Outcome> {
  const results = await Promise.allSettled(calls.map((call) => call.run()));
  const outcome: Outcome = {updated: [], undo: []};
  results.forEach((result, i) => {
    if (result.status === 'fulfilled') {
      outcome.updated.push(result.value);
      outcome.undo.push(calls[i].before);
    } else outcome.error ??= result.reason;
  });
  return outcome;
}

export function moderate(api: AdminApi, targets: AdminComment[], action: RowAction) {
  const call = {approve: api.approve, remove: api.remove, spam: api.spam}[action];
  return settle(
    targets.map((c) => ({before: {id: c.id, status: c.status}, run: () => call(c.id)})),
  );
}

/** Gives each comment back the status it had (Undo). */
export function putBack(api: AdminApi, entries: UndoEntry[]) {
  return settle(entries.map((e) => ({before: e, run: () => api.setStatus(e.id, e.status)})));
}
