import {expect, waitUntil} from '@open-wc/testing';
import {useMockWorker} from '../adapters/support/msw-worker.js';
import type {ThreadSummary} from '../../src/admin/types.js';
import {FakeAdmin} from './support/fake-admin.js';
import {$, $$, alertText, button, mountAdmin, section, text} from './support/mount.js';

const thread = (key: string, extra: Partial<ThreadSummary> = {}): ThreadSummary => ({
  thread: key,
  published: 4,
  pending: 1,
  spam: 2,
  deleted: 0,
  lastActivity: '2026-11-30T10:00:00.000Z',
  closed: false,
  ...extra,
});

/** A description list's terms and what each says. */
function terms(root: Element): Record<string, string> {
  const pairs = $$(root, 'dt').map((dt) => [text(dt), text(dt.nextElementSibling)]);
  return Object.fromEntries(pairs);
}

describe('<natter-admin> authors, threads and settings', () => {
  useMockWorker();

  it('lists blocked authors and unblocks one', async () => {
    const fake = new FakeAdmin({
      blocks: [
        {
          id: 'b1',
          name: 'Mallory',
          authorKey: 'k1',
          hasEmail: true,
          action: 'drop',
          createdAt: '2026-11-30T10:00:00.000Z',
        },
        {
          id: 'b2',
          name: 'Trent',
          authorKey: 'k2',
          hasEmail: false,
          action: 'hold',
          createdAt: '2026-11-29T10:00:00.000Z',
        },
      ],
    });
    const el = await mountAdmin(fake, 'authors');
    await waitUntil(() => $$(section(el), 'li.card').length === 2, 'the blocks show');
    const [first] = $$(section(el), 'li.card');
    expect(text(first)).to.contain('New comments are dropped');
    button(first, /^Unblock Mallory$/).click();
    await waitUntil(() => $$(section(el), 'li.card').length === 1, 'the block is gone');
    expect(fake.calls('DELETE')[0].path).to.equal('/api/admin/blocks/b1');
    expect(text($(section(el), '[role="status"]'))).to.contain('Mallory is no longer blocked');
  });

  it('lists threads with counts and closes and reopens one', async () => {
    const fake = new FakeAdmin({threads: [thread('/posts/a'), thread('/posts/b', {closed: true})]});
    const el = await mountAdmin(fake, 'threads');
    await waitUntil(() => $$(section(el), 'li.card').length === 2, 'the threads show');
    const [a, b] = $$(section(el), 'li.card');
    await waitUntil(() => $(a, 'a[href="https://blog.example/posts/a"]'), 'linked to the article');
    expect(terms(a)).to.deep.equal({Published: '4', Held: '1', Spam: '2', Deleted: '0'});
    expect(text(b)).to.contain('Closed to new comments');

    button(a, /^Close/).click();
    await waitUntil(() => text(a).includes('Closed to new comments'), 'a is closed');
    button(b, /^Reopen/).click();
    await waitUntil(() => !text(b).includes('Closed to new comments'), 'b is open');
    expect(fake.calls('POST').map((r) => [r.path, r.body])).to.deep.equal([
      ['/api/admin/threads/close', {thread: '/posts/a'}],
      ['/api/admin/threads/reopen', {thread: '/posts/b'}],
    ]);
  });

  it('shows what the server runs with, read only', async () => {
    const el = await mountAdmin(new FakeAdmin(), 'settings');
    await waitUntil(() => $(section(el), 'dl'), 'the settings show');
    const shown = terms(section(el));
    expect(shown.Moderation).to.equal('First-time authors are held for review');
    expect(shown['Allowed origins']).to.equal('https://blog.example');
    expect(shown['Posts per address']).to.equal('5 per 60 seconds');
    expect(shown['Posts per email']).to.equal('No limit');
    expect(shown.Database).to.equal('SQLite');
    expect(shown['Admin password']).to.equal('Set');
    expect($$(section(el), 'input, select, textarea')).to.have.length(0);
  });

  for (const [tab, path] of [
    ['queue', '/api/admin/comments'],
    ['authors', '/api/admin/blocks'],
    ['threads', '/api/admin/threads'],
  ]) {
    it(`says when the ${tab} list could not be loaded, rather than that it is empty, and tries again`, async () => {
      const fake = new FakeAdmin({threads: [thread('/posts/a')]});
      fake.failOnce.add(`GET ${path}`);
      const el = await mountAdmin(fake, tab);
      await waitUntil(() => text(section(el).shadowRoot).includes('could not be loaded'));
      expect(alertText(el)).to.contain('The database is away.');
      button(section(el), /^Try again$/).click();
      await waitUntil(() => !text(section(el).shadowRoot).includes('could not be loaded'));
      expect(fake.calls('GET').filter((r) => r.path === path)).to.have.length(2);
    });
  }

  it('switches sections from the header links', async () => {
    const el = await mountAdmin(new FakeAdmin());
    $<HTMLAnchorElement>(el, 'nav a[href="#threads"]')!.click();
    await waitUntil(() => section(el)?.localName === 'natter-admin-threads', 'threads show');
    expect(text($(el, 'a[aria-current="page"]'))).to.equal('Threads');
  });

  it('shows a failed request with a way forward', async () => {
    const fake = new FakeAdmin({threads: [thread('/posts/a')]});
    const el = await mountAdmin(fake, 'threads');
    await waitUntil(() => $$(section(el), 'li.card').length === 1);
    fake.threads = [];
    button($$(section(el), 'li.card')[0], /^Close/).click();
    await waitUntil(() => alertText(el).includes('no longer exists'), 'the error shows');
    button(el, /^Dismiss$/).click();
    await waitUntil(() => alertText(el) === '', 'it can be dismissed');
  });
});
