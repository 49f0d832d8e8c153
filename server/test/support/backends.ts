import {randomBytes} from 'node:crypto';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';

/** A database the tests may fill and throw away. */
export interface TestDatabase {
  location: string;
  drop(): Promise<void>;
}

export interface Backend {
  name: 'sqlite' | 'postgres';
  fresh(): Promise<TestDatabase>;
}

/**
 * Registers hooks that give the enclosing block an empty database of
 * `backend`, dropped afterwards. Read `.location` inside tests.
 */
export function useFreshDatabase(backend: Backend): {readonly location: string} {
  let database: TestDatabase | undefined;
  before(async () => {
    database = await backend.fresh();
  });
  after(async () => {
    await database?.drop();
  });
  return {
    get location() {
      if (!database) throw new Error('the fresh database is made in a before hook');
      return database.location;
    },
  };
}

/** Registers hooks that give the enclosing block a temporary folder, removed afterwards. */
export function useScratchDir(prefix: string): {readonly path: string} {
  let path: string | undefined;
  before(() => {
    path = mkdtempSync(join(tmpdir(), prefix));
  });
  after(() => {
    if (path) rmSync(path, {recursive: true, force: true});
  });
  return {
    get path() {
      if (!path) throw new Error('the scratch folder is made in a before hook');
      return path;
    },
  };
}

const sqlite: Backend = {
  name: 'sqlite',
  async fresh() {
    const dir = mkdtempSync(join(tmpdir(), 'natter-server-test-'));
    return {
      location: join(dir, 'natter.db'),
      drop: async () => rmSync(dir, {recursive: true, force: true}),
    };
  },
};

/** One new database per call on the cluster DATABASE_URL points at, dropped afterwards. */
function postgres(url: string): Backend {
  return {
    name: 'postgres',
    async fresh() {
      const name = `natter_t_${randomBytes(6).toString('hex')}`;
      const admin = new pg.Client({connectionString: url});
      await admin.connect();
      try {
        await admin.query(`create database ${name}`);
      } finally {
        await admin.end();
      }
      const location = new URL(url);
      location.pathname = `/${name}`;
      return {
        location: location.href,
        async drop() {
          const client = new pg.Client({connectionString: url});
          await client.connect();
          try {
            // pg's Pool.end() resolves before its sockets have closed; forcing the
            // drop at once would hit those closing connections with errors.
            for (let attempt = 0; ; attempt++) {
              try {
                await client.query(`drop database if exists ${name}`);
                return;
              } catch (error) {
                if (attempt === 50) throw error;
                await new Promise((resolve) => setTimeout(resolve, 100));
              }
            }
          } finally {
            await client.end();
          }
        },
      };
    },
  };
}

/**
 * Runs `define` once per database: SQLite always, PostgreSQL when
 * DATABASE_URL is set. Without it the PostgreSQL block is skipped with the
 * reason, or fails when NATTER_REQUIRE_PG=1 (as `npm test` sets), so a
 * missing database can never pass unnoticed.
 */
export function forEachBackend(define: (backend: Backend) => void): void {
  describe('sqlite', () => define(sqlite));
  const url = process.env.DATABASE_URL;
  if (url) {
    describe('postgres', () => define(postgres(url)));
  } else if (process.env.NATTER_REQUIRE_PG === '1') {
    describe('postgres', () => {
      it('has a database to test against', () => {
        assert.fail('NATTER_REQUIRE_PG=1 but DATABASE_URL is not set');
      });
    });
  } else {
    describe(
      'postgres',
      {skip: 'DATABASE_URL is not set (npm test starts a private cluster)'},
      () => {
        it('runs against PostgreSQL', () => {});
      },
    );
  }
}

/** The PostgreSQL cluster, for tests that only make sense there; `undefined` when skipped. */
export function postgresBackend(): Backend | undefined {
  const url = process.env.DATABASE_URL;
  return url ? postgres(url) : undefined;
}
