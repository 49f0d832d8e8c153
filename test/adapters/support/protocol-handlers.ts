// msw handlers that speak docs/protocol.md on top of the in-browser comment
// store: a stand-in reference server, so the rest adapter can be run through
// the conformance suite in the browser. The real server is tested by the
// same suite elsewhere; this one only checks the adapter's side of the wire.
import {http, HttpResponse, sse} from 'msw';
import {AdapterError} from '../../../src/adapters/errors.js';
import {CommentStore} from '../../../src/adapters/store/store.js';
import {normalizeThreadKey} from '../../../src/adapters/kit/thread-key.js';
import {checkDraftForServer as validateDraft} from '../../../src/adapters/kit/check-draft.js';
import type {Comment, NewComment} from '../../../src/core/types.js';

const STATUS: Record<string, number> = {validation: 400, 'not-found': 404, duplicate: 409};

function fail(error: unknown) {
  if (!(error instanceof AdapterError)) throw error;
  const {code, message, field} = error;
  return HttpResponse.json({error: {code, message, field}}, {status: STATUS[code] ?? 500});
}

/** A fake reference server under `base` (e.g. `/fake`). */
export function protocolServer(base: string) {
  const store = new CommentStore();
  const live = new Map<string, Set<(comment: Comment) => void>>();
  let holdNext = false;
  const author = (request: Request) => request.headers.get('X-Natter-Author') ?? undefined;
  const threadOf = (id: string) =>
    Object.keys(store.data.threads).find((t) => store.data.threads[t].some((c) => c.id === id));

  const handlers = [
    http.get(`${base}/api/comments`, ({request}) => {
      const q = new URL(request.url).searchParams;
      try {
        const thread = normalizeThreadKey(q.get('thread'));
        const limit = q.get('limit');
        const options = {
          sort: (q.get('sort') ?? undefined) as 'oldest' | 'newest' | undefined,
          pageSize: limit === null ? undefined : Number(limit),
          cursor: q.get('cursor') ?? undefined,
        };
        return HttpResponse.json(store.list(thread, options, author(request)));
      } catch (error) {
        return fail(error);
      }
    }),
    http.get(`${base}/api/comments/:id/replies`, ({request, params}) => {
      const id = String(params.id);
      const thread = threadOf(id);
      if (!thread) return fail(new AdapterError('not-found', 'Unknown comment.'));
      const cursor = new URL(request.url).searchParams.get('cursor') ?? undefined;
      try {
        return HttpResponse.json(store.listReplies(thread, id, {cursor}, author(request)));
      } catch (error) {
        return fail(error);
      }
    }),
    http.get(`${base}/api/comments/:id/context`, ({request, params}) => {
      try {
        const thread = normalizeThreadKey(new URL(request.url).searchParams.get('thread'));
        return HttpResponse.json({
          comments: store.context(thread, String(params.id), undefined, author(request)),
        });
      } catch (error) {
        return fail(error);
      }
    }),
    http.post(`${base}/api/comments`, async ({request}) => {
      const key = request.headers.get('Idempotency-Key') ?? '';
      const body = (await request.json()) as NewComment & {thread: string};
      // Checked after the last await, so racing requests with one key make one comment.
      const earlier = store.findByKey(key);
      if (earlier) return HttpResponse.json({comment: earlier});
      try {
        const thread = normalizeThreadKey(body.thread);
        const clean = validateDraft(body, {requiresEmail: true});
        const comment = store.create(thread, clean, {
          idempotencyKey: key,
          viewer: author(request),
          hold: holdNext,
        });
        holdNext = false;
        if (comment.status === 'published') live.get(thread)?.forEach((send) => send(comment));
        return HttpResponse.json({comment}, {status: 201});
      } catch (error) {
        return fail(error);
      }
    }),
    http.get(`${base}/api/counts`, ({request}) => {
      const threads = new URL(request.url).searchParams.getAll('thread');
      const counts = Object.fromEntries(
        threads.map((t) => [t, store.count(normalizeThreadKey(t), author(request))]),
      );
      return HttpResponse.json({counts});
    }),
    sse(`${base}/api/events`, ({client, request}) => {
      const thread = normalizeThreadKey(new URL(request.url).searchParams.get('thread'));
      if (!live.has(thread)) live.set(thread, new Set());
      const listeners = live.get(thread)!;
      const send = (comment: Comment) => {
        try {
          client.send({event: 'created', data: {comment}} as never);
        } catch {
          listeners.delete(send);
        }
      };
      listeners.add(send);
      // msw tells of a stream the page closed only through the client's
      // internal emitter; without it, later sends log errors.
      const emitter = (
        client as unknown as Record<
          symbol,
          {on?: (type: string, listener: () => void) => void} | undefined
        >
      )[Symbol.for('kClientEmitter')];
      emitter?.on?.('close', () => listeners.delete(send));
      request.signal.addEventListener('abort', () => listeners.delete(send));
    }),
  ];
  return {handlers, holdNext: () => void (holdNext = true)};
}
