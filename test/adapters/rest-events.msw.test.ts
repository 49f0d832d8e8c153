import {expect} from '@open-wc/testing';
import {http, HttpResponse, sse} from 'msw';
import {reconnectDelay} from '../../src/adapters/rest/events-source.js';
import {createRestAdapter} from '../../src/adapters/rest.js';
import type {CommentEvent} from '../../src/adapters/types.js';
import {serverComment, useMockWorker, worker} from './support/msw-worker.js';

const EVENTS = '/live/api/events';

async function until<T>(find: () => T | undefined, ms = 3000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const found = find();
    if (found !== undefined) return found;
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('rest adapter live updates (msw)', () => {
  useMockWorker();

  it('delivers created, updated and deleted events and ignores malformed ones', async () => {
    let thread: string | null = null;
    worker.use(
      sse(EVENTS, ({client, request}) => {
        thread = new URL(request.url).searchParams.get('thread');
        client.send({event: 'created', data: 'not json'} as never);
        client.send({event: 'created', data: {comment: {id: 'broken'}}} as never);
        client.send({event: 'deleted', data: {id: 42}} as never);
        client.send({event: 'created', data: {comment: serverComment('a')}} as never);
        client.send({
          event: 'updated',
          data: {comment: serverComment('a', {body: 'Edited'})},
        } as never);
        client.send({event: 'deleted', data: {id: 'a'}} as never);
      }),
    );
    const events: CommentEvent[] = [];
    const stop = createRestAdapter({endpoint: '/live'}).subscribe('/post?x=1', (e) =>
      events.push(e),
    );
    try {
      await until(() => (events.length >= 3 ? true : undefined));
      expect(thread).to.equal('/post?x=1');
      expect(events.map((e) => e.type)).to.deep.equal(['created', 'updated', 'deleted']);
      const [created, updated, deleted] = events;
      expect(created.type === 'created' && created.comment.body).to.equal('Comment a');
      expect(updated.type === 'updated' && updated.comment.body).to.equal('Edited');
      expect(deleted).to.deep.equal({type: 'deleted', id: 'a'});
    } finally {
      stop();
    }
  });

  it('keeps listening when a listener throws', async () => {
    worker.use(
      sse(EVENTS, ({client}) => {
        client.send({event: 'created', data: {comment: serverComment('a')}} as never);
        client.send({event: 'created', data: {comment: serverComment('b')}} as never);
      }),
    );
    const ids: string[] = [];
    const reported: unknown[] = [];
    const original = window.reportError;
    window.reportError = (error) => reported.push(error);
    const stop = createRestAdapter({endpoint: '/live'}).subscribe('t', (e) => {
      if (e.type === 'created') ids.push(e.comment.id);
      throw new Error('listener bug');
    });
    try {
      await until(() => (ids.length === 2 ? true : undefined));
      expect(ids).to.deep.equal(['a', 'b']);
      expect(reported).to.have.length(2);
    } finally {
      stop();
      window.reportError = original;
    }
  });

  it('reconnects by itself after the server refuses the stream, until unsubscribed', async () => {
    let connections = 0;
    worker.use(
      http.get(EVENTS, ({request}) => {
        if (request.headers.get('accept') !== 'text/event-stream') return undefined;
        connections++;
        // The first two answers leave the EventSource CLOSED; the browser would not retry those.
        return connections <= 2 ? new HttpResponse(null, {status: 503}) : undefined;
      }),
      sse(EVENTS, ({client}) => {
        client.send({event: 'created', data: {comment: serverComment('late')}} as never);
      }),
    );
    const events: CommentEvent[] = [];
    const stop = createRestAdapter({
      endpoint: '/live',
      reconnectDelay: {min: 20, max: 50},
    }).subscribe('t', (e) => events.push(e));
    await until(() => events[0]);
    expect(connections).to.equal(3);
    stop();
  });

  it('stops reconnecting once unsubscribed', async () => {
    let connections = 0;
    worker.use(
      http.get(EVENTS, () => {
        connections++;
        return new HttpResponse(null, {status: 500});
      }),
    );
    const stop = createRestAdapter({
      endpoint: '/live',
      reconnectDelay: {min: 20, max: 20},
    }).subscribe('t', () => {});
    await until(() => (connections >= 2 ? true : undefined));
    stop();
    const seen = connections;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(connections).to.equal(seen);
  });

  it('backs off exponentially up to about 30 seconds', () => {
    const delays = [0, 1, 2, 3, 4, 5, 10, 100].map((n) => reconnectDelay(n, 1000, 30_000, 1));
    expect(delays).to.deep.equal([1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000]);
    expect(reconnectDelay(3, 1000, 30_000, 0)).to.equal(4000);
  });

  it('uses an injected EventSource class, for environments without one', async () => {
    const opened: string[] = [];
    class FakeSource extends EventTarget {
      readyState = 1;
      constructor(readonly url: string) {
        super();
        opened.push(url);
        queueMicrotask(() =>
          this.dispatchEvent(
            new MessageEvent('created', {data: JSON.stringify({comment: serverComment('f')})}),
          ),
        );
      }
      close() {
        this.readyState = 2;
      }
    }
    const events: CommentEvent[] = [];
    const stop = createRestAdapter({
      endpoint: 'https://c.example/',
      eventSource: FakeSource as unknown as typeof EventSource,
    }).subscribe('t', (e) => events.push(e));
    await until(() => events[0]);
    stop();
    expect(opened).to.deep.equal(['https://c.example/api/events?thread=t']);
  });
});
