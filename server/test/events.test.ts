import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import {forEachBackend, type TestDatabase} from './support/backends.js';
import {draft, startTestServer, useServer, type TestServer} from './support/server.js';
import {openEventStream} from './support/sse.js';

async function until(check: () => boolean, what: string, ms = 3000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

forEachBackend((backend) => {
  describe('live events', () => {
    const server = useServer(backend, {pingIntervalMs: 100});

    it('streams created comments of the thread only, under the normalised key', async () => {
      const events = await openEventStream(
        `${server.current.url}/api/events?thread=${encodeURIComponent('/ev/?ref=x')}`,
      );
      try {
        await server.current.postJson('/api/comments', draft('/elsewhere'));
        const posted = await server.current.postJson('/api/comments', draft('/ev/'));
        const event = await events.next();
        assert.equal(event.event, 'created');
        assert.deepEqual(event.data.comment, posted.body.comment);
      } finally {
        events.close();
      }
    });

    it('pings idle streams and forgets them when the client leaves', async () => {
      const hub = server.current.running.comments.services.hub;
      const events = await openEventStream(`${server.current.url}/api/events?thread=/ev/ping`);
      assert.equal(hub.streamCount, 1);
      await until(() => events.comments.includes('ping'), 'a ping');
      events.close();
      await until(() => hub.streamCount === 0, 'the stream to be released');
    });

    it('answers with a web stream when no Node response is at hand (other fetch servers)', async () => {
      const {services, fetch} = server.current.running.comments;
      const response = await fetch(new Request('http://localhost/api/events?thread=/ev/web'));
      assert.equal(response.status, 200);
      assert.equal(response.headers.get('content-type'), 'text/event-stream');
      assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
      const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
      let text = '';
      const readUntil = async (part: string) => {
        while (!text.includes(part)) {
          const {value, done} = await reader.read();
          if (done) assert.fail(`the stream ended before ${part}`);
          text += value;
        }
      };
      await readUntil(': connected\n\n');
      assert.equal(services.hub.streamCount, 1);
      const posted = await server.current.postJson('/api/comments', draft('/ev/web'));
      await readUntil(`"id":"${posted.body.comment.id}"`);
      assert.match(text, /event: created\ndata: \{"comment":/);
      await reader.cancel();
      await until(() => services.streams.open === 0, 'the stream to be released');
      assert.equal(services.hub.streamCount, 0);
      assert.equal(services.heartbeat.size, 0);
    });

    it('frees the place of a client that left before its stream was set up', async () => {
      const {services, fetch} = server.current.running.comments;
      const written: unknown[] = [];
      const gone = {
        headersSent: false,
        destroyed: true,
        writeHead: () => written.push('head'),
        write: (chunk: Uint8Array) => written.push(chunk),
        end: () => written.push('end'),
        once: () => {},
      };
      const response = await fetch(new Request('http://localhost/api/events?thread=/ev/gone'), {
        incoming: {socket: {remoteAddress: '127.0.0.1'}},
        outgoing: gone,
      });
      assert.equal(response.headers.get('x-hono-already-sent'), 'true');
      assert.equal(written.at(-1), 'end');
      assert.equal(services.streams.open, 0);
      assert.equal(services.hub.streamCount, 0);
      assert.equal(services.heartbeat.size, 0);
    });

    it('refuses a stream without a thread', async () => {
      const {status, body} = await server.current.getJson('/api/events');
      assert.equal(status, 400);
      assert.equal(body.error.field, 'thread');
    });
  });

  describe('live events with moderation', () => {
    const server = useServer(backend, {moderation: 'all'});

    it('says nothing about a held comment until it is approved', async () => {
      const events = await openEventStream(`${server.current.url}/api/events?thread=/ev/held`);
      try {
        const held = await server.current.postJson('/api/comments', draft('/ev/held'));
        await assert.rejects(events.next(300), /no event/);
        await server.current.admin('POST', `/api/admin/comments/${held.body.comment.id}/approve`);
        const event = await events.next();
        assert.equal(event.event, 'created');
        assert.equal(event.data.comment.id, held.body.comment.id);
        assert.equal(event.data.comment.status, 'published');
      } finally {
        events.close();
      }
    });
  });

  if (backend.name !== 'postgres') return;

  describe('live events across instances on one PostgreSQL', () => {
    let database: TestDatabase;
    let a: TestServer;
    let b: TestServer;
    before(async () => {
      database = await backend.fresh();
      a = await startTestServer(database.location);
      b = await startTestServer(database.location);
    });
    after(async () => {
      await a?.running.close();
      await b?.running.close();
      await database?.drop();
    });

    it('delivers a comment posted on instance A to a stream on instance B', async () => {
      const onB = await openEventStream(`${b.url}/api/events?thread=/cluster`);
      const onA = await openEventStream(`${a.url}/api/events?thread=/cluster`);
      try {
        const posted = await a.postJson('/api/comments', draft('/cluster'));
        const fromB = await onB.next();
        assert.equal(fromB.event, 'created');
        assert.deepEqual(fromB.data.comment, posted.body.comment);
        // The posting instance tells its own streams exactly once.
        assert.equal((await onA.next()).data.comment.id, posted.body.comment.id);
        await assert.rejects(onA.next(300), /no event/);

        await b.admin('DELETE', `/api/admin/comments/${posted.body.comment.id}`);
        assert.deepEqual(await onA.next(), {event: 'deleted', data: {id: posted.body.comment.id}});
      } finally {
        onA.close();
        onB.close();
      }
    });
  });
});
