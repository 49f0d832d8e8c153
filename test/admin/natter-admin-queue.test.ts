import {expect, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {useMockWorker} from '../adapters/support/msw-worker.js';
import {adminComment, FakeAdmin} from './support/fake-admin.js';
import {FakeEventSource} from './support/fake-event-source.js';
import {$, $$, button, mountAdmin, rows, section, text} from './support/mount.js';

const held = () => [
  adminComment('c1', {
    createdAt: '2026-11-30T09:00:00.000Z',
    parentId: 'p1',
    parent: {id: 'p1', author: {name: 'Bea'}, body: 'The first word.'},
    approvedCount: 3,
    author: {name: 'Ada', url: 'https://ada.example/', avatar: '/api/avatars/ada.svg'},
  }),
  adminComment('c2', {createdAt: '2026-11-30T10:00:00.000Z', thread: 'not-a-path'}),
  adminComment('c3', {createdAt: '2026-11-30T11:00:00.000Z'}),
];

const ids = (list: Element[]) => list.map((row) => row.getAttribute('data-id'));
const focusedId = (el: HTMLElement) =>
  section(el).shadowRoot!.activeElement?.closest('li')?.getAttribute('data-id');
const called = (fake: FakeAdmin, method: string, path: string) =>
  fake.calls(method).filter((r) => r.path === path).length;

describe('<natter-admin> queue', () => {
  useMockWorker();

  it('lists held comments oldest first with thread link, parent, avatar, website and approved count', async () => {
    const fake = new FakeAdmin({comments: held()});
    const el = await mountAdmin(fake);
    const list = await rows(el, 3);
    expect(ids(list)).to.deep.equal(['c1', 'c2', 'c3']);
    const query = fake.calls('GET').find((r) => r.path === '/api/admin/comments')!.params;
    expect(query.get('status')).to.equal('pending');
    expect(query.get('order')).to.equal('oldest');

    const [first, second] = list;
    await waitUntil(() => $(first, 'a[href="https://blog.example/posts/hello"]'), 'thread link');
    expect(text($(first, 'h3'))).to.equal('Ada');
    expect(text(first)).to.contain('3 approved comments');
    expect($(first, 'a[href="https://ada.example/"]')).to.not.equal(null);
    expect($<HTMLImageElement>(first, 'img.avatar')!.getAttribute('src')).to.equal(
      '/api/avatars/ada.svg',
    );
    expect(text($(first, 'blockquote'))).to.equal('In reply to Bea: The first word.');
    // A key that is not a path has no page to link to.
    expect($(second, '.meta a')).to.equal(null);
    expect(text($(second, '.meta'))).to.contain('not-a-path');
  });

  it('renders comment text as text, never as HTML', async () => {
    const body = '<img src=x onerror="window.__owned=1"><b>bold</b>';
    const el = await mountAdmin(new FakeAdmin({comments: [adminComment('c1', {body})]}));
    const [row] = await rows(el, 1);
    expect(text($(row, '.body'))).to.equal(body);
    expect($(row, '.body b')).to.equal(null);
  });

  it('moves with j and k, and approves, deletes and spams the focused comment with a, d and s', async () => {
    const fake = new FakeAdmin({comments: held()});
    const el = await mountAdmin(fake);
    await rows(el, 3);
    await sendKeys({press: 'j'});
    expect(focusedId(el)).to.equal('c1');
    await sendKeys({press: 'j'});
    await sendKeys({press: 'j'});
    expect(focusedId(el)).to.equal('c3');
    await sendKeys({press: 'k'});
    expect(focusedId(el)).to.equal('c2');

    await sendKeys({press: 'a'});
    await waitUntil(() => called(fake, 'POST', '/api/admin/comments/c2/approve') === 1);
    // The approved comment leaves the queue; focus goes to the one that took its place.
    expect(ids(await rows(el, 2))).to.deep.equal(['c1', 'c3']);
    await waitUntil(() => focusedId(el) === 'c3', 'focus moves on');

    await sendKeys({press: 's'});
    await waitUntil(() => called(fake, 'POST', '/api/admin/comments/c3/spam') === 1);
    await rows(el, 1);
    await waitUntil(() => focusedId(el) === 'c1', 'focus moves back');
    await sendKeys({press: 'd'});
    await waitUntil(() => called(fake, 'DELETE', '/api/admin/comments/c1') === 1);
    await waitUntil(() =>
      text(section(el).shadowRoot!.querySelector('.empty')).includes('All done'),
    );
    expect(fake.comments.map((c) => c.status)).to.deep.equal(['deleted', 'published', 'spam']);
  });

  it('takes the row of a focused button inside it as the one the keys act on', async () => {
    const fake = new FakeAdmin({comments: held()});
    const el = await mountAdmin(fake);
    const list = await rows(el, 3);
    button(list[2], /^Spam$/).focus();
    await sendKeys({press: 'k'});
    expect(focusedId(el)).to.equal('c2');
    await sendKeys({press: 'a'});
    await waitUntil(() => called(fake, 'POST', '/api/admin/comments/c2/approve') === 1);
  });

  it('ignores the keys while typing in a field', async () => {
    const fake = new FakeAdmin({comments: held()});
    const el = await mountAdmin(fake, 'recent');
    await rows(el, 3);
    $<HTMLInputElement>(section(el), 'input[name="q"]')!.focus();
    await sendKeys({type: 'jads'});
    expect($<HTMLInputElement>(section(el), 'input[name="q"]')!.value).to.equal('jads');
    expect(fake.calls('POST')).to.have.length(0);
    expect(fake.calls('DELETE')).to.have.length(0);
  });

  it('selects with x and the checkboxes, and acts on all selected', async () => {
    const fake = new FakeAdmin({comments: held()});
    const el = await mountAdmin(fake);
    const list = await rows(el, 3);
    await sendKeys({press: 'j'});
    await sendKeys({press: 'x'});
    $<HTMLInputElement>(list[2], 'input[type="checkbox"]')!.click();
    await waitUntil(() => text($(section(el), '.bulk')).includes('2 selected'));
    button(section(el), /^Approve 2$/).click();
    await rows(el, 1);
    expect(called(fake, 'POST', '/api/admin/comments/c1/approve')).to.equal(1);
    expect(called(fake, 'POST', '/api/admin/comments/c3/approve')).to.equal(1);
    expect(called(fake, 'POST', '/api/admin/comments/c2/approve')).to.equal(0);
    expect(text($(section(el), '[role="status"]'))).to.contain('Approved 2 comments');
  });

  it('undoes the last action by putting back the previous status of each comment', async () => {
    const fake = new FakeAdmin({comments: held()});
    const el = await mountAdmin(fake);
    await rows(el, 3);
    button(section(el), /^Select all$/).click();
    await waitUntil(() => text($(section(el), '.bulk')).includes('3 selected'));
    button(section(el), /^Spam 3$/).click();
    await waitUntil(() => $$(section(el), 'li.card').length === 0, 'the queue empties');
    button(section(el), /^Undo$/).click();
    await rows(el, 3);
    const statuses = fake.calls('POST').filter((r) => r.path.endsWith('/status'));
    expect(statuses.map((r) => r.body)).to.deep.equal([
      {status: 'pending'},
      {status: 'pending'},
      {status: 'pending'},
    ]);
    expect(text($(section(el), '[role="status"]'))).to.contain('put back');
  });

  it('adds a held comment from the live stream without a reload, and drops one approved elsewhere', async () => {
    const fake = new FakeAdmin({comments: held()});
    const el = await mountAdmin(fake);
    await rows(el, 3);
    const loads = fake.calls('GET').length;
    const stream = FakeEventSource.latest();
    stream.comment(
      adminComment('c9', {
        createdAt: '2026-11-30T12:00:00.000Z',
        author: {name: 'Cy', avatar: '/api/avatars/cy.svg'},
      }),
    );
    expect(ids(await rows(el, 4))).to.deep.equal(['c1', 'c2', 'c3', 'c9']);
    await waitUntil(() =>
      text($(section(el), '[role="status"]')).includes('New held comment from Cy'),
    );
    stream.comment(adminComment('c1', {status: 'published'}));
    expect(ids(await rows(el, 3))).to.deep.equal(['c2', 'c3', 'c9']);
    stream.emit('comment', 'not json');
    expect(fake.calls('GET').length).to.equal(loads);
  });

  it('opens the list of keys with ?, in a modal dialog', async () => {
    const el = await mountAdmin(new FakeAdmin({comments: held()}));
    await rows(el, 3);
    await sendKeys({press: 'Shift+Slash'});
    const dialog = $<HTMLDialogElement>(el, 'dialog')!;
    await waitUntil(() => dialog.open, 'the dialog opens');
    expect(text(dialog)).to.contain('Approve the comment');
    await sendKeys({press: 'Escape'});
    await waitUntil(() => !dialog.open, 'Escape closes it');
  });
});
