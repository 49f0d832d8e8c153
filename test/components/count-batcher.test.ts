import {expect} from '@open-wc/testing';
import {AdapterError} from '../../src/adapters/errors.js';
import type {CommentsAdapter} from '../../src/adapters/types.js';
import {CountBatcher, countBatcherFor} from '../../src/components/natter-count/count-batcher.js';

/** An adapter that records every count call and answers from a table. */
function countingAdapter(table: Record<string, number>, fail?: Error) {
  const calls: string[][] = [];
  const signals: AbortSignal[] = [];
  const adapter: CommentsAdapter = {
    list: () => Promise.reject(new Error('not used')),
    create: () => Promise.reject(new Error('not used')),
    async count(threads, options) {
      calls.push([...threads]);
      if (options?.signal) signals.push(options.signal);
      await new Promise((resolve) => setTimeout(resolve, 5));
      if (fail) throw fail;
      return Object.fromEntries(threads.filter((t) => t in table).map((t) => [t, table[t]]));
    },
  };
  return {adapter, calls, signals};
}

describe('CountBatcher', () => {
  it('answers every request of one turn with a single count call', async () => {
    const {adapter, calls} = countingAdapter({'/a': 4, '/b': 0, '/c': 12});
    const batcher = new CountBatcher(adapter);
    const results = await Promise.all([
      batcher.count('/a'),
      batcher.count('/b'),
      batcher.count('/c'),
      batcher.count('/a'),
    ]);
    expect(results).to.deep.equal([4, 0, 12, 4]);
    expect(calls).to.deep.equal([['/a', '/b', '/c']]);
  });

  it('takes in requests that arrive after an await in the same turn', async () => {
    const {adapter, calls} = countingAdapter({'/a': 1, '/b': 2});
    const batcher = new CountBatcher(adapter);
    const late = (async () => {
      await Promise.resolve();
      await Promise.resolve();
      return batcher.count('/b');
    })();
    const results = await Promise.all([batcher.count('/a'), late]);
    expect(results).to.deep.equal([1, 2]);
    expect(calls).to.have.length(1);
  });

  it('starts a new batch for requests after the first one went out', async () => {
    const {adapter, calls} = countingAdapter({'/a': 1, '/b': 2});
    const batcher = new CountBatcher(adapter);
    expect(await batcher.count('/a')).to.equal(1);
    expect(await batcher.count('/b')).to.equal(2);
    expect(calls).to.deep.equal([['/a'], ['/b']]);
  });

  it('splits more threads than one request may carry', async () => {
    const table = Object.fromEntries(Array.from({length: 5}, (_, i) => [`t${i}`, i]));
    const {adapter, calls} = countingAdapter(table);
    const batcher = new CountBatcher(adapter, 2);
    const results = await Promise.all(Object.keys(table).map((t) => batcher.count(t)));
    expect(results).to.deep.equal([0, 1, 2, 3, 4]);
    expect(calls).to.deep.equal([['t0', 't1'], ['t2', 't3'], ['t4']]);
  });

  it('counts a thread the backend left out as zero', async () => {
    const {adapter} = countingAdapter({});
    expect(await new CountBatcher(adapter).count('/never-commented')).to.equal(0);
  });

  it('rejects every request of a failed batch with the adapter error', async () => {
    const failure = new AdapterError('network', 'offline');
    const {adapter} = countingAdapter({}, failure);
    const batcher = new CountBatcher(adapter);
    const outcomes = await Promise.allSettled([batcher.count('/a'), batcher.count('/b')]);
    expect(outcomes.map((o) => o.status)).to.deep.equal(['rejected', 'rejected']);
    expect(outcomes.map((o) => (o as PromiseRejectedResult).reason)).to.deep.equal([
      failure,
      failure,
    ]);
  });

  it('rejects an answer that is not a table of counts', async () => {
    const adapter: CommentsAdapter = {
      list: () => Promise.reject(new Error('not used')),
      create: () => Promise.reject(new Error('not used')),
      count: async () => null as unknown as Record<string, number>,
    };
    const error = await new CountBatcher(adapter).count('/a').then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).to.be.instanceOf(AdapterError);
    expect((error as AdapterError).code).to.equal('server');
  });

  it('explains that an adapter without count() cannot count', async () => {
    const adapter: CommentsAdapter = {
      list: () => Promise.reject(new Error('not used')),
      create: () => Promise.reject(new Error('not used')),
    };
    const error = await new CountBatcher(adapter).count('/a').catch((e: unknown) => e);
    expect(error).to.be.instanceOf(AdapterError);
    expect((error as Error).message).to.match(/cannot count/);
  });

  it('leaves out a thread whose only badge went away before the batch went out', async () => {
    const {adapter, calls} = countingAdapter({'/a': 1, '/b': 2});
    const batcher = new CountBatcher(adapter);
    const gone = new AbortController();
    const dropped = batcher.count('/b', {signal: gone.signal}).catch((e: unknown) => e);
    gone.abort();
    expect(await batcher.count('/a')).to.equal(1);
    const error = await dropped;
    expect((error as AdapterError).code).to.equal('aborted');
    expect(calls).to.deep.equal([['/a']]);
  });

  it('cancels the request once every badge that wanted it is gone', async () => {
    const {adapter, signals} = countingAdapter({'/a': 1});
    const batcher = new CountBatcher(adapter);
    const first = new AbortController();
    const second = new AbortController();
    const results = Promise.allSettled([
      batcher.count('/a', {signal: first.signal}),
      batcher.count('/a', {signal: second.signal}),
    ]);
    await new Promise((resolve) => setTimeout(resolve, 1));
    first.abort();
    expect(signals[0].aborted).to.equal(false);
    second.abort();
    expect(signals[0].aborted).to.equal(true);
    expect((await results).every((r) => r.status === 'rejected')).to.equal(true);
  });

  it('shares one batcher per adapter object', () => {
    const {adapter} = countingAdapter({});
    const other = countingAdapter({}).adapter;
    expect(countBatcherFor(adapter)).to.equal(countBatcherFor(adapter));
    expect(countBatcherFor(adapter)).not.to.equal(countBatcherFor(other));
  });
});
