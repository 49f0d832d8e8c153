import {sql, type Kysely} from 'kysely';
import type {BucketStore, Spend} from '../http/rate-limit.js';
import type {RateLimit} from '../options.js';
import type {Database} from './schema.js';

/** The database's clock in milliseconds: one clock for every instance. */
const NOW_MS = sql<number>`floor(extract(epoch from clock_timestamp()) * 1000)::bigint`;

/**
 * Token buckets in PostgreSQL (`natter_rate_limits`), so that instances on
 * one database share each budget. One statement refills, spends and answers:
 * the row lock of the upsert serialises concurrent requests for one key.
 */
export class PostgresBuckets implements BucketStore {
  constructor(private readonly db: Kysely<Database>) {}

  async update(key: string, limit: RateLimit, spend: Spend): Promise<number> {
    const perMs = limit.count / (limit.perSeconds * 1000);
    const refilled = sql<number>`least(${limit.count}::double precision,
      r.tokens + greatest(0, excluded.updated_ms - r.updated_ms) * ${perMs}::double precision)`;
    const taken =
      spend === 'always'
        ? sql`1`
        : spend === 'none'
          ? sql`0`
          : sql`case when ${refilled} >= 1 then 1 else 0 end`;
    const fresh = spend === 'none' ? 0 : 1;
    const {rows} = await sql<{available: number}>`
      insert into natter_rate_limits as r (key, tokens, available, updated_ms)
      values (${key}, ${limit.count - fresh}::double precision, ${limit.count}::double precision, ${NOW_MS})
      on conflict (key) do update set
        available = ${refilled},
        tokens = ${refilled} - ${taken},
        updated_ms = excluded.updated_ms
      returning available`.execute(this.db);
    return Number(rows[0]?.available ?? 0);
  }

  async sweep(prefix: string, limit: RateLimit): Promise<void> {
    const perMs = limit.count / (limit.perSeconds * 1000);
    const pattern = `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    await sql`
      delete from natter_rate_limits
      where key like ${pattern}
        and tokens + (${NOW_MS} - updated_ms) * ${perMs}::double precision >= ${limit.count}`.execute(
      this.db,
    );
  }
}
