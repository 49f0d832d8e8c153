import {expect, waitUntil} from '@open-wc/testing';
import {useMockWorker} from '../adapters/support/msw-worker.js';
import {
  freshThread,
  restSection,
  shownCount,
  startServer,
  waitForPosted,
  write,
} from './faults-support.js';
import {control, ctrlEnter, formIn, submitButton, type} from './form-support.js';

// The same draft sent more than once — after a reload, from two tabs, by a
// double click or a repeated Ctrl+Enter — makes one comment, because every
// attempt carries the draft's idempotency key.

describe('one draft, sent again (rest adapter, msw)', () => {
  useMockWorker();
  beforeEach(() => localStorage.clear());

  it('restores a draft whose post was cut off by a reload, and sending it again makes one comment', async () => {
    const server = startServer();
    const thread = freshThread();
    const before = await restSection(thread);
    const form = await write(before, 'Sent just before a reload');
    server.failPosts('hang');
    submitButton(form).click();
    await waitUntil(
      () => server.stored(thread, 'Sent just before a reload').length === 1,
      'not sent',
    );
    // The page goes away while the answer is on its way, and comes back.
    before.remove();
    await new Promise((resolve) => setTimeout(resolve, 50));
    const after = await restSection(thread);
    const restored = await formIn(after);
    expect(control(restored, 'body').value, 'the draft is back').to.equal(
      'Sent just before a reload',
    );
    await type(restored, 'name', 'Writer');
    await type(restored, 'email', 'writer@example.com');
    submitButton(restored).click();
    await waitUntil(() => control(restored, 'body').value === '', 'the sent draft is cleared');
    expect(server.stats.keys).to.have.length(2);
    expect(server.stats.keys[1], 'the same key').to.equal(server.stats.keys[0]);
    expect(server.stored(thread, 'Sent just before a reload')).to.have.length(1);
    expect(shownCount(after, 'Sent just before a reload')).to.equal(1);
  });

  it('makes one comment when two tabs post the same restored draft at once', async () => {
    const server = startServer();
    const thread = freshThread();
    const first = await restSection(thread);
    const firstForm = await write(first, 'Open in two tabs');
    firstForm.shadowRoot!.querySelector('form')!.dispatchEvent(new FocusEvent('focusout'));
    const second = await restSection(thread);
    const secondForm = await formIn(second);
    expect(control(secondForm, 'body').value, 'the other tab restores it').to.equal(
      'Open in two tabs',
    );
    await type(secondForm, 'name', 'Writer');
    await type(secondForm, 'email', 'writer@example.com');
    submitButton(firstForm).click();
    submitButton(secondForm).click();
    await waitForPosted(first, 'Open in two tabs');
    await waitForPosted(second, 'Open in two tabs');
    expect(server.stats.posts).to.equal(2);
    expect(server.stored(thread, 'Open in two tabs')).to.have.length(1);
  });

  it('sends once on a double click', async () => {
    const server = startServer();
    const thread = freshThread();
    const el = await restSection(thread);
    const form = await write(el, 'Double clicked');
    submitButton(form).click();
    submitButton(form).click();
    await waitForPosted(el, 'Double clicked');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(server.stats.posts).to.equal(1);
    expect(server.stored(thread, 'Double clicked')).to.have.length(1);
    expect(shownCount(el, 'Double clicked')).to.equal(1);
  });

  it('sends once when Ctrl+Enter is pressed twice', async () => {
    const server = startServer();
    const thread = freshThread();
    const el = await restSection(thread);
    const form = await write(el, 'Ctrl+Enter twice');
    ctrlEnter(form);
    ctrlEnter(form);
    await waitForPosted(el, 'Ctrl+Enter twice');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(server.stats.posts).to.equal(1);
    expect(server.stored(thread, 'Ctrl+Enter twice')).to.have.length(1);
    expect(shownCount(el, 'Ctrl+Enter twice')).to.equal(1);
  });
});
