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
  };
});

describeAdapterConformance('memory adapter with latency and optional email', () => {
  const adapter = createMemoryAdapter({latency: 5, requiresEmail: false});
  return {adapter, thread: `slow-${++n}`};
});
