// A stand-in for the reference server (docs/protocol.md) on msw, honest
// about idempotency keys the way the real one is (server/test/abuse-fields):
// a key seen before answers with the comment it made. Faults are queued per
// request, so a test can lose a post on the way there, lose the answer on
// the way back, answer too late, fail with 500, or drop the event stream.
import {delay, http, HttpResponse, sse} from 'msw';
import {AdapterError} from '../../src/adapters/errors.js';
import {CommentStore} from '../../src/adapters/store/store.js';
import {normalizeThreadKey} from '../../src/adapters/kit/thread-key.js';
import {checkDraftForServer as validateDraft} from '../../src/adapters/kit/check-draft.js';
import type {Comment, NewComment} from '../../src/core/types.js';

/**
 * `offline`: the post never arrives. `lost-answer`: it is stored, the answer
 * is lost. `slow`: stored, answered after `slowMs`. `status-500`: refused
 * unstored. `hang`: stored, answered only when the page gives up.
 */
export type PostFault = 'offline' | 'lost-answer' | 'slow' | 'status-500' | 'hang';

export function honestServer(base: string, options: {slowMs?: number} = {}) {
  const store = new CommentStore();
  const streams = new Set<(comment: Comment) => void>();
  const faults: PostFault[] = [];
  let dropStreams = 0;
  const stats = {posts: 0, streams: 0, keys: [] as string[]};
  const viewer = (request: Request) => request.headers.get('X-Natter-Author') ?? undefined;

  function create(request: Request, body: NewComment & {thread: string}): Response {
    const key = request.headers.get('Idempotency-Key') ?? '';
    const earlier = store.findByKey(key);
    if (earlier) return HttpResponse.json({comment: earlier});
    try {
      const thread = normalizeThreadKey(body.thread);
      const clean = validateDraft(body, {requiresEmail: true});
      const comment = store.create(thread, clean, {
        idempotencyKey: key,
        viewer: viewer(request),
        hold: false,
      });
      for (const send of streams) send(comment);
      return HttpResponse.json({comment}, {status: 201});
    } catch (error) {
      if (!(error instanceof AdapterError)) throw error;
      const {code, message, field} = error;
      const status = code === 'validation' ? 400 : code === 'duplicate' ? 409 : 404;
      return HttpResponse.json({error: {code, message, field}}, {status});
    }
  }

  const handlers = [
    http.get(`${base}/api/comments`, ({request}) => {
      const query = new URL(request.url).searchParams;
      const thread = normalizeThreadKey(query.get('thread'));
      return HttpResponse.json(store.list(thread, {pageSize: 50}, viewer(request)));
    }),
    http.post(`${base}/api/comments`, async ({request}) => {
      stats.posts++;
      stats.keys.push(request.headers.get('Idempotency-Key') ?? '');
      const fault = faults.shift();
      if (fault === 'offline') return HttpResponse.error();
      if (fault === 'status-500') {
        return HttpResponse.json({error: {code: 'server', message: 'Boom.'}}, {status: 500});
      }
      const body = (await request.json()) as NewComment & {thread: string};
      const answer = create(request, body);
      if (fault === 'lost-answer') return HttpResponse.error();
      if (fault === 'slow') await delay(options.slowMs ?? 1000);
      if (fault === 'hang') {
        await new Promise((resolve) => request.signal.addEventListener('abort', resolve));
        return HttpResponse.error();
      }
      return answer;
    }),
    sse(`${base}/api/events`, ({client, request}) => {
      stats.streams++;
      // A short reconnection delay, as a server may set it, keeps the test fast.
      client.send({retry: 50});
      if (dropStreams > 0) {
        dropStreams--;
        client.error();
        return;
      }
      const send = (comment: Comment) => {
        try {
          client.send({event: 'created', data: {comment}} as never);
        } catch {
          streams.delete(send);
        }
      };
      streams.add(send);
      request.signal.addEventListener('abort', () => streams.delete(send));
    }),
  ];

  return {
    handlers,
    stats,
    /** Faults for the next posts, one each, in order. */
    failPosts(...next: PostFault[]) {
      faults.push(...next);
    },
    /** The next `count` event streams are cut as soon as they open. */
    dropStreams(count: number) {
      dropStreams = count;
    },
    /** Every stored comment of `thread` whose body is `body`. */
    stored(thread: string, body: string): Comment[] {
      const key = normalizeThreadKey(thread);
      const threads = store.data.threads as Record<string, Comment[]>;
      return (threads[key] ?? []).filter((comment) => comment.body === body);
    },
    /** Someone else posts (through the server, so streams hear it). */
    postAsOther(thread: string, body: string): void {
      const request = new Request('http://x/', {headers: {'Idempotency-Key': crypto.randomUUID()}});
      create(request, {thread, parentId: null, body, author: {name: 'Other', email: 'o@x.y'}});
    },
  };
}
