// An in-memory admin API for msw, with the answers /tmp's contract gives:
// the console's tests talk to it through real fetch calls, and it records
// every request so a test can check what was sent.
import {http, HttpResponse, type HttpResponseResolver} from 'msw';
import type {
  AdminComment,
  AdminSettings,
  Block,
  BlockAction,
  CommentStatus,
  ThreadSummary,
} from '../../../src/admin/types.js';

/** The JSON bodies the console sends, all in one shape. */
interface Body {
  secret?: string;
  status?: CommentStatus;
  body?: string;
  commentId?: string;
  action?: BlockAction;
  thread?: string;
}

export interface Recorded {
  method: string;
  path: string;
  params: URLSearchParams;
  body?: unknown;
}

export function adminComment(id: string, extra: Partial<AdminComment> = {}): AdminComment {
  return {
    id,
    thread: '/posts/hello',
    parentId: null,
    author: {name: `Author ${id}`, url: 'https://ada.example/', avatar: '/api/avatars/a.svg'},
    authorKey: `key-${id}`,
    approvedCount: 2,
    body: `Text of ${id}`,
    createdAt: '2026-11-30T10:00:00.000Z',
    status: 'pending',
    ...extra,
  };
}

export const SETTINGS: AdminSettings = {
  moderation: 'first-time',
  emailOptional: false,
  origins: ['https://blog.example'],
  site: 'https://blog.example',
  rateLimits: {
    reads: {count: 120, perSeconds: 60},
    posts: {count: 5, perSeconds: 60},
    postsPerEmail: false,
  },
  proofOfWork: 12,
  maxStreams: 1000,
  maxStreamsPerAddress: 4,
  cache: {maxAge: 10, staleWhileRevalidate: 60},
  database: 'sqlite',
  passwordSet: true,
  sessionHours: 12,
};

const error = (status: number, code: string, message: string, extra = {}) =>
  HttpResponse.json({error: {code, message, ...extra}}, {status});

export class FakeAdmin {
  signedIn = true;
  secret = 'right-secret';
  /** Answers sign-in attempts with 429 while set. */
  rateLimited = false;
  comments: AdminComment[] = [];
  blocks: Block[] = [];
  threads: ThreadSummary[] = [];
  settings = SETTINGS;
  requests: Recorded[] = [];
  /** `GET /api/admin/threads` and the like: answered once with a 500. */
  failOnce = new Set<string>();

  constructor(init: Partial<Pick<FakeAdmin, 'comments' | 'blocks' | 'threads' | 'signedIn'>> = {}) {
    Object.assign(this, init);
  }

  /** Requests other than the page's own session and settings checks. */
  calls(method?: string): Recorded[] {
    return this.requests.filter(
      (r) => (!method || r.method === method) && !/\/(settings)$/.test(r.path),
    );
  }

  private find(id: string) {
    return this.comments.find((c) => c.id === id);
  }

  private setStatus(id: string, status: CommentStatus) {
    const comment = this.find(id);
    if (!comment) return error(404, 'not-found', 'No such comment.');
    comment.status = status;
    return HttpResponse.json({comment});
  }

  private list(params: URLSearchParams) {
    const status = params.get('status') ?? 'pending';
    const thread = params.get('thread');
    const author = params.get('author');
    const q = params.get('q')?.toLowerCase();
    const found = this.comments.filter(
      (c) =>
        (status === 'all' || c.status === status) &&
        (!thread || c.thread === thread) &&
        (!author || c.authorKey === author) &&
        (!q || `${c.body} ${c.author.name}`.toLowerCase().includes(q)),
    );
    found.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    if (params.get('order') === 'newest') found.reverse();
    return HttpResponse.json({comments: found});
  }

  private routes(): [
    string,
    string,
    (args: {params: Record<string, string>; body: Body; search: URLSearchParams}) => Response,
  ][] {
    return [
      ['get', '/comments', ({search}) => this.list(search)],
      ['post', '/comments/:id/approve', ({params}) => this.setStatus(params.id, 'published')],
      ['post', '/comments/:id/spam', ({params}) => this.setStatus(params.id, 'spam')],
      ['delete', '/comments/:id', ({params}) => this.setStatus(params.id, 'deleted')],
      ['post', '/comments/:id/status', ({params, body}) => this.setStatus(params.id, body.status!)],
      [
        'patch',
        '/comments/:id',
        ({params, body}) => {
          const comment = this.find(params.id);
          if (!comment) return error(404, 'not-found', 'No such comment.');
          if (!String(body?.body ?? '').trim()) {
            return error(400, 'validation', 'The comment is empty.', {field: 'body'});
          }
          Object.assign(comment, {body: body.body!, editedAt: '2026-11-30T12:00:00.000Z'});
          return HttpResponse.json({comment});
        },
      ],
      ['get', '/blocks', () => HttpResponse.json({blocks: this.blocks})],
      [
        'post',
        '/blocks',
        ({body}) => {
          const comment = this.find(body.commentId!)!;
          const block: Block = {
            id: `b-${comment.id}`,
            name: comment.author.name,
            authorKey: comment.authorKey,
            hasEmail: true,
            action: body.action!,
            createdAt: '2026-11-30T12:00:00.000Z',
          };
          this.blocks.unshift(block);
          return HttpResponse.json({block}, {status: 201});
        },
      ],
      [
        'delete',
        '/blocks/:id',
        ({params}) => {
          this.blocks = this.blocks.filter((b) => b.id !== params.id);
          return new HttpResponse(null, {status: 204});
        },
      ],
      ['get', '/threads', () => HttpResponse.json({threads: this.threads})],
      ['post', '/threads/close', ({body}) => this.closeThread(body.thread!, true)],
      ['post', '/threads/reopen', ({body}) => this.closeThread(body.thread!, false)],
      ['get', '/settings', () => HttpResponse.json(this.settings)],
    ];
  }

  private closeThread(key: string, closed: boolean) {
    const thread = this.threads.find((t) => t.thread === key);
    if (!thread) return error(404, 'not-found', 'No such thread.');
    thread.closed = closed;
    return HttpResponse.json({thread});
  }

  private session(method: string, body?: Body) {
    if (method === 'GET') {
      return this.signedIn
        ? HttpResponse.json({expiresAt: '2026-12-01T23:00:00.000Z'})
        : error(401, 'unauthorized', 'Sign in.');
    }
    if (method === 'DELETE') {
      this.signedIn = false;
      return new HttpResponse(null, {status: 204});
    }
    if (this.rateLimited) {
      return HttpResponse.json(
        {error: {code: 'rate-limited', message: 'Too many attempts.', retryAfter: 42}},
        {status: 429, headers: {'Retry-After': '42'}},
      );
    }
    if (body?.secret !== this.secret) return error(401, 'unauthorized', 'Wrong secret.');
    this.signedIn = true;
    return HttpResponse.json({expiresAt: '2026-12-01T23:00:00.000Z'});
  }

  handlers() {
    const record = async (request: Request) => {
      const url = new URL(request.url);
      const text = request.method === 'GET' ? '' : await request.text();
      const body = (text ? JSON.parse(text) : {}) as Body;
      this.requests.push({
        method: request.method,
        path: url.pathname,
        params: url.searchParams,
        body,
      });
      return {url, body};
    };
    const session: HttpResponseResolver = async ({request}) => {
      const {body} = await record(request);
      return this.session(request.method, body);
    };
    const avatar =
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><rect width="1" height="1" fill="#789"/></svg>';
    const handlers = [
      http.all('/api/admin/session', session),
      http.get(
        '/api/avatars/:name',
        () => new HttpResponse(avatar, {headers: {'Content-Type': 'image/svg+xml'}}),
      ),
    ];
    for (const [method, path, answer] of this.routes()) {
      handlers.push(
        http[method as 'get'](`/api/admin${path}`, async ({request, params}) => {
          const {url, body} = await record(request);
          if (!this.signedIn) return error(401, 'unauthorized', 'Sign in.');
          if (this.failOnce.delete(`${request.method} ${url.pathname}`)) {
            return error(500, 'server', 'The database is away.');
          }
          return answer({params: params as Record<string, string>, body, search: url.searchParams});
        }),
      );
    }
    return handlers;
  }
}
