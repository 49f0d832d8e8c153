import type {Comment} from '../../core/types.js';
import {normalizeThreadKey} from '../kit/thread-key.js';
import type {CommentStore} from './store.js';

/** Fills a store from a seed; malformed seed comments are a programming error. */
export function seedStore(
  store: CommentStore,
  seed: Record<string, Comment[]> | undefined,
  authorKey: string,
): void {
  for (const [thread, comments] of Object.entries(seed ?? {})) {
    const refused = store.seed(normalizeThreadKey(thread), comments, authorKey);
    if (refused > 0) {
      throw new TypeError(
        `The seed for thread "${thread}" has ${refused} comment(s) without a readable id, status, date or body, or with a repeated id.`,
      );
    }
  }
}
