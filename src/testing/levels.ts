import type {CommentsAdapter} from '../adapters/types.js';

/** The deepest level the adapter says it keeps (a top-level comment is level 1). */
export function deepestLevel(adapter: CommentsAdapter): number {
  const deepest = adapter.capabilities?.deepestLevel;
  return deepest === undefined ? Infinity : deepest;
}

/** Whether a reply to a reply stays where it was filed (level 3 exists). */
export const nests = (adapter: CommentsAdapter): boolean => deepestLevel(adapter) >= 3;
