import {expect} from '@open-wc/testing';
import {AdapterError} from '../../src/adapters/errors.js';
import {createLocalAdapter} from '../../src/adapters/local.js';
import type {Comment, NewComment} from '../../src/core/types.js';
import type {CommentEvent} from '../../src/adapters/types.js';

const T = '/post';
let n = 0;
let storageKey = '';
const idem = () => `k${++n}`;
const draft = (body: string): NewComment => ({
  parentId: null,
  body,
  author: {name: 'Ada', email: 'ada@example.com'},
});
const seedComment: Comment = {
  id: 'seed-1',
  parentId: null,
  author: {name: 'Grace'},
  body: 'Seeded',
  createdAt: '2026-01-01T00:00:00.000Z',
  status: 'published',
};

async function until<T>(find: () => T | undefined, ms = 3000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const found = find();
    if (found !== undefined) return found;
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Silences and records console.warn for the length of a test. */
function captureWarnings(): string[] {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
  afterEachRestore.push(() => (console.warn = original));
  return warnings;
}
const afterEachRestore: (() => void)[] = [];

describe('local adapter', () => {
  beforeEach(() => {
    storageKey = `natter:test:${++n}`;
  });
  afterEach(() => {
    afterEachRestore.splice(0).forEach((restore) => restore());
    for (const key of Object.keys(localStorage)) {
      if (key.startsWith(storageKey)) localStorage.removeItem(key);
    }
  });

  it('keeps what was posted across a reload', async () => {
    const idempotencyKey = idem();
    const first = createLocalAdapter({storageKey});
    const posted = await first.create(T, draft('Still here?'), {idempotencyKey});
    const afterReload = createLocalAdapter({storageKey});
    const page = await afterReload.list(T, {});
    expect(page.comments.map((c) => c.id)).to.deep.equal([posted.id]);
    // The same draft retried after the reload is still recognised by its key.
    const retried = await afterReload.create(T, draft('Still here?'), {idempotencyKey});
    expect(retried.id).to.equal(posted.id);
  });

  it('uses the seed only while nothing is stored', async () => {
    const seeded = createLocalAdapter({storageKey, seed: {[T]: [seedComment]}});
    expect((await seeded.list(T, {})).total).to.equal(1);
    await seeded.create(T, draft('Mine'), {idempotencyKey: idem()});
    const other = createLocalAdapter({storageKey, seed: {[T]: [{...seedComment, id: 'new-seed'}]}});
    const ids = (await other.list(T, {})).comments.map((c) => c.id);
    expect(ids).to.have.length(2);
    expect(ids).to.include('seed-1');
    expect(ids).to.not.include('new-seed');
  });

  it('starts again from the seed when the stored data is not JSON, keeping a backup', async () => {
    const warnings = captureWarnings();
    localStorage.setItem(storageKey, '{"version": 1, "threads": {');
    const adapter = createLocalAdapter({storageKey, seed: {[T]: [seedComment]}});
    expect((await adapter.list(T, {})).comments.map((c) => c.id)).to.deep.equal(['seed-1']);
    const backups = Object.keys(localStorage).filter((k) => k.startsWith(`${storageKey}:backup:`));
    expect(backups).to.have.length(1);
    expect(localStorage.getItem(backups[0])).to.equal('{"version": 1, "threads": {');
    expect(warnings.join()).to.contain(backups[0]);
    await adapter.create(T, draft('Works again'), {idempotencyKey: idem()});
    expect((await createLocalAdapter({storageKey}).list(T, {})).total).to.equal(2);
  });

  it('keeps the readable comments of partly damaged data', async () => {
    captureWarnings();
    const good = {...seedComment, seq: 1};
    const data = {version: 1, seq: 2, threads: {[T]: [good, {id: 'junk', seq: 2}]}, keys: {}};
    localStorage.setItem(storageKey, JSON.stringify(data));
    const adapter = createLocalAdapter({storageKey});
    expect((await adapter.list(T, {})).comments.map((c) => c.id)).to.deep.equal(['seed-1']);
    const backup = Object.keys(localStorage).find((k) => k.startsWith(`${storageKey}:backup:`));
    expect(JSON.parse(localStorage.getItem(backup!)!)).to.deep.equal(data);
  });

  it('tells subscribers about comments posted in another document', async () => {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    try {
      const otherTab = createLocalAdapter({
        storageKey,
        storage: frame.contentWindow!.localStorage,
        authorToken: 'someone-else-0000',
      });
      const events: CommentEvent[] = [];
      const stop = createLocalAdapter({storageKey}).subscribe(T, (e) => events.push(e));
      const posted = await otherTab.create(T, draft('From the other tab'), {
        idempotencyKey: idem(),
      });
      const heard = await until(() => events[0]);
      stop();
      // Theirs to the other tab only: this reader hears it as someone else's.
      const {own, editableUntil, ...seen} = posted;
      expect(own).to.equal(true);
      expect(editableUntil).to.be.a('string');
      expect(heard).to.deep.equal({type: 'created', comment: seen});
    } finally {
      frame.remove();
    }
  });

  it('tells subscribers about comments posted through another adapter on this page', async () => {
    const events: CommentEvent[] = [];
    const stop = createLocalAdapter({storageKey}).subscribe(T, (e) => events.push(e));
    await createLocalAdapter({storageKey}).create(T, draft('Same page'), {idempotencyKey: idem()});
    await until(() => events[0]);
    stop();
    await createLocalAdapter({storageKey}).create(T, draft('Unheard'), {idempotencyKey: idem()});
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(events).to.have.length(1);
  });

  it('reports a full storage as an error and keeps nothing half-saved', async () => {
    const full: Storage = Object.assign(Object.create(Storage.prototype) as Storage, {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    });
    const adapter = createLocalAdapter({storageKey, storage: full});
    let error: unknown;
    try {
      await adapter.create(T, draft('Too much'), {idempotencyKey: idem()});
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(AdapterError);
    expect((error as AdapterError).code).to.equal('server');
    expect((error as AdapterError).message).to.match(/storage/);
    expect((await adapter.list(T, {})).total).to.equal(0);
  });

  it('works in memory when storage cannot be read at all', async () => {
    const warnings = captureWarnings();
    const blocked: Storage = Object.assign(Object.create(Storage.prototype) as Storage, {
      getItem: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
    const adapter = createLocalAdapter({storageKey, storage: blocked});
    await adapter.create(T, draft('Kept for now'), {idempotencyKey: idem()});
    expect((await adapter.list(T, {})).total).to.equal(1);
    expect(warnings.join()).to.match(/kept only until the page is closed/);
  });
});
