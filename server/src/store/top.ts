import {sql, type Kysely} from 'kysely';
import type {CommentRow, Database} from '../db/schema.js';
import {validationError} from '../http/errors.js';
import {ID, ISO, readCursor} from './cursor.js';
import {shown} from './visibility.js';

/**
 * A position in a `top` listing: the last comment's score, time and id, and
 * the thread version of the first page. Later pages rank every comment by
 * its score as of that version (see `topRows`), so votes cast while a
 * reader pages on move nothing between their pages: no repeats, no gaps.
 */
export interface TopCursor {
  score: number;
  createdAt: string;
  id: string;
  version: number;
}

const whole = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

export function encodeTopCursor(cursor: TopCursor): string {
  const {score, createdAt, id, version} = cursor;
  return Buffer.from(JSON.stringify(['top', score, createdAt, id, version])).toString('base64url');
}

export function decodeTopCursor(raw: string | undefined): TopCursor | undefined {
  if (raw === undefined) return undefined;
  const value = readCursor(raw);
  if (
    !Array.isArray(value) ||
    value.length !== 5 ||
    value[0] !== 'top' ||
    !whole(value[1]) ||
    typeof value[2] !== 'string' ||
    !ISO.test(value[2]) ||
    typeof value[3] !== 'string' ||
    !ID.test(value[3]) ||
    !whole(value[4])
  ) {
    throw validationError('cursor', 'The page cursor is not valid (or belongs to another sort).');
  }
  return {score: value[1], createdAt: value[2], id: value[3], version: value[4]};
}

/**
 * One page of top-level comments, best first: by score as of `version`
 * (the score a comment had then is the `score_before` of the first vote
 * after it, else its score now), then newest, then by id. Call inside a
 * transaction that also read `version`, so the two agree.
 */
export async function topRows(
  db: Kysely<Database>,
  query: {
    thread: string;
    limit: number;
    cursor?: TopCursor;
    version: number;
    tokenHash: string | null;
  },
): Promise<{rows: CommentRow[]; nextCursor?: string}> {
  const {thread, limit, cursor, version, tokenHash} = query;
  // A first page ranks by the scores of now, its own version: no history
  // applies, and the index on (thread, depth, score, created_at, id) gives
  // the page without reading the rest of the thread.
  const scoreThen = cursor
    ? sql<number>`coalesce((
        select h.score_before from natter_score_history h
        where h.comment_id = c.id and h.version > ${version}
        order by h.version limit 1
      ), c.score)`
    : sql<number>`c.score`;
  const ranked = db
    .selectFrom('comments as c')
    .selectAll('c')
    .select(scoreThen.as('rank'))
    .where('c.thread', '=', thread)
    .where('c.depth', '=', 1)
    .where(shown(tokenHash))
    .as('r');
  let select = db.selectFrom(ranked).selectAll();
  if (cursor) {
    select = select.where((eb) =>
      eb.or([
        eb('r.rank', '<', cursor.score),
        eb.and([
          eb('r.rank', '=', cursor.score),
          eb.or([
            eb('r.created_at', '<', cursor.createdAt),
            eb.and([eb('r.created_at', '=', cursor.createdAt), eb('r.id', '<', cursor.id)]),
          ]),
        ]),
      ]),
    );
  }
  const found = await select
    .orderBy('r.rank', 'desc')
    .orderBy('r.created_at', 'desc')
    .orderBy('r.id', 'desc')
    .limit(limit + 1)
    .execute();
  const page = found.slice(0, limit);
  const last = page.at(-1);
  const rows = page.map(({rank: _rank, ...row}) => row as CommentRow);
  if (found.length <= limit || !last) return {rows};
  return {
    rows,
    nextCursor: encodeTopCursor({
      score: Number(last.rank),
      createdAt: last.created_at,
      id: last.id,
      version,
    }),
  };
}
