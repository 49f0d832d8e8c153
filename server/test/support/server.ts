import {after, before} from 'node:test';
import {startServer, type RunningServer} from '../../src/node.js';
import type {CommentsAppOptions} from '../../src/options.js';
import type {Backend, TestDatabase} from './backends.js';

// Response bodies are whatever JSON the server sent; tests check their shape.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;

export const ADMIN_TOKEN = 'test-admin-token-0123456789-abcdefghij';

/** A server under test with request helpers bound to its URL. */
export interface TestServer {
  url: string;
  running: RunningServer;
  request(path: string, init?: RequestInit): Promise<Response>;
  /** GET, parsed as JSON, asserting nothing. */
  getJson<T = Json>(
    path: string,
    headers?: Record<string, string>,
  ): Promise<{status: number; body: T; response: Response}>;
  /** POST a JSON value (or a raw string) to `path`. */
  postJson<T = Json>(
    path: string,
    body: unknown,
    headers?: Record<string, string>,
  ): Promise<{status: number; body: T; response: Response}>;
  admin<T = Json>(method: string, path: string): Promise<{status: number; body: T}>;
  /** Rows in the database right now, whatever their status. */
  rowCount(): Promise<number>;
}

/** Options tests start from: no rate limits, no minimum fill time, an admin token. */
export const testDefaults: Partial<CommentsAppOptions> = {
  minFillMs: 0,
  adminToken: ADMIN_TOKEN,
  rateLimits: {
    reads: false,
    posts: false,
    postsPerEmail: false,
    votes: false,
    votesPerVoter: false,
  },
  pingIntervalMs: 25_000,
};

export async function startTestServer(
  location: string,
  options: Partial<CommentsAppOptions> = {},
): Promise<TestServer> {
  const running = await startServer({...testDefaults, ...options, database: location, port: 0});
  const url = running.url;
  const request = (path: string, init?: RequestInit) => fetch(url + path, init);
  const parse = async (response: Response) => {
    const text = await response.text();
    let body: Json = text;
    try {
      body = JSON.parse(text);
    } catch {
      // Not JSON: the test sees the text.
    }
    return {status: response.status, body, response};
  };
  return {
    url,
    running,
    request,
    getJson: async (path, headers = {}) => parse(await request(path, {headers})),
    postJson: async (path, body, headers = {}) =>
      parse(
        await request(path, {
          method: 'POST',
          headers: {'Content-Type': 'application/json', ...headers},
          body: typeof body === 'string' ? body : JSON.stringify(body),
        }),
      ),
    admin: async (method, path) =>
      parse(await request(path, {method, headers: {Authorization: `Bearer ${ADMIN_TOKEN}`}})),
    async rowCount() {
      const {db} = running.comments.services;
      const row = await db
        .selectFrom('comments')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
  };
}

/**
 * Registers before/after hooks that give the enclosing describe block a
 * fresh database and a server on it. Read `.current` inside tests. Options
 * may be a function, called when the server starts (after earlier hooks).
 */
export function useServer(
  backend: Backend,
  options: Partial<CommentsAppOptions> | (() => Partial<CommentsAppOptions>) = {},
): {current: TestServer} {
  const holder = {} as {current: TestServer};
  let database: TestDatabase | undefined;
  before(async () => {
    database = await backend.fresh();
    const given = typeof options === 'function' ? options() : options;
    holder.current = await startTestServer(database.location, given);
  });
  after(async () => {
    await holder.current?.running.close();
    await database?.drop();
  });
  return holder;
}

let counter = 0;
/** A draft body for POST /api/comments; every call writes a different text unless `body` is given. */
export function draft(
  thread: string,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  counter++;
  return {
    thread,
    parentId: null,
    body: `Comment number ${counter}`,
    author: {name: 'Ada', email: 'ada@example.com', url: 'https://ada.example'},
    honeypot: '',
    elapsedMs: 5000,
    ...overrides,
  };
}
