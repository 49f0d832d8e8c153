/**
 * `#comment-<id>` links: the comment they name is opened (collapsed
 * ancestors expanded), scrolled to, focused and highlighted for a while.
 * One that no loaded page holds is asked of the backend first, with its
 * ancestors, where the adapter can (`context`).
 */
import {hashTarget} from './location.js';
import type {ThreadState} from './thread-state.js';

const HIGHLIGHT_MS = 4000;

/**
 * Follows the page URL's `#comment-<id>` to its comment; `fetchContext`
 * brings one that is not loaded (true when it did), and `later` runs a task
 * after a delay unless the element leaves the page.
 */
export async function revealHash(
  state: ThreadState,
  host: {focusComment(id: string): Promise<HTMLElement | undefined>},
  later: (run: () => void, ms: number) => void,
  fetchContext: (id: string) => Promise<boolean>,
): Promise<void> {
  const id = hashTarget(location.hash);
  if (!id) return;
  let node = state.expandTo(id);
  // While it was fetched the reader may have followed another link.
  if (!node && (await fetchContext(id)) && hashTarget(location.hash) === id) {
    node = state.expandTo(id);
  }
  if (!node) return;
  await host.focusComment(node.comment.id);
  later(() => {
    if (state.highlightId === node.comment.id) state.highlight(undefined);
  }, HIGHLIGHT_MS);
}
