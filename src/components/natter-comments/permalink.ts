/**
 * `#comment-<id>` links: the comment they name is opened (collapsed
 * ancestors expanded), scrolled to, focused and highlighted for a while.
 */
import {hashTarget} from './location.js';
import type {ThreadState} from './thread-state.js';

const HIGHLIGHT_MS = 4000;

/**
 * Follows the page URL's `#comment-<id>` to its comment, if it is loaded;
 * `later` runs a task after a delay unless the element leaves the page.
 */
export async function revealHash(
  state: ThreadState,
  host: {focusComment(id: string): Promise<HTMLElement | undefined>},
  later: (run: () => void, ms: number) => void,
): Promise<void> {
  const id = hashTarget(location.hash);
  const node = id ? state.expandTo(id) : undefined;
  if (!node) return;
  await host.focusComment(node.comment.id);
  later(() => {
    if (state.highlightId === node.comment.id) state.highlight(undefined);
  }, HIGHLIGHT_MS);
}
