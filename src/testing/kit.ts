import type {CommentsAdapter} from '../adapters/types.js';
import type {Comment, NewComment, SortOrder} from '../core/types.js';
import type {CommentPage} from '../adapters/types.js';
import {ConformanceError, ok} from './assert.js';

export {assertComment, assertPage} from './shapes.js';

/** One test's backend: an adapter and a thread no other test used. */
export interface ConformanceFixture {
  adapter: CommentsAdapter;
  /** A thread key that is new and empty for this test. */
  thread: string;
  /** Makes the backend hold the next created comment for moderation, where it can. */
  holdNext?(): void | Promise<void>;
  /**
   * For a backend that moderates all comments or none, instead of `holdNext`:
   * opens a second backend (or a second setup of the same one) that holds
   * every new comment. The held-comment tests post to `thread` there.
   */
  createModerated?(): ModeratedBackend | Promise<ModeratedBackend>;
  /**
   * A second adapter on the same backend, as another reader (another browser)
   * would use. Each call should be a reader of its own: the `top` case needs two.
   */
  createPeer?(): CommentsAdapter | Promise<CommentsAdapter>;
  /**
   * For the edit-window case: an adapter on the same backend (or a second
   * setup of it) whose edit window is short, and that window. Without it the
   * case is skipped: a real window is minutes long.
   */
  createShortEditWindow?(): ShortEditWindow | Promise<ShortEditWindow>;
  /** Runs after the test, whatever its outcome. */
  cleanup?(): void | Promise<void>;
}

/** A backend that holds every new comment for moderation. */
export interface ModeratedBackend {
  /** The adapter of the held comment's author. */
  adapter: CommentsAdapter;
  /** Another reader of this backend, who must not see held comments. */
  createPeer?(): CommentsAdapter | Promise<CommentsAdapter>;
  /** Runs after the test, whatever its outcome. */
  cleanup?(): void | Promise<void>;
}

/** A backend whose authors may edit their comments for `windowMs` only. */
export interface ShortEditWindow {
  adapter: CommentsAdapter;
  /** Milliseconds an author may edit a comment after posting it (a few seconds at most). */
  windowMs: number;
  /** Runs after the test, whatever its outcome. */
  cleanup?(): void | Promise<void>;
}

/** Where a test makes a held comment: see `TestKit.holding()`. */
export interface Holding {
  /** Creates a comment that the backend holds. */
  create(body: string): Promise<Comment>;
  /** The adapter of its author. */
  author: CommentsAdapter;
  /** Another reader of the backend that holds it. */
  createPeer?(): CommentsAdapter | Promise<CommentsAdapter>;
  /** Whether the comment is held on the fixture's own backend (`holdNext`). */
  sameBackend: boolean;
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
  | 'threadKeys'
  | 'update'
  | 'remove'
  | 'vote'
  | 'top';

export interface ConformanceOptions {
  /** Time limit per test in milliseconds, where the runner lets a suite set it (mocha). Default 30000. */
  timeout?: number;
  /** How long to wait for a live event before giving up. Default 10000. */
  eventTimeout?: number;
  /** Features to leave out, each with the reason shown in the report. */
  skip?: Partial<Record<ConformanceFeature, string>>;
}

/** Test-runner context as mocha (`this`), vitest or node:test (first argument) give it. */
export interface RunnerContext {
  skip?: (note?: string) => void;
  test?: {title?: string};
}

/** Ends a test that the runner marked skipped but lets run on (node:test). */
export class SkipSignal extends Error {}

/** What each conformance test gets. */
export class TestKit {
  private readonly cleanups: Array<() => unknown> = [];

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
      throw new SkipSignal(reason);
    }
    throw new ConformanceError(
      `Not applicable: ${reason}. This test runner cannot skip a test while it runs; ` +
        `list the feature in the "skip" option of describeAdapterConformance.`,
    );
  }

  /**
   * Where to make a held comment: through `holdNext` on the fixture's backend,
   * else on the backend `createModerated` opens. Skips when there is neither.
   */
  async holding(): Promise<Holding> {
    const fixture = this.fixture;
    if (fixture.holdNext) {
      return {
        author: this.adapter,
        sameBackend: true,
        createPeer: fixture.createPeer && (() => fixture.createPeer!()),
        create: async (body) => {
          await fixture.holdNext!();
          return this.create(body);
        },
      };
    }
    if (!fixture.createModerated) {
      return this.skip(
        'the fixture has neither holdNext() nor createModerated() to hold a comment for moderation',
      );
    }
    const moderated = await fixture.createModerated();
    this.cleanups.push(() => moderated.cleanup?.());
    return {
      author: moderated.adapter,
      sameBackend: false,
      createPeer: moderated.createPeer && (() => moderated.createPeer!()),
      create: (body) => this.create(body, null, moderated.adapter),
    };
  }

  /** Runs `cleanup` after the test, whatever its outcome. */
  defer(cleanup: () => unknown): void {
    this.cleanups.push(cleanup);
  }

  /** Runs what the test opened (a moderated backend), after the test. */
  async close(): Promise<void> {
    for (const cleanup of this.cleanups.splice(0).reverse()) await cleanup();
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
