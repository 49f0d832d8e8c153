import {expect, waitUntil} from '@open-wc/testing';
import {useMockWorker} from '../adapters/support/msw-worker.js';
import {adminComment, FakeAdmin} from './support/fake-admin.js';
import {$, alertText, button, mountAdmin, rows, section, text} from './support/mount.js';

const all = () => [
  adminComment('old', {status: 'published', createdAt: '2026-11-29T10:00:00.000Z'}),
  adminComment('new', {status: 'spam', createdAt: '2026-11-30T10:00:00.000Z', thread: '/b'}),
];

const lastList = (fake: FakeAdmin) =>
  fake
    .calls('GET')
    .filter((r) => r.path === '/api/admin/comments')
    .at(-1)!.params;

describe('<natter-admin> recent comments', () => {
  useMockWorker();

  it('lists every comment newest first, with its status', async () => {
    const fake = new FakeAdmin({comments: all()});
    const el = await mountAdmin(fake, 'recent');
    const [first, second] = await rows(el, 2);
    expect(first.dataset.id).to.equal('new');
    expect(text($(first, '.meta'))).to.match(/^Spam/);
    expect(text($(second, '.meta'))).to.match(/^Published/);
    expect(lastList(fake).get('status')).to.equal('all');
    expect(lastList(fake).get('order')).to.equal('newest');
  });

  it('puts the filters on the request: text, thread, status and author', async () => {
    const fake = new FakeAdmin({comments: all()});
    const el = await mountAdmin(fake, 'recent');
    await rows(el, 2);
    const form = $<HTMLFormElement>(section(el), 'form[role="search"]')!;
    $<HTMLInputElement>(form, 'input[name="q"]')!.value = 'text';
    $<HTMLInputElement>(form, 'input[name="thread"]')!.value = '/b';
    $<HTMLSelectElement>(form, 'select[name="status"]')!.value = 'spam';
    button(form, /^Filter$/).click();
    const [row] = await rows(el, 1);
    const params = lastList(fake);
    expect(params.get('q')).to.equal('text');
    expect(params.get('thread')).to.equal('/b');
    expect(params.get('status')).to.equal('spam');

    button(form, /^Filter$/).click();
    button(row, /^All by /).click();
    await waitUntil(() => lastList(fake).get('author') === 'key-new', 'the author filter is sent');
    expect(text(form)).to.contain('Author: Author new');
    button(form, /^Show all authors$/).click();
    await waitUntil(() => !lastList(fake).has('author'), 'the author filter is cleared');
  });

  it('edits a comment’s text with PATCH and shows it as edited', async () => {
    const fake = new FakeAdmin({comments: all()});
    const el = await mountAdmin(fake, 'recent');
    const [row] = await rows(el, 2);
    button(row, /^Edit$/).click();
    await waitUntil(() => $(row, 'textarea'), 'the editor opens');
    const area = $<HTMLTextAreaElement>(row, 'textarea')!;
    await waitUntil(() => section(el).shadowRoot!.activeElement === area, 'focus is in it');
    expect(area.value).to.equal('Text of new');
    expect(text($(row, `label[for="${area.id}"]`))).to.equal('Text of the comment');
    area.value = 'Kinder words.';
    button(row, /^Save$/).click();
    await waitUntil(() => text($(row, '.body')) === 'Kinder words.', 'the new text shows');
    const patch = fake.calls('PATCH')[0];
    expect(patch.path).to.equal('/api/admin/comments/new');
    expect(patch.body).to.deep.equal({body: 'Kinder words.'});
    expect(text($(row, '.meta'))).to.contain('edited');
  });

  it('keeps the edited text and shows the error when the server refuses it', async () => {
    const el = await mountAdmin(new FakeAdmin({comments: all()}), 'recent');
    const [row] = await rows(el, 2);
    button(row, /^Edit$/).click();
    await waitUntil(() => $(row, 'textarea'));
    $<HTMLTextAreaElement>(row, 'textarea')!.value = '   ';
    button(row, /^Save$/).click();
    await waitUntil(() => alertText(el).includes('The comment is empty.'), 'the error shows');
    expect($<HTMLTextAreaElement>(row, 'textarea')!.value).to.equal('   ');
    button(row, /^Cancel$/).click();
    await waitUntil(() => !$(row, 'textarea'), 'Cancel closes the editor');
    await waitUntil(
      () => section(el).shadowRoot!.activeElement === row,
      'focus is back on the row',
    );
    expect(text($(row, '.body'))).to.equal('Text of new');
  });

  it('blocks a comment’s author, holding or dropping their new comments', async () => {
    const fake = new FakeAdmin({comments: all()});
    const el = await mountAdmin(fake, 'recent');
    const [row] = await rows(el, 2);
    $<HTMLElement>(row, 'summary')!.click();
    button(row, /hold new comments/).click();
    await waitUntil(() => text(row).includes('Author blocked'), 'the row says so');
    expect(fake.calls('POST').find((r) => r.path === '/api/admin/blocks')!.body).to.deep.equal({
      commentId: 'new',
      action: 'hold',
    });
    expect(text($(section(el), '[role="status"]'))).to.contain('held for review');
  });

  it('deletes any comment, and Undo puts back its status', async () => {
    const fake = new FakeAdmin({comments: all()});
    const el = await mountAdmin(fake, 'recent');
    const [, row] = await rows(el, 2);
    button(row, /^Delete$/).click();
    await waitUntil(() => text($(row, '.meta')).startsWith('Deleted'), 'it shows as deleted');
    button(section(el), /^Undo$/).click();
    await waitUntil(() => text($(row, '.meta')).startsWith('Published'), 'it is back');
    expect(fake.calls('POST').at(-1)!.body).to.deep.equal({status: 'published'});
  });
});
