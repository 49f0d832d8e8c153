import {sql, type Kysely} from 'kysely';
import type {CommentRow, Database} from '../db/schema.js';
import {encodeCursor, type Cursor} from './cursor.js';
import {personalFor} from './personal.js';
import {publicView, type PublicComment} from './view.js';
import {live, shown} from './visibility.js';

/** Replies sent with each top-level comment; the rest are fetched through the replies route. */
export const REPLIES_PER_TOP_LEVEL = 200;

/** The first replies under each top-level id, oldest first, and how many were left out. */
export async function repliesOf(
  db: Kysely<Database>,
  rootIds: string[],
  tokenHash: string | null,
): Promise<Map<string, {rows: CommentRow[]; more: number}>> {
  const groups = new Map<string, {rows: CommentRow[]; more: number}>();
  if (rootIds.length === 0) return groups;
  const ranked = db
    .selectFrom('comments as c')
    .selectAll('c')
    .select([
      sql<number>`row_number() over (partition by c.root_id order by c.created_at, c.id)`.as('rn'),
      sql<number>`count(*) over (partition by c.root_id)`.as('siblings'),
    ])
    .where('c.root_id', 'in', rootIds)
    .where(shown(tokenHash))
    .as('r');
  const rows = await db
    .selectFrom(ranked)
    .selectAll()
    .where('r.rn', '<=', REPLIES_PER_TOP_LEVEL)
    .orderBy('r.created_at')
    .orderBy('r.id')
    .execute();
  for (const row of rows) {
    const rootId = row.root_id as string;
    let group = groups.get(rootId);
    if (!group) {
      group = {rows: [], more: Math.max(0, Number(row.siblings) - REPLIES_PER_TOP_LEVEL)};
      groups.set(rootId, group);
    }
    const {rn: _rn, siblings: _siblings, ...comment} = row;
    group.rows.push(comment);
  }
  return groups;
}

export interface RepliesPage {
  comments: PublicComment[];
  nextCursor?: string;
}

/** Replies at any depth below `id`, oldest first; `undefined` when the reader cannot see `id`. */
export async function listReplies(
  db: Kysely<Database>,
  query: {
    id: string;
    limit: number;
    cursor?: Cursor;
    tokenHash: string | null;
    editWindowMs?: number;
  },
): Promise<RepliesPage | undefined> {
  const {id, limit, cursor, tokenHash} = query;
  const parent = await db
    .selectFrom('comments as c')
    .selectAll('c')
    .where('c.id', '=', id)
    .where(shown(tokenHash))
    .executeTakeFirst();
  if (!parent) return undefined;
  let below = db
    .selectFrom('comments as c')
    .selectAll('c')
    .where('c.root_id', '=', parent.root_id ?? parent.id)
    .where(sql<boolean>`substr(c.path, 1, ${parent.path.length + 1}) = ${parent.path + '/'}`)
    .where(shown(tokenHash));
  if (cursor) {
    below = below.where((eb) =>
      eb.or([
        eb('c.created_at', '>', cursor.createdAt),
        eb.and([eb('c.created_at', '=', cursor.createdAt), eb('c.id', '>', cursor.id)]),
      ]),
    );
  }
  const rows = await below
    .orderBy('c.created_at')
    .orderBy('c.id')
    .limit(limit + 1)
    .execute();
  const pageRows = rows.slice(0, limit);
  const personal = await personalFor(db, query, pageRows);
  const page: RepliesPage = {
    comments: pageRows.map((row) => publicView(row, tokenHash, personal)),
  };
  const last = pageRows.at(-1);
  if (rows.length > limit && last)
    page.nextCursor = encodeCursor({createdAt: last.created_at, id: last.id});
  return page;
}

/**
 * A comment in its context, for links to it: its top-level comment with
 * that one's first replies (as a page sends them), and every ancestor of the
 * comment wherever it falls among them. `undefined` when the reader cannot
 * see the comment in `thread`.
 */
export async function commentInContext(
  db: Kysely<Database>,
  query: {id: string; thread: string; tokenHash: string | null; editWindowMs?: number},
): Promise<{comments: PublicComment[]} | undefined> {
  const {id, thread, tokenHash} = query;
  const target = await db
    .selectFrom('comments as c')
    .select('c.path')
    .where('c.id', '=', id)
    .where('c.thread', '=', thread)
    .where(shown(tokenHash))
    .executeTakeFirst();
  if (!target) return undefined;
  // Ancestors of a shown comment are shown too (as tombstones if need be).
  const chainIds = target.path.split('/');
  const rootId = chainIds[0];
  const [chain, replies] = await Promise.all([
    db
      .selectFrom('comments as c')
      .selectAll('c')
      .where('c.id', 'in', chainIds)
      .where(shown(tokenHash))
      .orderBy('c.depth')
      .execute(),
    repliesOf(db, [rootId], tokenHash),
  ]);
  const root = chain.find((row) => row.id === rootId);
  if (!root) return undefined;
  const group = replies.get(rootId);
  const personal = await personalFor(db, query, [...chain, ...(group?.rows ?? [])]);
  const comments: PublicComment[] = [
    {...publicView(root, tokenHash, personal), moreReplies: group ? group.more : 0},
  ];
  for (const reply of group?.rows ?? []) comments.push(publicView(reply, tokenHash, personal));
  const included = new Set(comments.map((comment) => comment.id));
  for (const row of chain) {
    if (!included.has(row.id)) comments.push(publicView(row, tokenHash, personal));
  }
  return {comments};
}

/** Visible comments per thread, at every level, tombstones excluded. */
export async function countVisible(
  db: Kysely<Database>,
  threads: string[],
  tokenHash: string | null,
): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  if (threads.length === 0) return counts;
  const rows = await db
    .selectFrom('comments as c')
    .select(['c.thread', (eb) => eb.fn.countAll().as('n')])
    .where('c.thread', 'in', threads)
    .where(live('c', tokenHash))
    .groupBy('c.thread')
    .execute();
  for (const row of rows) counts.set(row.thread, Number(row.n));
  return counts;
}

export function findComment(db: Kysely<Database>, id: string): Promise<CommentRow | undefined> {
  return db.selectFrom('comments').selectAll().where('id', '=', id).executeTakeFirst();
}
