/** How a store-backed adapter tells its subscribers what changed. */
import type {Comment} from '../../core/types.js';
import type {CommentEvent} from '../types.js';
import {toPublic, type ThreadView} from './store-view.js';

/** What changed between two views of a thread, as the events a subscriber hears. */
export function diff(before: ThreadView, after: ThreadView): CommentEvent[] {
  const events: CommentEvent[] = [];
  if (before === after) return events;
  for (const stored of after.shown) {
    const old = before.byId.get(stored.id);
    // Stored comments are replaced, never edited: the same object is the same comment.
    if (old === stored) continue;
    const comment = toPublic(stored, after.viewer);
    if (!old) events.push({type: 'created', comment});
    else events.push(...changeOf(toPublic(old, before.viewer), comment));
  }
  for (const id of before.byId.keys()) if (!after.byId.has(id)) events.push({type: 'deleted', id});
  return events;
}

/** An edit (or status change) is `updated`; new counts alone are `voted`. */
function changeOf(old: Comment, now: Comment): CommentEvent[] {
  const text = (c: Comment) => JSON.stringify({...c, votes: undefined, myVote: undefined});
  if (text(old) !== text(now)) return [{type: 'updated', comment: now}];
  const votes = now.votes ?? {up: 0, down: 0};
  if (JSON.stringify(old.votes) !== JSON.stringify(votes)) {
    return [{type: 'voted', id: now.id, votes}];
  }
  return [];
}

export function deliver(onEvent: (event: CommentEvent) => void, event: CommentEvent): void {
  try {
    onEvent(event);
  } catch (error) {
    // One faulty listener must not stop the others or the adapter.
    if (typeof reportError === 'function') reportError(error);
    else console.error(error);
  }
}
