import type {Comment, NewComment} from '../core/types.js';
import type {CommentPage} from './types.js';
import {getAuthorToken} from './kit/author-token.js';
import {readServerComment} from './rest/comment.js';
import {countThreads} from './rest/counts.js';
import {openEventStream} from './rest/events-source.js';
import {createOwnActions} from './rest/own-actions.js';
import {createProver} from './rest/proof-of-work.js';
import {requestAnswer, requestJson, type HttpConfig} from './rest/request.js';
import {createRevalidator} from './rest/revalidate.js';
import {createUserTokenSlot} from './rest/user-token.js';
import {baseUrl, malformed, readCommentList, readCursor, record} from './rest/shape.js';
import type {
  AdapterCapabilities,
  CommentsAdapter,
  CreateOptions,
  ListOptions,
  ReplyListOptions,
  ReplyPage,
} from './types.js';

export interface RestAdapterOptions {
  /** Base URL of the backend; requests go to `${endpoint}/api/…`. May be relative to the page. */
  endpoint: string;
  /** Milliseconds per attempt. Default 10000. */
  timeout?: number;
  /** Extra attempts for reads (and for creates, which carry an idempotency key). Default 3. */
  retries?: number;
  /** First backoff delay in ms, doubled per attempt with jitter. Default 500. */
  retryDelay?: number;
  /** Longest `Retry-After` in seconds worth waiting for within a call. Default 10. */
  maxRetryAfter?: number;
  /** The `fetch` to use. Default `globalThis.fetch`. */
  fetch?: typeof fetch;
  /** Sent as `X-Natter-Author`. Default: this browser's token (`getAuthorToken()`). */
  authorToken?: string | (() => string);
  /** Whether the server requires an email to post. Default true. */
  requiresEmail?: boolean;
  /**
   * Whether the server takes down-votes (`--down-votes`). Default false
   * until a list answer says `downVotes: true`.
   */
  downVotes?: boolean;
  /** The `EventSource` class for live updates. Default the global one. */
  eventSource?: typeof EventSource;
  /** Reconnection delays of the live stream once it is closed, in ms. Default 1000 to 30000. */
  reconnectDelay?: {min?: number; max?: number};
}

/** What `createRestAdapter` returns: the whole contract. */
export interface RestAdapter extends CommentsAdapter {
  prepare: NonNullable<CommentsAdapter['prepare']>;
  count(threads: string[], options?: {signal?: AbortSignal}): Promise<Record<string, number>>;
  subscribe: NonNullable<CommentsAdapter['subscribe']>;
  listReplies: NonNullable<CommentsAdapter['listReplies']>;
  context: NonNullable<CommentsAdapter['context']>;
  setUserToken: NonNullable<CommentsAdapter['setUserToken']>;
  update: NonNullable<CommentsAdapter['update']>;
  remove: NonNullable<CommentsAdapter['remove']>;
  vote: NonNullable<CommentsAdapter['vote']>;
  readonly capabilities: AdapterCapabilities;
}

/**
 * An adapter for the reference server's HTTP API (docs/protocol.md), or any
 * backend that speaks it. Reads are retried with backoff; a create is
 * retried only with its idempotency key, so a retry can never post twice.
 * Everything received is checked and normalised before the widget sees it.
 */
export function createRestAdapter(options: RestAdapterOptions): RestAdapter {
  const base = baseUrl(options.endpoint);
  const config: HttpConfig = {
    fetch: options.fetch ?? ((...args) => globalThis.fetch(...args)),
    timeout: options.timeout ?? 10_000,
    retries: options.retries ?? 3,
    retryDelay: options.retryDelay ?? 500,
    maxRetryAfter: options.maxRetryAfter ?? 10,
  };
  const token = () =>
    typeof options.authorToken === 'function'
      ? options.authorToken()
      : (options.authorToken ?? getAuthorToken());
  const url = (path: string, params: [string, string | number | undefined][] = []) => {
    const query = new URLSearchParams();
    for (const [name, value] of params) if (value !== undefined) query.append(name, String(value));
    const search = query.toString();
    return `${base}/api/${path}${search ? `?${search}` : ''}`;
  };
  const userToken = createUserTokenSlot();
  const headers = (extra: Record<string, string> = {}): Record<string, string> => ({
    Accept: 'application/json',
    'X-Natter-Author': token(),
    ...userToken.headers(),
    ...extra,
  });
  const get = (target: string, signal?: AbortSignal) =>
    requestJson({method: 'GET', url: target, headers: headers(), signal, kind: 'read'}, config);

  const revalidate = createRevalidator();
  // First pages are what a reload asks for again; later pages are read once.
  const getFirstPage = (target: string, signal?: AbortSignal) => {
    const sent = headers();
    const who = `${sent['X-Natter-Author']}\n${sent['X-Natter-User'] ?? ''}`;
    return revalidate(`${target}\n${who}`, (extra, cache) =>
      requestAnswer(
        {method: 'GET', url: target, headers: {...sent, ...extra}, signal, cache, kind: 'read'},
        config,
      ),
    );
  };

  const readComments = (value: unknown) => readCommentList(value, base);
  // Servers that ask for a proof of work get one solved while the person types.
  const prover = createProver(() => get(url('challenge')));

  const capabilities: AdapterCapabilities = {
    requiresEmail: options.requiresEmail ?? true,
    replies: true,
    sort: true,
    // The reference server refuses a reply below level 32 (docs/protocol.md).
    deepestLevel: 32,
    markdown: true,
    top: true,
    downVotes: options.downVotes ?? false,
  };

  return {
    capabilities,
    ...createOwnActions({
      config,
      base,
      headers,
      commentUrl: (id, tail) => url(`comments/${encodeURIComponent(id)}${tail ? `/${tail}` : ''}`),
    }),

    async list(thread: string, listOptions: ListOptions = {}): Promise<CommentPage> {
      const target = url('comments', [
        ['thread', thread],
        ['sort', listOptions.sort],
        ['limit', listOptions.pageSize],
        ['cursor', listOptions.cursor],
      ]);
      const read = listOptions.cursor ? get : getFirstPage;
      const data = record(await read(target, listOptions.signal));
      const total = data.total;
      if (typeof total !== 'number' || !Number.isInteger(total) || total < 0) {
        throw malformed('a page without a valid total');
      }
      const page: CommentPage = {comments: readComments(data.comments), total};
      const nextCursor = readCursor(data.nextCursor);
      if (nextCursor) page.nextCursor = nextCursor;
      if (data.closed === true) page.closed = true;
      if (data.notify === true) page.notify = true;
      // The server says with each list whether it takes down-votes.
      capabilities.downVotes = data.downVotes === true || options.downVotes === true;
      return page;
    },

    async listReplies(_thread: string, parentId: string, replyOptions: ReplyListOptions = {}) {
      const target = url(`comments/${encodeURIComponent(parentId)}/replies`, [
        ['cursor', replyOptions.cursor],
      ]);
      const data = record(await get(target, replyOptions.signal));
      const page: ReplyPage = {comments: readComments(data.comments)};
      const nextCursor = readCursor(data.nextCursor);
      if (nextCursor) page.nextCursor = nextCursor;
      return page;
    },

    async context(thread: string, id: string, contextOptions: {signal?: AbortSignal} = {}) {
      const target = url(`comments/${encodeURIComponent(id)}/context`, [['thread', thread]]);
      const data = record(await get(target, contextOptions.signal));
      return {comments: readComments(data.comments)};
    },

    async create(
      thread: string,
      draft: NewComment,
      createOptions: CreateOptions,
    ): Promise<Comment> {
      const author: Record<string, string> = {name: draft.author.name};
      // An empty optional field is left out, so it reads as "not given" rather than malformed.
      const {email, url: website} = draft.author;
      if (typeof email === 'string' && email.trim()) author.email = email;
      if (typeof website === 'string' && website.trim()) author.url = website;
      const body: Record<string, unknown> = {
        thread,
        parentId: draft.parentId,
        body: draft.body,
        author,
      };
      if (draft.notifyReplies === true) body.notifyReplies = true;
      if (draft.antispam) {
        body.honeypot = draft.antispam.honeypot;
        body.elapsedMs = draft.antispam.elapsedMs;
      }
      const send = async (proof: string | undefined) =>
        record(
          await requestJson(
            {
              method: 'POST',
              url: url('comments'),
              headers: headers({
                'Content-Type': 'application/json',
                'Idempotency-Key': createOptions.idempotencyKey,
                ...(proof ? {'X-Natter-Proof': proof} : {}),
              }),
              body: JSON.stringify(body),
              signal: createOptions.signal,
              kind: 'write',
            },
            config,
          ),
        );
      const data = await prover.send(send);
      const comment = readServerComment(data.comment, {base});
      if (!comment) throw malformed('back the new comment in a form that cannot be read');
      return comment;
    },

    count(threads: string[], countOptions: {signal?: AbortSignal} = {}) {
      return countThreads(threads, (chunk) =>
        get(
          url(
            'counts',
            chunk.map((thread) => ['thread', thread]),
          ),
          countOptions.signal,
        ),
      );
    },

    prepare() {
      prover.prepare();
    },

    setUserToken: userToken.set,

    subscribe(thread, onEvent) {
      return openEventStream(url('events', [['thread', thread]]), onEvent, {
        base,
        eventSource: options.eventSource,
        minDelay: options.reconnectDelay?.min,
        maxDelay: options.reconnectDelay?.max,
      });
    },
  };
}
