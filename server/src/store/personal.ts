import type {Kysely} from 'kysely';
import type {Database} from '../db/schema.js';
import type {Personal} from './view.js';

/** What makes views the reader's own: their votes on `rows`, one query (none when anonymous). */
export async function personalFor(
  db: Kysely<Database>,
  query: {tokenHash: string | null; editWindowMs?: number},
  rows: {id: string}[],
): Promise<Personal> {
  const {tokenHash} = query;
  const myVotes = new Map<string, number>();
  const ids = rows.map((row) => row.id);
  if (tokenHash !== null && ids.length > 0) {
    const votes = await db
      .selectFrom('natter_votes')
      .select(['comment_id', 'value'])
      .where('voter_hash', '=', tokenHash)
      .where('comment_id', 'in', ids)
      .execute();
    for (const vote of votes) myVotes.set(vote.comment_id, Number(vote.value));
  }
  return {tokenHash, editWindowMs: query.editWindowMs ?? 0, myVotes};
}
