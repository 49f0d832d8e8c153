import type {CommentsAdapter} from '../adapters/types.js';
import type {Comment, NewComment, SortOrder} from '../core/types.js';
import type {CommentPage} from '../adapters/types.js';
import {ConformanceError, equal, ok} from './assert.js';

/** One test's backend: an adapter and a thread no other test used. */
export interface ConformanceFixture {
  adapter: CommentsAdapter;
  /** A thread key that is new and empty for this test. */
  thread: string;
  /** Makes the backend hold the next created comment for moderation, where it can. */
  holdNext?(): void | Promise<void>;
  /** A second adapter on the same backend, as another reader (another browser) would use. */
  createPeer?(): CommentsAdapter | Promise<CommentsAdapter>;
  /** Runs after the test, whatever its outcome. */
  cleanup?(): void | Promise<void>;
}

/** Parts of the contract a backend may lack; a skipped one is reported with its reason. */
export type ConformanceFeature =
  | 'replies'
  | 'sort'
  | 'paging'
  | 'idempotency'
  | 'pending'
  | 'validation'
  | 'duplicate'
  | 'abort'
  | 'count'
  | 'subscribe'
  | 'listReplies'
  | 'context'
  | 'threadKeys';

export interface ConformanceOptions {
  /** Time limit per test in milliseconds, where the runner lets a suite set it (mocha). Default 30000. */
  timeout?: number;
  /** How long to wait for a live event before giving up. Default 10000. */
  eventTimeout?: number;
  /** Features to leave out, each with the reason shown in the report. */
  skip?: Partial<Record<ConformanceFeature, string>>;
}

/** Test-runner context as mocha (`this`) or vitest (first argument) give it. */
interface RunnerContext {
  skip?: (note?: string) => void;
  test?: {title?: string};
}

/** What each conformance test gets. */
export class TestKit {
  constructor(
    readonly fixture: ConformanceFixture,
    readonly options: ConformanceOptions,
    private readonly runner: RunnerContext | undefined,
  ) {}

  get adapter(): CommentsAdapter {
    return this.fixture.adapter;
  }

  get thread(): string {
    return this.fixture.thread;
  }

  /**
   * Ends the test as skipped, with the reason visible in the report. Runners
   * that cannot skip at run time (Jest) get a failure naming the option
   * that skips it up front, rather than a pass that proves nothing.
   */
  skip(reason: string): never {
    const runner = this.runner;
    if (runner && typeof runner.skip === 'function') {
      if (runner.test && typeof runner.test.title === 'string') {
        runner.test.title += ` (skipped: ${reason})`;
      }
      runner.skip(reason);
    }
    throw new ConformanceError(
      `Not applicable: ${reason}. This test runner cannot skip a test while it runs; ` +
        `list the feature in the "skip" option of describeAdapterConformance.`,
    );
  }

  /** Skips when the options say so. */
  need(feature: ConformanceFeature): void {
    const reason = this.options.skip?.[feature];
    if (reason) this.skip(reason);
  }

  draft(body: string, extra: Partial<NewComment> = {}): NewComment {
    return {
      parentId: null,
      body,
      author: {
        name: 'Conformance Tester',
        email: 'tester@example.com',
        url: 'https://example.com/',
      },
      // A person who took a minute to write: backends that drop hasty bots must keep it.
      antispam: {honeypot: '', elapsedMs: 60_000},
      ...extra,
    };
  }

  key(): string {
    return `conformance-${Math.random().toString(36).slice(2)}-${Date.now().toString(36)}`;
  }

  create(body: string, parentId: string | null = null, adapter = this.adapter): Promise<Comment> {
    return adapter.create(this.thread, this.draft(body, {parentId}), {idempotencyKey: this.key()});
  }

  /** Every page of the thread, in order, checking that paging ends. */
  async pages(sort: SortOrder, pageSize: number, adapter = this.adapter): Promise<CommentPage[]> {
    const pages: CommentPage[] = [];
    let cursor: string | undefined;
    do {
      const page = await adapter.list(this.thread, {sort, pageSize, cursor});
      pages.push(page);
      ok(Array.isArray(page.comments), 'list() must return a comments array');
      cursor = page.nextCursor;
      ok(pages.length <= 50, 'paging did not end after 50 pages');
    } while (cursor !== undefined);
    return pages;
  }

  async listAll(adapter = this.adapter): Promise<Comment[]> {
    return (await this.pages('oldest', 100, adapter)).flatMap((p) => p.comments);
  }

  /** Polls until `find` returns something, or the time is up. */
  async waitFor<T>(find: () => T | undefined, ms: number): Promise<T | undefined> {
    const until = Date.now() + ms;
    for (;;) {
      const found = find();
      if (found !== undefined || Date.now() >= until) return found;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }
}

const ISO_8601 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const STATUSES = ['published', 'pending', 'deleted'];

/** Checks that a value is a `Comment` as the contract defines it. */
export function assertComment(value: unknown, where: string): asserts value is Comment {
  ok(value && typeof value === 'object', `${where}: a comment must be an object`);
  const c = value as Record<string, unknown>;
  ok(typeof c.id === 'string' && c.id !== '', `${where}: id must be a non-empty string`);
  ok(
    c.parentId === null || (typeof c.parentId === 'string' && c.parentId !== ''),
    `${where}: parentId must be null or a comment id`,
  );
  const author = c.author as Record<string, unknown> | null;
  ok(author && typeof author === 'object', `${where}: author must be an object`);
  ok(typeof author.name === 'string', `${where}: author.name must be a string`);
  ok(!('email' in author), `${where}: author must never carry an email field`);
  for (const key of ['url', 'avatar']) {
    ok(author[key] === undefined || typeof author[key] === 'string', `${where}: author.${key}`);
  }
  ok(typeof c.body === 'string', `${where}: body must be a string`);
  ok(c.bodyHtml === undefined || typeof c.bodyHtml === 'string', `${where}: bodyHtml`);
  ok(
    typeof c.createdAt === 'string' &&
      ISO_8601.test(c.createdAt) &&
      !isNaN(Date.parse(c.createdAt)),
    `${where}: createdAt must be an ISO 8601 time, got ${String(c.createdAt)}`,
  );
  ok(STATUSES.includes(c.status as string), `${where}: status ${String(c.status)}`);
  const more = c.moreReplies;
  ok(
    more === undefined || (typeof more === 'number' && Number.isInteger(more) && more >= 0),
    `${where}: moreReplies must be a whole number`,
  );
}

/** Checks a page's shape and that its comments are unique. */
export function assertPage(page: CommentPage, where: string): void {
  ok(page && Array.isArray(page.comments), `${where}: comments must be an array`);
  ok(Number.isInteger(page.total) && page.total >= 0, `${where}: total must be a whole number`);
  ok(
    page.nextCursor === undefined ||
      (typeof page.nextCursor === 'string' && page.nextCursor !== ''),
    `${where}: nextCursor must be absent or a non-empty string`,
  );
  page.comments.forEach((c, i) => assertComment(c, `${where}, comment ${i}`));
  const ids = page.comments.map((c) => c.id);
  equal(new Set(ids).size, ids.length, `${where}: comments must not repeat`);
}
