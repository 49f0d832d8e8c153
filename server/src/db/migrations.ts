import {sql, type Kysely, type Migration, type MigrationProvider} from 'kysely';

/**
 * The schema, as migrations kept in code so that a fresh database needs no
 * files on disk. Only portable column types: everything a query compares is
 * text or integer, so SQLite and PostgreSQL sort and match alike.
 */
const migrations: Record<string, Migration> = {
  '0001_comments': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('comments')
        .addColumn('id', 'text', (col) => col.primaryKey())
        .addColumn('thread', 'text', (col) => col.notNull())
        .addColumn('parent_id', 'text')
        .addColumn('root_id', 'text')
        .addColumn('path', 'text', (col) => col.notNull())
        .addColumn('depth', 'integer', (col) => col.notNull())
        .addColumn('body', 'text', (col) => col.notNull())
        .addColumn('author_name', 'text', (col) => col.notNull())
        .addColumn('author_email', 'text')
        .addColumn('author_url', 'text')
        .addColumn('author_key', 'text', (col) => col.notNull())
        .addColumn('author_token_hash', 'text')
        .addColumn('status', 'text', (col) => col.notNull())
        .addColumn('idempotency_key', 'text', (col) => col.unique())
        .addColumn('created_at', 'text', (col) => col.notNull())
        .addColumn('updated_at', 'text', (col) => col.notNull())
        .execute();
      const index = (name: string, columns: string[]) =>
        db.schema.createIndex(name).on('comments').columns(columns).execute();
      await index('comments_thread_top', ['thread', 'depth', 'created_at', 'id']);
      await index('comments_root', ['root_id', 'created_at', 'id']);
      await index('comments_author', ['author_key', 'status']);
      await index('comments_status', ['status', 'created_at', 'id']);
      await db.schema
        .createTable('natter_settings')
        .addColumn('key', 'text', (col) => col.primaryKey())
        .addColumn('value', 'text', (col) => col.notNull())
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await sql`drop table natter_settings`.execute(db);
      await sql`drop table comments`.execute(db);
    },
  },
  // Token buckets shared by instances on one PostgreSQL (SQLite keeps them in memory).
  '0002_rate_limits': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('natter_rate_limits')
        .addColumn('key', 'text', (col) => col.primaryKey())
        .addColumn('tokens', 'double precision', (col) => col.notNull())
        .addColumn('available', 'double precision', (col) => col.notNull())
        .addColumn('updated_ms', 'bigint', (col) => col.notNull())
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await sql`drop table natter_rate_limits`.execute(db);
    },
  },
  // Solutions of the optional proof of work, each accepted once.
  '0003_used_proofs': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('natter_used_proofs')
        .addColumn('signature', 'text', (col) => col.primaryKey())
        .addColumn('expires_ms', 'bigint', (col) => col.notNull())
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await sql`drop table natter_used_proofs`.execute(db);
    },
  },
  // A number per thread bumped by every change a reader could see: lists are
  // revalidated against it (ETag) without reading comments, on any instance.
  '0004_thread_versions': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('natter_thread_versions')
        .addColumn('thread', 'text', (col) => col.primaryKey())
        .addColumn('version', 'integer', (col) => col.notNull())
        .execute();
      await db.schema
        .createIndex('comments_token')
        .on('comments')
        .columns(['author_token_hash', 'thread', 'status'])
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await sql`drop index comments_token`.execute(db);
      await sql`drop table natter_thread_versions`.execute(db);
    },
  },
  // The owner's console: sign-in sessions, blocked authors, closed threads, edits.
  '0005_admin': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('natter_admin_sessions')
        .addColumn('token_hash', 'text', (col) => col.primaryKey())
        .addColumn('created_at', 'text', (col) => col.notNull())
        .addColumn('expires_at', 'text', (col) => col.notNull())
        .execute();
      await db.schema
        .createTable('natter_blocks')
        .addColumn('id', 'text', (col) => col.primaryKey())
        .addColumn('author_key', 'text', (col) => col.notNull())
        .addColumn('email_key', 'text')
        .addColumn('name', 'text', (col) => col.notNull())
        .addColumn('action', 'text', (col) => col.notNull())
        .addColumn('created_at', 'text', (col) => col.notNull())
        .execute();
      await db.schema
        .createIndex('blocks_author')
        .on('natter_blocks')
        .column('author_key')
        .execute();
      await db.schema.createIndex('blocks_email').on('natter_blocks').column('email_key').execute();
      await db.schema
        .createTable('natter_closed_threads')
        .addColumn('thread', 'text', (col) => col.primaryKey())
        .addColumn('closed_at', 'text', (col) => col.notNull())
        .execute();
      await db.schema.alterTable('comments').addColumn('edited_at', 'text').execute();
      await db.schema.alterTable('comments').addColumn('email_key', 'text').execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.alterTable('comments').dropColumn('email_key').execute();
      await db.schema.alterTable('comments').dropColumn('edited_at').execute();
      await sql`drop table natter_closed_threads`.execute(db);
      await sql`drop table natter_blocks`.execute(db);
      await sql`drop table natter_admin_sessions`.execute(db);
    },
  },
  // Mails and webhook calls waiting to go out, written with the change that
  // caused them; reply opt-ins on comments and addresses that opted out.
  '0006_outbox': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('natter_outbox')
        .addColumn('id', 'text', (col) => col.primaryKey())
        .addColumn('kind', 'text', (col) => col.notNull())
        .addColumn('dedupe_key', 'text', (col) => col.unique())
        .addColumn('payload', 'text', (col) => col.notNull())
        .addColumn('state', 'text', (col) => col.notNull())
        .addColumn('attempts', 'integer', (col) => col.notNull())
        .addColumn('next_attempt_at', 'text', (col) => col.notNull())
        .addColumn('claimed_by', 'text')
        .addColumn('claimed_until', 'text')
        .addColumn('sent_at', 'text')
        .addColumn('last_error', 'text')
        .addColumn('created_at', 'text', (col) => col.notNull())
        .execute();
      await db.schema
        .createIndex('outbox_due')
        .on('natter_outbox')
        .columns(['state', 'next_attempt_at'])
        .execute();
      await db.schema
        .createTable('natter_unsubscribes')
        .addColumn('email_key', 'text', (col) => col.primaryKey())
        .addColumn('created_at', 'text', (col) => col.notNull())
        .execute();
      await db.schema
        .alterTable('comments')
        .addColumn('notify_replies', 'integer', (col) => col.notNull().defaultTo(0))
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.alterTable('comments').dropColumn('notify_replies').execute();
      await sql`drop table natter_unsubscribes`.execute(db);
      await sql`drop table natter_outbox`.execute(db);
    },
  },
  // Readers' votes, one row per voter and comment; counts and the `top` score kept
  // on the comment; the score each vote replaced, so `top` cursors rank as their
  // first page did; and the Markdown source of a comment beside its plain text.
  '0007_votes': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('natter_votes')
        .addColumn('comment_id', 'text', (col) => col.notNull())
        .addColumn('voter_hash', 'text', (col) => col.notNull())
        .addColumn('thread', 'text', (col) => col.notNull())
        .addColumn('value', 'integer', (col) => col.notNull())
        .addColumn('created_at', 'text', (col) => col.notNull())
        .addPrimaryKeyConstraint('natter_votes_pk', ['comment_id', 'voter_hash'])
        .execute();
      await db.schema
        .createIndex('votes_voter')
        .on('natter_votes')
        .columns(['voter_hash', 'thread'])
        .execute();
      await db.schema
        .createTable('natter_score_history')
        .addColumn('comment_id', 'text', (col) => col.notNull())
        .addColumn('version', 'integer', (col) => col.notNull())
        .addColumn('score_before', 'integer', (col) => col.notNull())
        .addPrimaryKeyConstraint('natter_score_history_pk', ['comment_id', 'version'])
        .execute();
      const column = (name: string) =>
        db.schema
          .alterTable('comments')
          .addColumn(name, 'integer', (col) => col.notNull().defaultTo(0))
          .execute();
      await column('votes_up');
      await column('votes_down');
      await column('score');
      await db.schema.alterTable('comments').addColumn('markdown', 'text').execute();
      await db.schema
        .createIndex('comments_thread_score')
        .on('comments')
        .columns(['thread', 'depth', 'score', 'created_at', 'id'])
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await sql`drop index comments_thread_score`.execute(db);
      for (const name of ['markdown', 'score', 'votes_down', 'votes_up']) {
        await db.schema.alterTable('comments').dropColumn(name).execute();
      }
      await sql`drop table natter_score_history`.execute(db);
      await sql`drop table natter_votes`.execute(db);
    },
  },
  // Authors the host site signed in (docs/sso.md), and the names they use.
  '0008_sso': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .alterTable('comments')
        .addColumn('author_verified', 'integer', (col) => col.notNull().defaultTo(0))
        .execute();
      await db.schema.alterTable('comments').addColumn('author_avatar', 'text').execute();
      await db.schema
        .createTable('natter_verified_names')
        .addColumn('name_key', 'text', (col) => col.primaryKey())
        .addColumn('created_at', 'text', (col) => col.notNull())
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await sql`drop table natter_verified_names`.execute(db);
      await db.schema.alterTable('comments').dropColumn('author_avatar').execute();
      await db.schema.alterTable('comments').dropColumn('author_verified').execute();
    },
  },
};

export const migrationProvider: MigrationProvider = {
  getMigrations: async () => migrations,
};
