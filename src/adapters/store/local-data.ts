import {readComment} from '../kit/comment-shape.js';
import {readVoteFields} from './store-votes.js';
import {emptyStoreData, type StoreData, type StoredComment} from './store-data.js';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What was read back from storage: the data, and whether anything had to be dropped. */
export interface ParsedStoreData {
  data: StoreData;
  repaired: boolean;
}

/**
 * Reads stored JSON written by the local adapter. Returns `undefined` when
 * it is not that format at all; drops (and reports as `repaired`) single
 * comments or keys that are unreadable, so one bad entry does not cost the
 * rest.
 */
export function parseStoreData(raw: string): ParsedStoreData | undefined {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (!isRecord(value) || value.version !== 1 || !isRecord(value.threads)) return undefined;
  const data = emptyStoreData();
  let repaired = false;
  let maxSeq = 0;
  for (const [thread, list] of Object.entries(value.threads)) {
    if (!Array.isArray(list)) {
      repaired = true;
      continue;
    }
    const kept: StoredComment[] = [];
    const ids = new Set<string>();
    for (const item of list) {
      const comment = readComment(item);
      const seq = isRecord(item) ? item.seq : undefined;
      const authorKey = isRecord(item) ? item.authorKey : undefined;
      if (
        !comment ||
        ids.has(comment.id) ||
        typeof seq !== 'number' ||
        !Number.isInteger(seq) ||
        (authorKey !== undefined && typeof authorKey !== 'string')
      ) {
        repaired = true;
        continue;
      }
      delete comment.moreReplies;
      ids.add(comment.id);
      kept.push({
        ...comment,
        ...readVoteFields(item),
        seq,
        ...(authorKey === undefined ? {} : {authorKey}),
      });
      maxSeq = Math.max(maxSeq, seq);
    }
    data.threads[thread] = kept;
  }
  const keys = isRecord(value.keys) ? value.keys : {};
  if (!isRecord(value.keys)) repaired = true;
  for (const [key, ref] of Object.entries(keys)) {
    if (isRecord(ref) && typeof ref.thread === 'string' && typeof ref.id === 'string') {
      data.keys[key] = {thread: ref.thread, id: ref.id};
    } else {
      repaired = true;
    }
  }
  const seq = value.seq;
  data.seq = typeof seq === 'number' && Number.isInteger(seq) ? Math.max(seq, maxSeq) : maxSeq;
  return {data, repaired};
}
