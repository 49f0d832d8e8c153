// One msw worker for the adapter tests: started once per test file, its
// per-test handlers dropped after each test.
import {setupWorker} from 'msw/browser';

export const worker = setupWorker();

export function useMockWorker(): void {
  before(() => worker.start({quiet: true, onUnhandledRequest: 'error'}));
  afterEach(() => worker.resetHandlers());
  after(() => {
    // Not awaited: stop() waits for requests still held by never-ending handlers.
    void worker.stop();
  });
}

/** A published comment as the reference server would send it. */
export function serverComment(id: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    parentId: null,
    author: {name: 'Ada', url: 'https://ada.example/', avatar: '/api/avatars/abc.svg'},
    body: `Comment ${id}`,
    createdAt: '2026-11-27T10:15:00.000Z',
    status: 'published',
    moreReplies: 0,
    ...extra,
  };
}
