import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {Heartbeat} from '../src/live/heartbeat.js';
import type {LiveStream} from '../src/live/sse.js';

/** A stream that records what it was sent and, like the route's, leaves the heartbeat when it ends. */
class FakeStream implements LiveStream {
  readonly sent: string[] = [];
  last?: string;
  closedAt?: number;
  leave = () => {};
  readonly openedAt = Date.now();

  send(frame: Uint8Array): void {
    if (this.closedAt === undefined) this.sent.push(new TextDecoder().decode(frame));
  }

  close(last?: Uint8Array): void {
    if (this.closedAt !== undefined) return;
    this.closedAt = Date.now();
    this.last = last && new TextDecoder().decode(last);
    this.leave();
  }
}

function watch(heartbeat: Heartbeat, count: number): FakeStream[] {
  return Array.from({length: count}, () => {
    const stream = new FakeStream();
    stream.leave = heartbeat.add(stream);
    return stream;
  });
}

const timers = () => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;

async function until(check: () => boolean, what: string, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('heartbeat', () => {
  it('pings every open stream from one timer, however many streams there are', async () => {
    const heartbeat = new Heartbeat(50, 60_000);
    const before = timers();
    const first = watch(heartbeat, 1);
    assert.equal(timers(), before + 1);
    const streams = [...first, ...watch(heartbeat, 1200)];
    assert.equal(timers(), before + 1, 'no timer of its own per stream');
    await until(() => streams.every((s) => s.sent.length >= 2), 'two pings on every stream');
    assert.ok(streams.every((s) => s.sent.every((text) => text === ': ping\n\n')));
    for (const stream of streams) stream.close();
    assert.equal(heartbeat.size, 0);
    assert.equal(timers(), before, 'the timer stops with the last stream');
  });

  it('ends each stream after its lifetime, telling the client when to come back', async () => {
    const heartbeat = new Heartbeat(25_000, 300);
    const streams = watch(heartbeat, 30);
    await until(() => streams.every((s) => s.closedAt !== undefined), 'every stream to end');
    for (const stream of streams) {
      assert.match(stream.last ?? '', /^retry: 1000\n/);
      const lived = stream.closedAt! - stream.openedAt;
      assert.ok(lived >= 0.9 * 300, `a stream lived only ${lived} ms`);
    }
    assert.equal(heartbeat.size, 0);
  });

  it('stops beating for a stream that ended on its own', async () => {
    const heartbeat = new Heartbeat(20, 60_000);
    const [gone, kept] = watch(heartbeat, 2) as [FakeStream, FakeStream];
    gone.close();
    await until(() => kept.sent.length >= 2, 'pings on the stream still open');
    assert.deepEqual(gone.sent, []);
    kept.close();
  });
});
