import {expect, waitUntil} from '@open-wc/testing';
import {useMockWorker} from '../adapters/support/msw-worker.js';
import {
  expectKeptDraft,
  freshThread,
  restSection,
  shownCount,
  startServer,
  waitForPosted,
  write,
} from './faults-support.js';
import {retryButton, submitButton} from './form-support.js';

// A post that meets a fault ends in exactly one comment, or in the draft
// kept with a Retry that then makes exactly one: never none with the text
// gone, never two. The server honours idempotency keys like the real one.

describe('faults while posting (rest adapter, msw)', () => {
  useMockWorker();
  beforeEach(() => localStorage.clear());

  it('keeps the draft when the network is down, and Retry posts it once', async () => {
    const server = startServer();
    const thread = freshThread();
    const el = await restSection(thread);
    const form = await write(el, 'Written while offline');
    server.failPosts('offline');
    submitButton(form).click();
    await expectKeptDraft(el, thread, 'Written while offline');
    retryButton(form)!.click();
    await waitForPosted(el, 'Written while offline');
    expect(server.stored(thread, 'Written while offline')).to.have.length(1);
  });

  it('makes one comment when the answer was lost after the server stored it', async () => {
    const server = startServer();
    const thread = freshThread();
    const el = await restSection(thread);
    const form = await write(el, 'The answer got lost');
    server.failPosts('lost-answer');
    submitButton(form).click();
    await expectKeptDraft(el, thread, 'The answer got lost');
    expect(server.stored(thread, 'The answer got lost'), 'stored once already').to.have.length(1);
    retryButton(form)!.click();
    await waitForPosted(el, 'The answer got lost');
    expect(server.stored(thread, 'The answer got lost')).to.have.length(1);
    expect(server.stats.posts).to.equal(2);
  });

  it('retries a lost answer by itself with the same key, making one comment', async () => {
    const server = startServer();
    const thread = freshThread();
    const el = await restSection(thread, {retries: 2});
    const form = await write(el, 'Retried without asking');
    server.failPosts('lost-answer', 'offline');
    submitButton(form).click();
    await waitForPosted(el, 'Retried without asking');
    expect(server.stats.posts).to.equal(3);
    expect(server.stored(thread, 'Retried without asking')).to.have.length(1);
  });

  it('keeps the draft after a timeout, and Retry returns the comment the slow server made', async () => {
    const server = startServer({slowMs: 800});
    const thread = freshThread();
    const el = await restSection(thread, {timeout: 150});
    const form = await write(el, 'Slow server');
    server.failPosts('slow');
    submitButton(form).click();
    await expectKeptDraft(el, thread, 'Slow server');
    retryButton(form)!.click();
    await waitForPosted(el, 'Slow server');
    expect(server.stored(thread, 'Slow server')).to.have.length(1);
  });

  it('keeps the draft after a 500, and Retry posts it once', async () => {
    const server = startServer();
    const thread = freshThread();
    const el = await restSection(thread);
    const form = await write(el, 'Server error');
    server.failPosts('status-500');
    submitButton(form).click();
    await expectKeptDraft(el, thread, 'Server error');
    expect(server.stored(thread, 'Server error')).to.have.length(0);
    retryButton(form)!.click();
    await waitForPosted(el, 'Server error');
    expect(server.stored(thread, 'Server error')).to.have.length(1);
  });

  it('reconnects a dropped event stream and still shows what others post', async () => {
    const server = startServer();
    server.dropStreams(2);
    const thread = freshThread();
    const el = await restSection(thread);
    await waitUntil(() => server.stats.streams >= 3, 'the stream was not reopened', {
      timeout: 5000,
    });
    server.postAsOther(thread, 'Posted after the outage');
    await waitUntil(() => el.shadowRoot!.querySelector('.new-comments'), 'no live comment', {
      timeout: 5000,
    });
    el.shadowRoot!.querySelector<HTMLButtonElement>('.new-comments')!.click();
    await el.updateComplete;
    expect(shownCount(el, 'Posted after the outage')).to.equal(1);
  });

  it('shows its own comment once even when the live stream delivers it too', async () => {
    const server = startServer();
    const thread = freshThread();
    const el = await restSection(thread);
    await waitUntil(() => server.stats.streams >= 1, 'no stream', {timeout: 5000});
    const form = await write(el, 'Heard twice');
    submitButton(form).click();
    await waitForPosted(el, 'Heard twice');
    await new Promise((resolve) => setTimeout(resolve, 200));
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('.new-comments');
    button?.click();
    await el.updateComplete;
    expect(shownCount(el, 'Heard twice')).to.equal(1);
  });
});
