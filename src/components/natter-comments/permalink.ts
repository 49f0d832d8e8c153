/**
 * `#comment-<id>` links: the comment they name is opened (collapsed
 * ancestors expanded), scrolled to, focused and highlighted for a while.
 */
import {hashTarget} from './location.js';
import type {ThreadState} from './thread-state.js';

const HIGHLIGHT_MS = 4000;

export interface PermalinkTools {
  focusComment(id: string): Promise<HTMLElement | undefined>;
  /** Runs `run` after `ms`, unless the element leaves the page first. */
  later(run: () => void, ms: number): void;
}

/** Follows the page URL's `#comment-<id>` to its comment, if it is loaded. */
export async function revealHash(state: ThreadState, tools: PermalinkTools): Promise<void> {
  const id = hashTarget(location.hash);
  const node = id ? state.expandTo(id) : undefined;
  if (!node) return;
  await tools.focusComment(node.comment.id);
  tools.later(() => {
    if (state.highlightId === node.comment.id) state.highlight(undefined);
  }, HIGHLIGHT_MS);
}
