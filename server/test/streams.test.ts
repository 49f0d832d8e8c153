import assert from 'node:assert/strict';
import http from 'node:http';
import {describe, it} from 'node:test';
import {canUseLoopbackAliases} from './support/address.js';
import {forEachBackend} from './support/backends.js';
import {draft, useServer} from './support/server.js';
import {openEventStream} from './support/sse.js';

interface RawStream {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** Resolves with everything the server sent once it ends the response. */
  ended: Promise<string>;
  close(): void;
}

/** Opens /api/events from `address`, resolving once the status line is in. */
function openFrom(url: string, address: string, thread = '/streams'): Promise<RawStream> {
  return new Promise((resolve, reject) => {
    const request = http.get(
      `${url}/api/events?thread=${encodeURIComponent(thread)}`,
      {localAddress: address, agent: false},
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        const ended = new Promise<string>((done) => {
          response.on('data', (chunk: string) => (text += chunk));
          response.on('end', () => done(text));
          response.on('close', () => done(text));
        });
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          ended,
          close: () => request.destroy(),
        });
      },
    );
    request.setTimeout(10_000, () => request.destroy(new Error('no answer in 10 s')));
    request.on('error', reject);
  });
}

async function until(check: () => boolean, what: string, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function assertOverCap(stream: RawStream, what: string) {
  assert.equal(stream.status, 429, what);
  const retryAfter = Number(stream.headers['retry-after']);
  assert.ok(Number.isInteger(retryAfter) && retryAfter >= 1, `Retry-After: ${retryAfter}`);
}

forEachBackend((backend) => {
  describe('event stream caps', () => {
    const server = useServer(backend, {maxStreamsPerAddress: 3, maxStreams: 5});

    it('caps open streams per address and in total, and frees a place when one ends', async (t) => {
      const s = server.current;
      if (!(await canUseLoopbackAliases(s.url))) return t.skip('cannot bind 127.0.0.2');
      const gate = s.running.comments.services.streams;
      const open: RawStream[] = [];
      try {
        for (let i = 0; i < 3; i++) open.push(await openFrom(s.url, '127.0.0.2'));
        for (const stream of open) assert.equal(stream.status, 200);
        const fourth = await openFrom(s.url, '127.0.0.2');
        assertOverCap(fourth, 'a fourth stream from one address');
        assert.equal((await fourth.ended).includes('rate-limited'), true);

        open.push(await openFrom(s.url, '127.0.0.3'), await openFrom(s.url, '127.0.0.3'));
        assert.deepEqual(
          open.map((stream) => stream.status),
          [200, 200, 200, 200, 200],
        );
        assert.equal(gate.open, 5);
        const sixth = await openFrom(s.url, '127.0.0.4');
        assertOverCap(sixth, 'a sixth stream in total, from a new address');

        open.shift()?.close();
        await until(() => gate.open === 4, 'the closed stream to be released');
        const again = await openFrom(s.url, '127.0.0.4');
        open.push(again);
        assert.equal(again.status, 200);
      } finally {
        for (const stream of open) stream.close();
      }
      await until(() => gate.open === 0, 'every stream to be released');
    });
  });

  describe('event stream lifetime', () => {
    const server = useServer(backend, {streamLifetimeMs: 400});

    it('ends a stream after its lifetime, telling the client when to come back', async () => {
      const s = server.current;
      const started = Date.now();
      const stream = await openFrom(s.url, '127.0.0.1', '/streams/life');
      assert.equal(stream.status, 200);
      const text = await stream.ended;
      const lived = Date.now() - started;
      assert.ok(lived >= 300 && lived < 5000, `the stream lived ${lived} ms`);
      assert.match(text, /: connected\n\n/);
      assert.match(text, /retry: \d+\n/);
      await until(() => s.running.comments.services.streams.open === 0, 'the place to be freed');
      assert.equal(s.running.comments.services.hub.streamCount, 0);
    });

    it('delivers events on the stream the client opens next', async () => {
      const s = server.current;
      const first = await openEventStream(`${s.url}/api/events?thread=/streams/next`);
      await new Promise((resolve) => setTimeout(resolve, 600));
      first.close();
      const second = await openEventStream(`${s.url}/api/events?thread=/streams/next`);
      try {
        const posted = await s.postJson('/api/comments', draft('/streams/next'));
        assert.equal((await second.next()).data.comment.id, posted.body.comment.id);
      } finally {
        second.close();
      }
    });
  });
  describe('many streams on one heartbeat', () => {
    const server = useServer(backend, {streamLifetimeMs: 2500, pingIntervalMs: 100});

    it('pings every stream, sends each the same event, and ends them all after their lifetime', async () => {
      const s = server.current;
      const streams: RawStream[] = [];
      for (let i = 0; i < 20; i++)
        streams.push(await openFrom(s.url, '127.0.0.1', '/streams/many'));
      assert.equal(s.running.comments.services.heartbeat.size, 20);
      const posted = await s.postJson('/api/comments', draft('/streams/many'));
      const texts = await Promise.all(streams.map((stream) => stream.ended));
      const event = `event: created\ndata: ${JSON.stringify({comment: posted.body.comment})}\n\n`;
      for (const text of texts) {
        assert.match(text, /^: connected\n\n/);
        assert.match(text, /: ping\n\n/);
        assert.ok(text.includes(event), `the event in ${text}`);
        assert.match(text, /retry: 1000\n: expired\n\n$/);
      }
      await until(() => s.running.comments.services.streams.open === 0, 'every place to be freed');
      assert.equal(s.running.comments.services.heartbeat.size, 0);
      assert.equal(s.running.comments.services.hub.streamCount, 0);
    });
  });
});
