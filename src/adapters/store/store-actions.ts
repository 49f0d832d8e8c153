/** The adapter methods for a reader's own comments and votes, over a store backend. */
import type {Comment} from '../../core/types.js';
import {normalizeThreadKey} from '../kit/thread-key.js';
import type {CallOptions, CommentChange, CommentsAdapter} from '../types.js';
import type {CommentStore} from './store.js';
import {castVote, checkBody, editableUntil, editOwn, removeOwn} from './store-own.js';

/** Fifteen minutes, as on the reference server. */
export const DEFAULT_EDIT_WINDOW_MS = 15 * 60 * 1000;

export interface ReaderActionOptions {
  /** How long after posting its author may edit a comment. Default 15 minutes. */
  editWindowMs?: number;
  /** Whether readers may vote a comment down as well as up. Default false. */
  downVotes?: boolean;
}

type Run = <T>(signal: AbortSignal | undefined, operation: () => T) => Promise<T>;

/** The part of a store backend (store-adapter.ts) these methods use. */
interface Backend {
  read<T>(operation: (store: CommentStore) => T): T;
  write<T>(operation: (store: CommentStore) => T): T;
}

/** Adds `editableUntil` to the viewer's own comments. */
export function ownWindow(options: ReaderActionOptions): (comment: Comment) => Comment {
  const windowMs = options.editWindowMs ?? DEFAULT_EDIT_WINDOW_MS;
  return (comment) => {
    if (comment.own) {
      comment.editableUntil = new Date(editableUntil(comment, windowMs)).toISOString();
    }
    return comment;
  };
}

export function readerActions(
  backend: Backend,
  viewer: string,
  options: ReaderActionOptions,
  run: Run,
): Required<Pick<CommentsAdapter, 'update' | 'remove' | 'vote'>> {
  const windowMs = options.editWindowMs ?? DEFAULT_EDIT_WINDOW_MS;
  const finish = ownWindow(options);
  // The comment alone: it says nothing about replies a page has not shown.
  const current = (key: string, id: string) => {
    const found = backend.read((store) => store.context(key, id, 0, viewer));
    const comment = found.find((c) => c.id === id)!;
    delete comment.moreReplies;
    return comment;
  };

  return {
    update(thread: string, id: string, change: CommentChange, callOptions?: CallOptions) {
      return run(callOptions?.signal, () => {
        const key = normalizeThreadKey(thread);
        const body = checkBody(change?.body);
        backend.write((store) => editOwn(store, key, id, body, {viewer, windowMs}));
        return finish(current(key, id));
      });
    },

    remove(thread: string, id: string, callOptions?: CallOptions) {
      return run(callOptions?.signal, () => {
        const key = normalizeThreadKey(thread);
        const stays = backend.write((store) => removeOwn(store, key, id, viewer));
        return stays ? current(key, id) : null;
      });
    },

    vote(thread, id, value, callOptions) {
      return run(callOptions?.signal, () => {
        const key = normalizeThreadKey(thread);
        const downVotes = options.downVotes ?? false;
        return backend.write((store) => castVote(store, key, id, value, {viewer, downVotes}));
      });
    },
  };
}
