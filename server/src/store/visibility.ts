import {sql, type RawBuilder, type SqlBool} from 'kysely';

/**
 * SQL conditions for "who sees what", shared by every reader query. Written
 * against the alias `c` for the comment and `d` for its descendants.
 */

/** A comment the reader sees in full: published, or held and their own. */
export function live(alias: string, tokenHash: string | null): RawBuilder<SqlBool> {
  const a = sql.ref(alias);
  if (tokenHash === null) return sql<SqlBool>`${a}.status = 'published'`;
  return sql<SqlBool>`(${a}.status = 'published' or (${a}.status = 'pending' and ${a}.author_token_hash = ${tokenHash}))`;
}

/**
 * A comment that appears at all: live, or hidden but with a live reply
 * somewhere below it (then it is shown as a tombstone). Every ancestor of a
 * live comment is therefore shown, so replies never lose their place.
 */
export function shown(tokenHash: string | null): RawBuilder<SqlBool> {
  return sql<SqlBool>`(${live('c', tokenHash)} or exists (
    select 1 from comments d
    where d.root_id = coalesce(c.root_id, c.id)
      and substr(d.path, 1, length(c.path) + 1) = c.path || '/'
      and ${live('d', tokenHash)}
  ))`;
}
