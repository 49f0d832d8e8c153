import {createMemoryAdapter} from '../../src/adapters/memory.js';
import {describeAdapterConformance} from '../../src/testing/conformance.js';

let n = 0;

describeAdapterConformance('memory adapter', () => {
  const adapter = createMemoryAdapter();
  return {
    adapter,
    thread: `/conformance/memory-${++n}`,
    holdNext: () => adapter.holdNext(),
    createPeer: () => adapter.peer(),
    createShortEditWindow: () => ({
      adapter: createMemoryAdapter({editWindowMs: 1000}),
      windowMs: 1000,
    }),
  };
});

describeAdapterConformance('memory adapter with down-votes', () => {
  const adapter = createMemoryAdapter({downVotes: true});
  return {adapter, thread: `/conformance/down-${++n}`, createPeer: () => adapter.peer()};
});

describeAdapterConformance('memory adapter with latency and optional email', () => {
  const adapter = createMemoryAdapter({latency: 5, requiresEmail: false});
  return {adapter, thread: `slow-${++n}`};
});

describeAdapterConformance('memory adapter keeping replies two levels deep', () => {
  const adapter = createMemoryAdapter({deepestLevel: 2});
  return {
    adapter,
    thread: `/conformance/two-levels-${++n}`,
    holdNext: () => adapter.holdNext(),
    createPeer: () => adapter.peer(),
  };
});
