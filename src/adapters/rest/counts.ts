import {setEntry} from '../kit/set-entry.js';
import {record} from './shape.js';

/** Threads per count request (the server's limit). */
const COUNT_CHUNK = 100;

/**
 * Counts for `threads`, asked in chunks the server accepts, all at once.
 * `get` fetches one chunk's `{counts}` answer; a count that is not a whole
 * number is left out.
 */
export async function countThreads(
  threads: string[],
  get: (chunk: string[]) => Promise<unknown>,
): Promise<Record<string, number>> {
  const unique = [...new Set(threads)];
  const chunks: string[][] = [];
  for (let i = 0; i < unique.length; i += COUNT_CHUNK) {
    chunks.push(unique.slice(i, i + COUNT_CHUNK));
  }
  const answers = await Promise.all(
    chunks.map(async (chunk) => record(record(await get(chunk)).counts)),
  );
  const counts: Record<string, number> = {};
  answers.forEach((answer, i) => {
    for (const thread of chunks[i]) {
      const value = Object.hasOwn(answer, thread) ? answer[thread] : undefined;
      if (typeof value === 'number' && Number.isInteger(value) && value >= 0) {
        setEntry(counts, thread, value);
      }
    }
  });
  return counts;
}
