import {sql, type Kysely} from 'kysely';
import type {CommentRow, Database} from '../db/schema.js';
import {voteScore} from '../domain/wilson.js';
import {HttpError, notFound} from '../http/errors.js';
import {bumpThreadVersion} from './versions.js';

export interface VoteOutcome {
  row: CommentRow;
  /** The voter's vote now: 1, -1 or 0 (none). */
  value: number;
  /** Whether anything changed (a second identical vote changes nothing). */
  changed: boolean;
}

/**
 * Sets `voter`'s vote on comment `id` to `value` (0 takes it back), and the
 * comment's counts and score with it, in one transaction. The comment row
 * is locked first, so votes on one comment take turns across connections
 * and instances, and the counts always equal the votes. A changed score
 * bumps the thread's version and records the score it replaced under that
 * version (see store/top.ts).
 */
export async function castVote(
  db: Kysely<Database>,
  input: {id: string; voter: string; value: 1 | -1 | 0},
): Promise<VoteOutcome> {
  const {id, voter, value} = input;
  return db.transaction().execute(async (trx) => {
    // A no-op update: on PostgreSQL it takes the row lock (and returns the row as committed last).
    const row = await trx
      .updateTable('comments')
      .set({votes_up: sql`votes_up`})
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirst();
    if (!row || row.status !== 'published') {
      throw notFound('There is no such comment to vote on.');
    }
    if (row.author_token_hash !== null && row.author_token_hash === voter) {
      throw new HttpError(403, 'forbidden', 'You cannot vote on your own comment.');
    }
    const existing = await trx
      .selectFrom('natter_votes')
      .select('value')
      .where('comment_id', '=', id)
      .where('voter_hash', '=', voter)
      .executeTakeFirst();
    const before = existing ? Number(existing.value) : 0;
    if (before === value) return {row, value, changed: false};
    const votes = trx
      .deleteFrom('natter_votes')
      .where('comment_id', '=', id)
      .where('voter_hash', '=', voter);
    if (value === 0) await votes.execute();
    else if (existing) {
      await trx
        .updateTable('natter_votes')
        .set({value})
        .where('comment_id', '=', id)
        .where('voter_hash', '=', voter)
        .execute();
    } else {
      await trx
        .insertInto('natter_votes')
        .values({
          comment_id: id,
          voter_hash: voter,
          thread: row.thread,
          value,
          created_at: new Date().toISOString(),
        })
        .execute();
    }
    const up = Number(row.votes_up) + (value === 1 ? 1 : 0) - (before === 1 ? 1 : 0);
    const down = Number(row.votes_down) + (value === -1 ? 1 : 0) - (before === -1 ? 1 : 0);
    const score = voteScore(up, down);
    const updated = await trx
      .updateTable('comments')
      .set({votes_up: up, votes_down: down, score})
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    const version = await bumpThreadVersion(trx, row.thread);
    if (score !== Number(row.score)) {
      await trx
        .insertInto('natter_score_history')
        .values({comment_id: id, version, score_before: Number(row.score)})
        .execute();
    }
    return {row: updated, value, changed: true};
  });
}
