import {expect} from '@open-wc/testing';
import {createMemoryAdapter} from '../../src/adapters/memory.js';
import type {CommentEvent} from '../../src/adapters/types.js';
import type {Comment} from '../../src/core/types.js';

// The memory adapter keeps what each reader sees of a thread until the thread
// changes; these check that every kind of change still reaches readers.

const T = '/views';
const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

function comment(id: string, extra: Partial<Comment> = {}): Comment {
  return {
    id,
    parentId: null,
    author: {name: 'Grace'},
    body: `Body ${id}`,
    createdAt: new Date(Date.UTC(2026, 0, 1, 0, Number(id.replace(/\D/g, '') || 0))).toISOString(),
    status: 'published',
    ...extra,
  };
}

function describeEvent(event: CommentEvent): string {
  if (event.type === 'deleted' || event.type === 'voted') return `${event.type} ${event.id}`;
  return `${event.type} ${event.comment.id} ${event.comment.status}`;
}

describe('memory adapter views', () => {
  it('shows each change in the next page read after an earlier read', async () => {
    const adapter = createMemoryAdapter({seed: {[T]: [comment('c1'), comment('c2')]}});
    const ids = async () => (await adapter.list(T, {})).comments.map((c) => `${c.id} ${c.status}`);
    expect(await ids()).to.deep.equal(['c1 published', 'c2 published']);
    adapter.inject(T, comment('c3'));
    expect(await ids()).to.deep.equal(['c1 published', 'c2 published', 'c3 published']);
    adapter.moderatorRemove(T, 'c2');
    expect(await ids()).to.deep.equal(['c1 published', 'c3 published']);
    expect((await adapter.list(T, {})).total).to.equal(2);
  });

  it('tells a subscriber of a large thread only what changed', async () => {
    const seed = Array.from({length: 5000}, (_, i) => comment(`c${i}`));
    const adapter = createMemoryAdapter({seed: {[T]: seed}});
    await adapter.list(T, {});
    const events: CommentEvent[] = [];
    const stop = adapter.subscribe(T, (event) => events.push(event));
    adapter.inject(T, comment('c9000'));
    await tick();
    adapter.inject(T, {...comment('c7'), body: 'Edited'});
    await tick();
    stop();
    expect(events.map(describeEvent)).to.deep.equal([
      'created c9000 published',
      'updated c7 published',
    ]);
    expect(events[1].type === 'updated' && events[1].comment.body).to.equal('Edited');
  });

  it("reveals a held comment's replies to another reader once it is approved", async () => {
    const adapter = createMemoryAdapter({
      seed: {
        [T]: [
          comment('c1', {status: 'pending'}),
          comment('c2', {parentId: 'c1'}),
          comment('c3', {parentId: 'c2'}),
        ],
      },
    });
    const other = adapter.peer();
    expect((await other.list(T, {})).comments).to.have.length(0);
    const events: CommentEvent[] = [];
    const stop = other.subscribe(T, (event) => events.push(event));
    adapter.approve(T, 'c1');
    await tick();
    expect(events.map(describeEvent)).to.deep.equal([
      'created c1 published',
      'created c2 published',
      'created c3 published',
    ]);
    // The approval replaced the stored comment; the page read before it is untouched.
    adapter.moderatorRemove(T, 'c3');
    await tick();
    stop();
    expect(events.map(describeEvent).slice(3)).to.deep.equal(['deleted c3']);
    expect((await other.list(T, {})).comments.map((c) => c.id)).to.deep.equal(['c1', 'c2']);
  });

  it('turns a deleted comment with replies into a tombstone for subscribers', async () => {
    const adapter = createMemoryAdapter({
      seed: {[T]: [comment('c1'), comment('c2', {parentId: 'c1'})]},
    });
    const events: CommentEvent[] = [];
    const stop = adapter.subscribe(T, (event) => events.push(event));
    adapter.moderatorRemove(T, 'c1');
    await tick();
    stop();
    expect(events.map(describeEvent)).to.deep.equal(['updated c1 deleted']);
    const tombstone = events[0].type === 'updated' ? events[0].comment : undefined;
    expect(tombstone?.body).to.equal('');
    expect(tombstone?.author.name).to.equal('');
  });
});
