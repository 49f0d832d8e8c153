import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import {AdapterError} from '../../src/adapters/errors.js';
import type {CommentUpdatedEvent} from '../../src/events/comment-updated-event.js';
import type {CommentDeletedEvent} from '../../src/events/comment-deleted-event.js';
import type {NatterErrorEvent} from '../../src/events/error-event.js';
import type {NatterComments} from '../../src/components/natter-comments/natter-comments.js';
import type {NatterEditForm} from '../../src/components/natter-reply-form/edit-form.js';
import {
  $,
  THREAD,
  announced,
  article,
  makeComment,
  memory,
  mount,
  text,
} from './natter-comments-support.js';

const actionButton = (el: NatterComments, id: string, action: string) =>
  article(el, id).querySelector<HTMLButtonElement>(`.actions [data-action="${action}"]`);

function editForm(el: NatterComments, id: string): NatterEditForm {
  const form = article(el, id).querySelector<NatterEditForm>('.edit-slot natter-edit-form');
  if (!form) throw new Error(`no edit form in ${id}`);
  return form;
}

async function openEdit(el: NatterComments, id: string): Promise<HTMLTextAreaElement> {
  actionButton(el, id, 'edit')!.click();
  await el.updateComplete;
  const form = editForm(el, id);
  await waitUntil(() => form.shadowRoot?.querySelector('#body'), 'the edit box');
  return form.shadowRoot!.querySelector<HTMLTextAreaElement>('#body')!;
}

function type(box: HTMLTextAreaElement, value: string) {
  box.value = value;
  box.dispatchEvent(new InputEvent('input', {bubbles: true, composed: true}));
}

const seed = () => [
  makeComment('mine', null, 'Me', 0.01, {own: true, body: 'My first words'}),
  makeComment('theirs', null, 'Them', 2),
  makeComment('old', null, 'Me', 5, {own: true, body: 'Long ago'}),
];

describe('<natter-comments> edit and delete of one’s own comments', () => {
  beforeEach(() => localStorage.clear());

  it('offers Edit within the window and Delete on own comments only', async () => {
    const el = await mount(memory(seed()));
    expect(actionButton(el, 'mine', 'edit')).to.not.equal(null);
    expect(actionButton(el, 'mine', 'delete')).to.not.equal(null);
    expect(actionButton(el, 'old', 'edit'), 'window closed').to.equal(null);
    expect(actionButton(el, 'old', 'delete')).to.not.equal(null);
    expect(actionButton(el, 'theirs', 'edit')).to.equal(null);
    expect(actionButton(el, 'theirs', 'delete')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('takes the Edit button away when the window closes, without a reload', async () => {
    const adapter = memory([], {editWindowMs: 600});
    const el = await mount(adapter);
    const posted = await adapter.create(
      THREAD,
      {parentId: null, body: 'Quick', author: {name: 'Me', email: 'me@example.com'}},
      {idempotencyKey: 'quick-1'},
    );
    await el.reload();
    expect(actionButton(el, posted.id, 'edit')).to.not.equal(null);
    await waitUntil(() => !actionButton(el, posted.id, 'edit'), 'Edit goes', {timeout: 4000});
    expect(actionButton(el, posted.id, 'delete')).to.not.equal(null);
  });

  it('edits in place, shows "edited" with its time, and tells the page', async () => {
    const el = await mount(memory(seed()));
    const box = await openEdit(el, 'mine');
    expect(box.value).to.equal('My first words');
    expect(editForm(el, 'mine').shadowRoot!.querySelector('#name'), 'no identity fields').to.equal(
      null,
    );
    await expect(el).to.be.accessible();
    type(box, 'My better words');
    const updated = oneEvent(el, 'natter-comment-updated') as Promise<CommentUpdatedEvent>;
    editForm(el, 'mine').shadowRoot!.querySelector<HTMLButtonElement>('[type="submit"]')!.click();
    expect((await updated).comment.body).to.equal('My better words');
    await announced(el, /saved/);
    await waitUntil(() => !article(el, 'mine').querySelector('.edit-slot'), 'edit closes');
    expect(text(article(el, 'mine').querySelector('.body'))).to.equal('My better words');
    const edited = article(el, 'mine').querySelector('.edited')!;
    expect(text(edited)).to.match(/^edited ?Edited .+/);
    expect(edited.getAttribute('title')).to.match(/^Edited /);
    expect(el.shadowRoot!.activeElement).to.equal(article(el, 'mine'));
  });

  it('keeps the edit draft across a reload, and drops it on Cancel', async () => {
    const adapter = memory(seed());
    let el = await mount(adapter);
    type(await openEdit(el, 'mine'), 'Half-way through an edit');
    editForm(el, 'mine').shadowRoot!.querySelector('textarea')!.blur();
    el.remove();
    el = await mount(adapter);
    const box = await openEdit(el, 'mine');
    expect(box.value).to.equal('Half-way through an edit');
    const cancelled = oneEvent(el, 'natter-edit-cancel');
    editForm(el, 'mine').shadowRoot!.querySelector<HTMLButtonElement>('.cancel')!.click();
    await cancelled;
    await el.updateComplete;
    expect(text(article(el, 'mine').querySelector('.body'))).to.equal('My first words');
    expect(el.shadowRoot!.activeElement).to.equal(actionButton(el, 'mine', 'edit'));
    expect((await openEdit(el, 'mine')).value).to.equal('My first words');
  });

  it('keeps the text when a save fails, and says why', async () => {
    const adapter = memory(seed());
    const el = await mount(adapter);
    const box = await openEdit(el, 'mine');
    type(box, 'Text that must survive');
    adapter.failNext(new AdapterError('network', 'offline'));
    const failed = oneEvent(el, 'natter-error') as Promise<NatterErrorEvent>;
    editForm(el, 'mine').shadowRoot!.querySelector<HTMLButtonElement>('[type="submit"]')!.click();
    expect((await failed).context).to.equal('edit');
    const form = editForm(el, 'mine');
    await form.updateComplete;
    expect(text(form.shadowRoot!.querySelector('.notice'))).to.match(/Could not save/);
    expect(form.shadowRoot!.querySelector<HTMLTextAreaElement>('#body')!.value).to.equal(
      'Text that must survive',
    );
    expect(localStorage.getItem(`natter:draft:${THREAD}:edit:mine`)).to.contain('must survive');
    await expect(el).to.be.accessible();
  });

  it('asks before deleting; Keep it and Escape keep the comment', async () => {
    const el = await mount(memory(seed()));
    actionButton(el, 'mine', 'delete')!.click();
    await el.updateComplete;
    const group = article(el, 'mine').querySelector('.confirm[role="group"]')!;
    expect(text(group)).to.contain('Delete your comment?');
    const keep = actionButton(el, 'mine', 'delete-cancel')!;
    await waitUntil(() => el.shadowRoot!.activeElement === keep, 'focus on Keep it');
    await expect(el).to.be.accessible();
    keep.dispatchEvent(
      new KeyboardEvent('keydown', {key: 'Escape', bubbles: true, composed: true}),
    );
    await waitUntil(() => !article(el, 'mine').querySelector('.confirm'), 'question goes');
    expect(el.shadowRoot!.activeElement).to.equal(actionButton(el, 'mine', 'delete'));
    expect(text(article(el, 'mine').querySelector('.body'))).to.equal('My first words');
  });

  it('deletes: a comment without replies goes, one with replies leaves a tombstone', async () => {
    const adapter = memory([...seed(), makeComment('answer', 'old', 'Them', 4)]);
    const el = await mount(adapter);
    const heading = () => text($(el, 'h2'));
    expect(heading()).to.equal('4 comments');
    actionButton(el, 'mine', 'delete')!.click();
    await el.updateComplete;
    const deleted = oneEvent(el, 'natter-comment-deleted') as Promise<CommentDeletedEvent>;
    actionButton(el, 'mine', 'delete-confirm')!.click();
    expect((await deleted).tombstone).to.equal(null);
    await announced(el, /deleted/);
    expect(el.shadowRoot!.getElementById('comment-mine')).to.equal(null);
    actionButton(el, 'old', 'delete')!.click();
    await el.updateComplete;
    actionButton(el, 'old', 'delete-confirm')!.click();
    const second = await (oneEvent(el, 'natter-comment-deleted') as Promise<CommentDeletedEvent>);
    expect(second.tombstone?.status).to.equal('deleted');
    await el.updateComplete;
    expect(text(article(el, 'old'))).to.contain('This comment was deleted.');
    const more = article(el, 'old').parentElement!.querySelector('[data-action="more-replies"]');
    expect(more, 'no "more replies" under the tombstone').to.equal(null);
    expect(article(el, 'answer')).to.not.equal(null);
    expect(heading()).to.equal('2 comments');
    await expect(el).to.be.accessible();
  });

  it('announces a failed delete and keeps the comment', async () => {
    const adapter = memory(seed());
    const el = await mount(adapter);
    actionButton(el, 'mine', 'delete')!.click();
    await el.updateComplete;
    adapter.failNext(new AdapterError('network', 'offline'));
    actionButton(el, 'mine', 'delete-confirm')!.click();
    await announced(el, /could not be deleted/);
    expect(text(article(el, 'mine').querySelector('.body'))).to.equal('My first words');
    await waitUntil(() => el.shadowRoot!.activeElement === actionButton(el, 'mine', 'delete'));
  });

  it('shows another reader’s edit live', async () => {
    const adapter = memory([]);
    const other = adapter.peer();
    const posted = await other.create(
      THREAD,
      {parentId: null, body: 'Typo hree', author: {name: 'Them', email: 'them@example.com'}},
      {idempotencyKey: 'live-edit'},
    );
    const el = await mount(adapter);
    await other.update(THREAD, posted.id, {body: 'Typo here'});
    await waitUntil(
      () => text(article(el, posted.id).querySelector('.body')) === 'Typo here',
      'the edit shows',
    );
    expect(article(el, posted.id).querySelector('.edited')).to.not.equal(null);
    expect(actionButton(el, posted.id, 'edit')).to.equal(null);
  });
});

describe('<natter-comments> without update, remove or vote', () => {
  it('shows no Edit, Delete or vote buttons', async () => {
    const plain = memory(seed());
    const adapter = {list: plain.list.bind(plain), create: plain.create.bind(plain)};
    const el = await fixture<NatterComments>(
      html`<natter-comments
        loading="eager"
        thread=${THREAD}
        .adapter=${adapter}
      ></natter-comments>`,
    );
    await waitUntil(() => el.shadowRoot!.getElementById('comment-mine'));
    const offered = el.shadowRoot!.querySelector(
      '[data-action="edit"], [data-action="delete"], .vote',
    );
    expect(offered).to.equal(null);
  });
});
