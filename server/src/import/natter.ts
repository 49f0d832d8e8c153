import {createReadStream} from 'node:fs';
import {createInterface} from 'node:readline';
import type {StoredStatus} from '../db/schema.js';
import {normaliseThreadKey} from '../domain/thread-key.js';
import {httpUrl, type ImportAction, isoDate, lineError} from './actions.js';
import {PORTABLE_STATUSES} from './portable.js';

const CHUNK = 200;

/**
 * Reads a Natter export (see portable.ts) line by line. Ids, threads,
 * statuses and dates are kept; the counts in the thread and end lines must
 * match what was read, so a file cut short stops the import.
 */
export async function* readNatter(file: string): AsyncIterable<ImportAction[]> {
  const lines = createInterface({input: createReadStream(file), crlfDelay: Infinity});
  let line = 0;
  let out: ImportAction[] = [];
  let thread: {key: string; expected: number; read: number; line: number} | null = null;
  let threads = 0;
  let comments = 0;
  let ended = false;
  let header = false;
  const fail = (reason: string) => lineError(file, line, reason);
  const endThread = () => {
    if (thread && thread.read !== thread.expected) {
      throw lineError(
        file,
        thread.line,
        `the thread says it has ${thread.expected} comments, but ${thread.read} follow.`,
      );
    }
    if (thread) out.push({type: 'end-scope'});
  };
  for await (const text of lines) {
    line++;
    if (text.trim() === '') continue;
    let value: Record<string, unknown>;
    try {
      value = JSON.parse(text) as Record<string, unknown>;
    } catch (error) {
      throw fail(`not JSON (${(error as Error).message}).`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      throw fail('not an object.');
    if (ended) throw fail('the file goes on after its end line.');
    if (!header) {
      if (value.natterExport === 1) {
        throw fail('this is a dump of a whole database: load it with natter-server restore.');
      }
      if (value.natter !== 1) throw fail('not a Natter export (no {"natter": 1} header first).');
      header = true;
      continue;
    }
    if (value.end === true) {
      endThread();
      if (value.threads !== threads || value.comments !== comments) {
        throw fail(
          `the end line counts ${String(value.threads)} threads and ${String(value.comments)} comments, but ${threads} and ${comments} were read.`,
        );
      }
      ended = true;
    } else if (typeof value.thread === 'string') {
      endThread();
      let key: string;
      try {
        key = normaliseThreadKey(value.thread);
      } catch (error) {
        throw fail((error as Error).message);
      }
      if (!Number.isInteger(value.comments))
        throw fail('a thread line needs its "comments" count.');
      thread = {key, expected: value.comments as number, read: 0, line};
      threads++;
      if (value.closedAt !== null && value.closedAt !== undefined) {
        out.push({
          type: 'close-thread',
          thread: key,
          closedAt: isoDate(file, line, String(value.closedAt), 'closedAt'),
        });
      }
    } else {
      if (!thread) throw fail('a comment comes before any thread line.');
      thread.read++;
      comments++;
      out.push(commentAction(file, line, thread.key, value));
    }
    if (out.length >= CHUNK) {
      yield out;
      out = [];
    }
  }
  if (!header) throw lineError(file, 1, 'the file is empty.');
  if (!ended) throw lineError(file, line, 'the file ends without its end line: was it cut short?');
  yield out;
}

function commentAction(
  file: string,
  line: number,
  thread: string,
  value: Record<string, unknown>,
): ImportAction {
  const fail = (reason: string) => lineError(file, line, reason);
  const {id, parentId, author, body, status} = value;
  if (typeof id !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(id))
    throw fail('a comment needs an "id" of 1 to 64 letters, digits, - or _.');
  if (parentId !== null && typeof parentId !== 'string')
    throw fail(`comment ${id}: "parentId" must be an id or null.`);
  const who = author as {name?: unknown; url?: unknown} | undefined;
  if (typeof who?.name !== 'string') throw fail(`comment ${id}: "author.name" must be text.`);
  if (typeof body !== 'string') throw fail(`comment ${id}: "body" must be text.`);
  if (!PORTABLE_STATUSES.includes(status as StoredStatus))
    throw fail(`comment ${id}: "status" must be one of ${PORTABLE_STATUSES.join(', ')}.`);
  if (value.markdown != null && typeof value.markdown !== 'string')
    throw fail(`comment ${id}: "markdown" must be text.`);
  const editedAt =
    value.editedAt == null ? null : isoDate(file, line, String(value.editedAt), 'editedAt');
  return {
    type: 'comment',
    comment: {
      line,
      sourceId: id,
      parentSourceId: parentId,
      thread,
      id,
      idempotencyKey: null,
      name: who.name,
      url: typeof who.url === 'string' ? httpUrl(who.url) : null,
      email: null,
      body,
      markdown: typeof value.markdown === 'string' ? value.markdown : null,
      createdAt: isoDate(
        file,
        line,
        typeof value.createdAt === 'string' ? value.createdAt : '',
        'createdAt',
      ),
      editedAt,
      status: status as StoredStatus,
    },
  };
}
