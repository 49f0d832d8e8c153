/**
 * The WordPress adapter: comments of a WordPress post through the site's
 * own REST API (`/wp-json/wp/v2/comments`). No plugin is needed to read;
 * posting as a visitor needs the site to allow anonymous REST comments
 * (see docs/wordpress.md). Threads are post IDs, or the paths of posts.
 */
import type {Comment, NewComment} from '../core/types.js';
import type {AdapterCapabilities, CommentPage} from './types.js';
import {safeUrl} from '../core/url.js';
import {throwIfAborted, untilAborted} from './kit/abort.js';
import {AdapterError} from './errors.js';
import {oncePerKey} from './kit/once-per-key.js';
import {randomId} from './kit/random-id.js';
import type {CommentsAdapter, CreateOptions, ListOptions} from './types.js';
import {mapLimit, wordPressRequest, type WordPressHttp} from './wordpress/http.js';
import {toComment, toWordPressDraft, WORDPRESS_FIELDS} from './wordpress/map.js';
import {branchOf, pageOfThread} from './wordpress/page.js';
import {pendingMemory} from './wordpress/pending.js';
import {createPostFinder} from './wordpress/post-of.js';
import {createThreadReader} from './wordpress/thread.js';

export interface WordPressAdapterOptions {
  /** The site's REST root, e.g. `https://example.com/wp-json`. */
  endpoint: string;
  /** Milliseconds before a request counts as timed out. Default 15 000. */
  timeout?: number;
  /** Milliseconds a fetched thread is reused for later pages and counts. Default 15 000. */
  cacheTtl?: number;
  /** Requests run at once when a thread spans several pages, or for counts. Default 4. */
  concurrency?: number;
  /** Whether the site requires a name and email (Settings → Discussion). Default true. */
  requiresEmail?: boolean;
  /**
   * Whether the reader's own held comments survive a reload (localStorage).
   * Default true; false keeps them for this adapter object only.
   */
  rememberPending?: boolean;
  /** `wpApiSettings.nonce`, so a reader signed in to the same-origin site posts as themselves. */
  nonce?: string;
  /** A `fetch` to use instead of the global one. */
  fetch?: typeof fetch;
}

/** A WordPress adapter: it always counts, and its capabilities are always known. */
export type WordPressAdapter = CommentsAdapter & {
  count: NonNullable<CommentsAdapter['count']>;
  context: NonNullable<CommentsAdapter['context']>;
  readonly capabilities: AdapterCapabilities;
};

/** What WordPress would refuse anyway, refused without a round trip. */
function checkDraft(draft: NewComment, requiresEmail: boolean): void {
  const invalid = (field: string, message: string) =>
    new AdapterError('validation', message, {field});
  if (!draft.body?.trim()) throw invalid('body', 'Please enter your comment.');
  const {name, email, url} = draft.author ?? {name: ''};
  if (requiresEmail && !name?.trim()) throw invalid('name', 'Please enter your name.');
  if (requiresEmail && !email?.trim()) throw invalid('email', 'Please enter your email address.');
  if (url?.trim() && !safeUrl(url)) {
    throw invalid('url', 'Please enter a website address that starts with http:// or https://.');
  }
}

/**
 * Creates an adapter for one WordPress site.
 *
 * @example
 * const adapter = createWordPressAdapter({endpoint: 'https://example.com/wp-json'});
 * const page = await adapter.list('123', {sort: 'oldest'});
 */
export function createWordPressAdapter(options: WordPressAdapterOptions): WordPressAdapter {
  const base = options.endpoint.trim().replace(/\/+$/, '');
  const http: WordPressHttp = {
    fetch: options.fetch ?? globalThis.fetch.bind(globalThis),
    timeout: options.timeout ?? 15_000,
    nonce: options.nonce,
  };
  const cacheTtl = options.cacheTtl ?? 15_000;
  const concurrency = Math.max(1, options.concurrency ?? 4);
  const requiresEmail = options.requiresEmail ?? true;
  const threads = createThreadReader({http, base, concurrency, cacheTtl});
  const pending = pendingMemory(
    options.rememberPending === false ? null : `natter:wordpress-pending:${base}`,
  );
  const creates = oncePerKey<Comment>();
  const postOf = createPostFinder(http, base);

  /** Approved comments plus the reader's own held ones. */
  async function visible(post: string, maxAge: number, signal?: AbortSignal) {
    const approved = await threads.read(post, maxAge, signal);
    const own = pending.forPost(post, new Set(approved.map((c) => c.id)));
    return [...approved, ...own];
  }

  async function list(threadKey: string, listOptions: ListOptions = {}): Promise<CommentPage> {
    throwIfAborted(listOptions.signal);
    const post = await postOf(threadKey, listOptions.signal);
    // A first page is a fresh look (calls made at the same moment share one
    // read); later pages come from the same read while it is recent.
    const maxAge = listOptions.cursor === undefined ? Math.min(cacheTtl, 1000) : cacheTtl;
    return pageOfThread(await visible(post, maxAge, listOptions.signal), listOptions);
  }

  /** A linked comment with its branch, from the same read of the thread as the pages. */
  async function context(
    threadKey: string,
    id: string,
    contextOptions: {signal?: AbortSignal} = {},
  ) {
    throwIfAborted(contextOptions.signal);
    const post = await postOf(threadKey, contextOptions.signal);
    const branch = branchOf(await visible(post, cacheTtl, contextOptions.signal), String(id));
    if (!branch) throw new AdapterError('not-found', 'There is no such comment on this post.');
    return {comments: branch};
  }

  /** WordPress takes any number as a parent; a reply must answer a comment of this post. */
  async function checkParent(post: string, parentId: string | null, signal?: AbortSignal) {
    if (parentId === null || parentId === undefined) return;
    const missing = () =>
      new AdapterError('not-found', 'The comment you are replying to is not there any more.', {
        field: 'parentId',
      });
    if (!/^[1-9]\d{0,18}$/.test(parentId)) throw missing();
    const known = await threads.peek(post);
    if (known?.some((c) => c.id === parentId)) return;
    if (pending.forPost(post, new Set()).some((c) => c.id === parentId)) return;
    try {
      const url = `${base}/wp/v2/comments/${parentId}?_fields=id,post`;
      const answer = await wordPressRequest(http, url, {signal});
      if (String((answer.body as {post?: unknown})?.post) !== post) throw missing();
    } catch (error) {
      const code = (error as AdapterError).code;
      if (code === 'not-found' || code === 'forbidden') throw missing();
      throw error;
    }
  }

  async function send(post: string, draft: NewComment, signal?: AbortSignal): Promise<Comment> {
    await checkParent(post, draft.parentId, signal);
    const answer = await wordPressRequest(
      http,
      `${base}/wp/v2/comments?_fields=${WORDPRESS_FIELDS}`,
      {method: 'POST', json: toWordPressDraft(Number(post), draft), signal, draft, post},
    );
    threads.forget(post);
    const comment = toComment(answer.body as Parameters<typeof toComment>[0]);
    if (!comment) {
      throw new AdapterError(
        'server',
        'WordPress accepted the comment but its answer could not be read; reload to see it.',
        {status: answer.status},
      );
    }
    if (comment.status === 'pending') pending.remember(post, comment);
    return comment;
  }

  // WordPress has no idempotency key: a double click, or a retry after a
  // success, gets the first comment; a retry after a failure sends again.
  function create(threadKey: string, draft: NewComment, createOptions: CreateOptions) {
    const {idempotencyKey, signal} = createOptions;
    const result = creates.run(idempotencyKey, () => {
      throwIfAborted(signal);
      checkDraft(draft, requiresEmail);
      return postOf(threadKey, signal).then((post) =>
        draft.antispam?.honeypot
          ? // A bot filled the hidden field: it sees success, WordPress never sees the post.
            Promise.resolve<Comment>({
              id: `held-${randomId()}`,
              parentId: draft.parentId,
              author: {name: draft.author.name},
              body: draft.body.trim(),
              createdAt: new Date().toISOString(),
              status: 'pending',
            })
          : send(post, draft, signal),
      );
    });
    return untilAborted(result, signal);
  }

  async function count(keys: string[], countOptions: {signal?: AbortSignal} = {}) {
    const {signal} = countOptions;
    throwIfAborted(signal);
    const unique = [...new Set(keys)];
    const totals = await mapLimit(unique, concurrency, async (key): Promise<number> => {
      let post: string;
      try {
        post = await postOf(key, signal);
      } catch (error) {
        // A thread that names no post has no comments; other failures are real.
        if ((error as AdapterError).code === 'not-found') return 0;
        throw error;
      }
      // Public counts: a reader's own held comment shows in its list, not on badges.
      return threads.total(post, signal);
    });
    const counts: Record<string, number> = {};
    unique.forEach((key, index) => (counts[key] = totals[index]));
    return counts;
  }

  // An anonymous visitor may post, nothing more: no edits, deletions or votes (docs/wordpress.md).
  const capabilities = {requiresEmail, replies: true, sort: true, markdown: false, top: false};
  return {list, create, count, context, capabilities};
}
