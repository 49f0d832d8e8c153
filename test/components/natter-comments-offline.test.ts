// Posting while the browser says it is offline: the comment waits in this
// browser's outbox and goes once the connection is back. navigator.onLine
// is overridden here because the test runner talks to the page over the
// network; test/e2e/reader takes Chromium itself offline.
import {expect, waitUntil} from '@open-wc/testing';
import {AdapterError} from '../../src/adapters/errors.js';
import type {NatterComments} from '../../src/components/natter-comments/natter-comments.js';
import type {NatterReplyForm} from '../../src/components/natter-reply-form/natter-reply-form.js';
import {loadDraft} from '../../src/core/drafts.js';
import {loadOutbox} from '../../src/core/outbox.js';
import {$, THREAD, announced, article, memory, mount, text} from './natter-comments-support.js';

let online = true;
before(() => {
  Object.defineProperty(navigator, 'onLine', {configurable: true, get: () => online});
});
after(() => {
  delete (navigator as {onLine?: boolean}).onLine;
});

function goOnline(value: boolean) {
  online = value;
  window.dispatchEvent(new Event(value ? 'online' : 'offline'));
}

const form = (el: NatterComments) => $(el, 'natter-reply-form') as unknown as NatterReplyForm;
const formRoot = (el: NatterComments) => form(el).shadowRoot!;

async function write(el: NatterComments, body: string) {
  await form(el).updateComplete;
  for (const [id, value] of [
    ['body', body],
    ['name', 'Rowan'],
    ['email', 'rowan@example.com'],
  ]) {
    const input = formRoot(el).getElementById(id) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new InputEvent('input', {bubbles: true, composed: true}));
  }
  (formRoot(el).querySelector('[part="submit"]') as HTMLButtonElement).click();
}

const queuedStandIn = (el: NatterComments) =>
  el.shadowRoot!.querySelector<HTMLElement>('article.sending');

describe('natter-comments: offline posting', () => {
  beforeEach(() => {
    localStorage.clear();
    online = true;
  });

  it('keeps a comment written offline and sends it once the connection returns', async () => {
    const adapter = memory();
    let creates = 0;
    const create = adapter.create.bind(adapter);
    adapter.create = (...args) => {
      creates++;
      return create(...args);
    };
    const el = await mount(adapter);
    goOnline(false);
    await write(el, 'Written on a train.');
    await waitUntil(() => queuedStandIn(el), 'no stand-in for the queued comment');
    expect(text(queuedStandIn(el))).to.contain('Will be sent when you are back online.');
    expect(text(formRoot(el).querySelector('[role="status"]'))).to.contain('Saved.');
    expect((formRoot(el).getElementById('body') as HTMLTextAreaElement).value).to.equal('');
    expect(creates, 'nothing is sent while offline').to.equal(0);
    expect(loadOutbox(THREAD)).to.have.length(1);
    await expect(el).to.be.accessible();

    goOnline(true);
    await waitUntil(() => !queuedStandIn(el) && creates === 1, 'the queued comment was not sent');
    const page = await adapter.list(THREAD, {});
    expect(page.comments.filter((c) => c.body === 'Written on a train.')).to.have.length(1);
    expect(loadOutbox(THREAD)).to.deep.equal([]);
    await announced(el, /Comment posted/);
    expect(text(formRoot(el).querySelector('[role="status"]'))).to.equal('Comment posted.');
    // A second "online" finds nothing left to send.
    goOnline(true);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(creates).to.equal(1);
  });

  it('sends what was queued before a reload, with the same idempotency key', async () => {
    goOnline(false);
    const first = await mount(memory());
    await write(first, 'Queued, then the tab closed.');
    await waitUntil(() => loadOutbox(THREAD).length === 1, 'nothing was queued');
    const [{key}] = loadOutbox(THREAD);
    first.remove();

    const adapter = memory();
    const keys: string[] = [];
    const create = adapter.create.bind(adapter);
    adapter.create = (thread, draft, options) => {
      keys.push(options.idempotencyKey);
      return create(thread, draft, options);
    };
    const again = await mount(adapter);
    await waitUntil(() => queuedStandIn(again), 'the queued comment is not shown after a reload');
    expect(text(queuedStandIn(again))).to.contain('back online');
    goOnline(true);
    await waitUntil(() => keys.length === 1 && !queuedStandIn(again), 'not sent after the reload');
    expect(keys).to.deep.equal([key]);
    await waitUntil(() => text(again.shadowRoot!.querySelector('.thread')).includes('tab closed'));
  });

  it('queues a post whose connection drops on the way', async () => {
    const adapter = memory();
    adapter.create = async () => {
      online = false;
      throw new AdapterError('network', 'The connection dropped.');
    };
    const el = await mount(adapter);
    await write(el, 'Sent as the tunnel began.');
    await waitUntil(() => loadOutbox(THREAD).length === 1, 'the failed post was not queued');
    await waitUntil(() => text(queuedStandIn(el)).includes('back online'));
    expect(formRoot(el).querySelector('.error, [role="alert"]')).to.equal(null);
  });

  it('gives a refused queued comment back to its draft with the reason', async () => {
    goOnline(false);
    const adapter = memory();
    const el = await mount(adapter);
    await write(el, 'Refused later.');
    await waitUntil(() => loadOutbox(THREAD).length === 1);
    adapter.failNext(new AdapterError('closed', 'Comments are closed on this page.'));
    goOnline(true);
    await waitUntil(() => loadOutbox(THREAD).length === 0, 'the refused post stayed queued');
    await waitUntil(
      () =>
        (formRoot(el).getElementById('body') as HTMLTextAreaElement | null)?.value ===
          'Refused later.' || loadDraft(THREAD, null)?.body === 'Refused later.',
      'the text did not come back',
    );
    expect(loadDraft(THREAD, null)?.body).to.equal('Refused later.');
    expect(queuedStandIn(el)).to.equal(null);
    expect(article(el, 'ann')).to.be.instanceOf(HTMLElement);
  });

  it('keeps trying on a timer while the server cannot be reached', async () => {
    goOnline(false);
    const adapter = memory();
    const el = await mount(adapter);
    await write(el, 'Tried twice.');
    await waitUntil(() => loadOutbox(THREAD).length === 1);
    adapter.failNext(new AdapterError('network', 'Still unreachable.'));
    goOnline(true);
    await waitUntil(() => text(queuedStandIn(el)).includes('back online'), 'not back in the queue');
    expect(loadOutbox(THREAD)).to.have.length(1);
    // The retry timer's first wait is 5 s.
    await waitUntil(() => loadOutbox(THREAD).length === 0, 'the timer did not retry', {
      timeout: 9000,
    });
  }).timeout(15_000);
});
