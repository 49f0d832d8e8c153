/**
 * The console's client of the admin API. Same-origin requests carry the
 * session cookie; every failure becomes an `AdminApiError` with the
 * server's code, so the console can explain it (or ask to sign in again).
 */
import type {
  AdminComment,
  AdminSettings,
  Block,
  BlockAction,
  CommentPage,
  CommentQuery,
  CommentStatus,
  Session,
  ThreadPage,
  ThreadSummary,
} from './types.js';

export type AdminErrorCode =
  'unauthorized' | 'forbidden' | 'not-found' | 'validation' | 'rate-limited' | 'server' | 'network';

export class AdminApiError extends Error {
  override name = 'AdminApiError';
  constructor(
    readonly code: AdminErrorCode | string,
    message: string,
    readonly status = 0,
    readonly field?: string,
    /** Seconds to wait before trying again (`rate-limited`). */
    readonly retryAfter?: number,
  ) {
    super(message);
  }
}

const CODE_FOR_STATUS: Record<number, AdminErrorCode> = {
  400: 'validation',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
  429: 'rate-limited',
};

async function errorFrom(response: Response): Promise<AdminApiError> {
  let detail: {code?: string; message?: string; field?: string; retryAfter?: number} = {};
  try {
    detail = ((await response.json()) as {error?: typeof detail}).error ?? {};
  } catch {
    // Not JSON (a proxy's error page): the status says enough.
  }
  const header = Number(response.headers.get('Retry-After'));
  const retryAfter =
    typeof detail.retryAfter === 'number' ? detail.retryAfter : header > 0 ? header : undefined;
  return new AdminApiError(
    detail.code ?? CODE_FOR_STATUS[response.status] ?? 'server',
    detail.message ?? `The server answered ${response.status}.`,
    response.status,
    detail.field,
    retryAfter,
  );
}

export interface AdminApiOptions {
  /** Where the admin API lives. Default: `/api/admin` on this origin. */
  base?: string;
  fetch?: typeof fetch;
}

export type AdminApi = ReturnType<typeof createAdminApi>;

export function createAdminApi({base = '/api/admin', fetch: get = fetch}: AdminApiOptions = {}) {
  async function call<T>(method: string, path: string, body?: unknown): Promise<T> {
    let response: Response;
    try {
      response = await get(`${base}${path}`, {
        method,
        credentials: 'same-origin',
        headers: {
          Accept: 'application/json',
          ...(body === undefined ? {} : {'Content-Type': 'application/json'}),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    } catch (cause) {
      const error = new AdminApiError('network', 'The server could not be reached.');
      error.cause = cause;
      throw error;
    }
    if (!response.ok) throw await errorFrom(response);
    if (response.status === 204) return undefined as T;
    return (await response.json()) as T;
  }

  const id = (value: string) => encodeURIComponent(value);
  const comment = async (request: Promise<{comment: AdminComment}>) => (await request).comment;
  const thread = async (request: Promise<{thread: ThreadSummary}>) => (await request).thread;

  return {
    session: () => call<Session>('GET', '/session'),
    signIn: (secret: string) => call<Session>('POST', '/session', {secret}),
    signOut: () => call<void>('DELETE', '/session'),

    comments(query: CommentQuery = {}): Promise<CommentPage> {
      const params = new URLSearchParams();
      for (const [key, value] of Object.entries(query)) {
        if (value !== undefined && value !== '') params.set(key, String(value));
      }
      const search = params.toString();
      return call<CommentPage>('GET', `/comments${search ? `?${search}` : ''}`);
    },
    approve: (commentId: string) => comment(call('POST', `/comments/${id(commentId)}/approve`)),
    spam: (commentId: string) => comment(call('POST', `/comments/${id(commentId)}/spam`)),
    remove: (commentId: string) => comment(call('DELETE', `/comments/${id(commentId)}`)),
    setStatus: (commentId: string, status: CommentStatus) =>
      comment(call('POST', `/comments/${id(commentId)}/status`, {status})),
    edit: (commentId: string, body: string) =>
      comment(call('PATCH', `/comments/${id(commentId)}`, {body})),

    blocks: async () => (await call<{blocks: Block[]}>('GET', '/blocks')).blocks,
    block: async (commentId: string, action: BlockAction) =>
      (await call<{block: Block}>('POST', '/blocks', {commentId, action})).block,
    unblock: (blockId: string) => call<void>('DELETE', `/blocks/${id(blockId)}`),

    threads(cursor?: string): Promise<ThreadPage> {
      return call<ThreadPage>('GET', `/threads${cursor ? `?cursor=${id(cursor)}` : ''}`);
    },
    closeThread: (key: string) => thread(call('POST', '/threads/close', {thread: key})),
    reopenThread: (key: string) => thread(call('POST', '/threads/reopen', {thread: key})),

    settings: () => call<AdminSettings>('GET', '/settings'),
  };
}
