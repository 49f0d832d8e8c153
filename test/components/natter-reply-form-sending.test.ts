import {expect} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {AdapterError} from '../../src/adapters/errors.js';
import type {Comment} from '../../src/core/types.js';
import {format} from '../../src/core/messages.js';
import {CommentFailedEvent} from '../../src/events/comment-failed-event.js';
import {CommentPostedEvent} from '../../src/events/comment-posted-event.js';
import {CommentSendingEvent} from '../../src/events/comment-sending-event.js';
import {NatterErrorEvent} from '../../src/events/error-event.js';
import {
  accepted,
  deferred,
  errorFor,
  fakeAdapter,
  field,
  fillValid,
  focused,
  makeForm,
  notice,
  part,
  settle,
  submitButton,
} from './natter-reply-form-support.js';

const eventNames = [
  'natter-comment-sending',
  'natter-comment-posted',
  'natter-comment-failed',
  'natter-error',
];

function record(target: EventTarget) {
  const events: Event[] = [];
  for (const name of eventNames) target.addEventListener(name, (e) => events.push(e));
  return events;
}

const retryButton = (el: HTMLElement) =>
  el.shadowRoot!.querySelector<HTMLButtonElement>('button.retry');

describe('natter-reply-form sending', () => {
  beforeEach(() => localStorage.clear());

  it('posts, fires sending then posted, clears the draft and says so politely', async () => {
    const {adapter, calls} = fakeAdapter();
    const el = await makeForm(adapter);
    const events = record(document);
    await fillValid(el, '  Well argued, thank you.  ');
    submitButton(el).click();
    await settle(el);

    expect(calls).to.have.length(1);
    const [call] = calls;
    expect(call.thread).to.equal('/post');
    expect(call.draft.body).to.equal('Well argued, thank you.');
    expect(call.draft.author).to.deep.equal({name: 'Ada', email: 'ada@example.com'});
    expect(call.options.idempotencyKey).to.match(/^[0-9a-f-]{36}$/);
    expect(call.options.signal).to.be.instanceOf(AbortSignal);

    expect(events.map((e) => e.type)).to.deep.equal([
      'natter-comment-sending',
      'natter-comment-posted',
    ]);
    const [sending, posted] = events as [CommentSendingEvent, CommentPostedEvent];
    expect(sending).to.be.instanceOf(CommentSendingEvent);
    expect(sending.tempId).to.equal(`temp-${call.options.idempotencyKey}`);
    expect(sending.comment).to.include({
      id: sending.tempId,
      status: 'pending',
      body: 'Well argued, thank you.',
      parentId: null,
    });
    expect(sending.comment.author).to.deep.equal({name: 'Ada'});
    expect(Date.parse(sending.comment.createdAt)).to.be.closeTo(Date.now(), 5000);
    expect(posted).to.be.instanceOf(CommentPostedEvent);
    expect(posted.tempId).to.equal(sending.tempId);
    expect(posted.thread).to.equal('/post');
    expect(posted.comment.status).to.equal('published');

    expect(field(el, 'body').value).to.equal('');
    expect(field(el, 'name').value).to.equal('Ada');
    expect(localStorage.getItem('natter:draft:/post:root')).to.equal(null);
    expect(notice(el)).to.equal(format('posted'));
    expect(part(el, '.notice').getAttribute('role')).to.equal('status');
    await expect(el).to.be.accessible();
  });

  it('says a held comment is awaiting moderation', async () => {
    const {adapter} = fakeAdapter(async (call) => accepted(call, 'pending'));
    const el = await makeForm(adapter);
    await fillValid(el);
    submitButton(el).click();
    await settle(el);
    expect(notice(el)).to.equal(format('postedPending'));
    await expect(el).to.be.accessible();
  });

  it('starts a new key for the next comment once one was accepted', async () => {
    const {adapter, calls} = fakeAdapter();
    const el = await makeForm(adapter);
    await fillValid(el, 'First');
    submitButton(el).click();
    await settle(el);
    await fillValid(el, 'Second');
    submitButton(el).click();
    await settle(el);
    expect(calls).to.have.length(2);
    expect(calls[1].options.idempotencyKey).not.to.equal(calls[0].options.idempotencyKey);
  });

  it('sends the honeypot value and the time since the draft began', async () => {
    const {adapter, calls} = fakeAdapter();
    const el = await makeForm(adapter);
    await new Promise((resolve) => setTimeout(resolve, 60));
    await fillValid(el);
    (field(el, 'homepage') as HTMLInputElement).value = 'http://spam.example';
    submitButton(el).click();
    await settle(el);
    const {antispam} = calls[0].draft;
    expect(antispam?.honeypot).to.equal('http://spam.example');
    expect(antispam?.elapsedMs).to.be.at.least(50).and.below(10000);
  });

  it('is sent with Ctrl+Enter and with Cmd+Enter from the comment box', async () => {
    const {adapter, calls} = fakeAdapter();
    const el = await makeForm(adapter);
    await fillValid(el, 'Keyboard first');
    el.focus();
    await sendKeys({press: 'Control+Enter'});
    await settle(el);
    expect(calls).to.have.length(1);
    expect(calls[0].draft.body).to.equal('Keyboard first');
    await fillValid(el, 'Mac keyboard');
    el.focus();
    await sendKeys({press: 'Meta+Enter'});
    await settle(el);
    expect(calls).to.have.length(2);
    expect(field(el, 'body').value).to.equal('');
  });

  it('posts once while a slow backend answers: double click and Ctrl+Enter twice', async () => {
    const answer = deferred<Comment>();
    const {adapter, calls} = fakeAdapter(() => answer.promise);
    const el = await makeForm(adapter);
    await fillValid(el);
    submitButton(el).click();
    submitButton(el).click();
    await el.updateComplete;
    expect(submitButton(el).disabled).to.equal(true);
    expect(submitButton(el).textContent!.trim()).to.equal(format('submitting'));
    submitButton(el).click();
    el.focus();
    await sendKeys({press: 'Control+Enter'});
    await sendKeys({press: 'Control+Enter'});
    await expect(el).to.be.accessible();
    expect(calls).to.have.length(1);
    answer.resolve(accepted(calls[0]));
    await settle(el);
    expect(calls).to.have.length(1);
    expect(submitButton(el).disabled).to.equal(false);
    expect(notice(el)).to.equal(format('posted'));
  });

  it('keeps the text and lets the reader retry with the same key after a network failure', async () => {
    let fail = true;
    const {adapter, calls} = fakeAdapter(async (call) => {
      if (fail) throw new AdapterError('network', 'offline');
      return accepted(call);
    });
    const el = await makeForm(adapter);
    const events = record(document);
    await fillValid(el, 'Do not lose me');
    submitButton(el).click();
    await settle(el);

    expect(field(el, 'body').value).to.equal('Do not lose me');
    expect(notice(el)).to.equal(format('errorNetwork'));
    expect(retryButton(el)?.textContent?.trim()).to.equal(format('retry'));
    expect(localStorage.getItem('natter:draft:/post:root')).to.contain('Do not lose me');
    expect(events.map((e) => e.type)).to.deep.equal([
      'natter-comment-sending',
      'natter-comment-failed',
      'natter-error',
    ]);
    const failed = events[1] as CommentFailedEvent;
    const sending = events[0] as CommentSendingEvent;
    expect(failed.tempId).to.equal(sending.tempId);
    expect((failed.error as AdapterError).code).to.equal('network');
    const reported = events[2] as NatterErrorEvent;
    expect(reported.context).to.equal('post');
    expect(reported.error).to.equal(failed.error);
    await expect(el).to.be.accessible();

    fail = false;
    retryButton(el)!.click();
    await settle(el);
    expect(calls).to.have.length(2);
    expect(calls[1].options.idempotencyKey).to.equal(calls[0].options.idempotencyKey);
    expect(calls[1].draft.body).to.equal('Do not lose me');
    expect(notice(el)).to.equal(format('posted'));
    expect(retryButton(el)).to.equal(null);
    expect(field(el, 'body').value).to.equal('');
  });

  it('moves focus to Retry when the clicked Post button was disabled under it', async () => {
    const answer = deferred<Comment>();
    const {adapter} = fakeAdapter(() => answer.promise);
    const el = await makeForm(adapter);
    await fillValid(el);
    submitButton(el).focus();
    submitButton(el).click();
    await settle(el);
    expect(submitButton(el).disabled).to.equal(true);
    expect(focused(el)).to.equal(null);
    answer.reject(new AdapterError('server', 'boom', {status: 500}));
    await settle(el);
    expect(focused(el)).to.equal(retryButton(el));
  });

  it('treats a TypeError thrown by an adapter like a network failure, without crashing', async () => {
    const {adapter} = fakeAdapter(async () => {
      throw new TypeError('Failed to fetch');
    });
    const el = await makeForm(adapter);
    const events = record(document);
    await fillValid(el, 'Still here');
    submitButton(el).click();
    await settle(el);
    expect(notice(el)).to.equal(format('errorNetwork'));
    expect(retryButton(el)).to.not.equal(null);
    expect(field(el, 'body').value).to.equal('Still here');
    expect(events.map((e) => e.type)).to.include('natter-error');
    expect((events.at(-1) as NatterErrorEvent).error).to.be.instanceOf(TypeError);
  });

  it('keeps the draft when an adapter resolves without a comment', async () => {
    const {adapter} = fakeAdapter(async () => undefined as unknown as Comment);
    const el = await makeForm(adapter);
    await fillValid(el, 'Nothing came back');
    submitButton(el).click();
    await settle(el);
    expect(notice(el)).to.equal(format('errorNetwork'));
    expect(field(el, 'body').value).to.equal('Nothing came back');
    expect(submitButton(el).disabled).to.equal(false);
    expect(localStorage.getItem('natter:draft:/post:root')).to.contain('Nothing came back');
  });

  describe('explains each refusal', () => {
    async function failWith(error: unknown, props = {}) {
      const {adapter, calls} = fakeAdapter(async () => {
        throw error;
      });
      const el = await makeForm(adapter, props);
      await fillValid(el, 'The text');
      submitButton(el).click();
      await settle(el);
      expect(field(el, 'body').value).to.equal('The text');
      return {el, calls};
    }

    for (const code of ['timeout', 'server'] as const) {
      it(`${code}: offers Retry`, async () => {
        const {el} = await failWith(new AdapterError(code, code));
        expect(notice(el)).to.equal(format('errorNetwork'));
        expect(retryButton(el)).to.not.equal(null);
      });
    }

    it('validation with a field: the server reason at that field, focused', async () => {
      const {el} = await failWith(
        new AdapterError('validation', 'That address bounces.', {field: 'email'}),
      );
      expect(errorFor(el, 'email')).to.equal('That address bounces.');
      expect(field(el, 'email').getAttribute('aria-invalid')).to.equal('true');
      expect(focused(el)).to.equal(field(el, 'email'));
      expect(retryButton(el)).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('validation of something that is not a field: the reason, in the status line', async () => {
      const {el} = await failWith(
        new AdapterError('validation', 'Unknown thread.', {field: 'thread'}),
      );
      expect(notice(el)).to.equal(format('errorRejected', {reason: 'Unknown thread.'}));
      expect(retryButton(el)).to.equal(null);
    });

    it('rate-limited: how long to wait', async () => {
      const {el} = await failWith(new AdapterError('rate-limited', 'slow', {retryAfter: 30}));
      expect(notice(el)).to.equal(format('errorRateLimited', {count: 30}));
      expect(notice(el)).to.contain('30 seconds');
      expect(retryButton(el)).to.not.equal(null);
    });

    it('rate-limited without Retry-After: wait a moment', async () => {
      const {el} = await failWith(new AdapterError('rate-limited', 'slow'));
      expect(notice(el)).to.equal(format('errorRateLimitedSoon'));
    });

    it('duplicate: already posted, and no Retry', async () => {
      const {el} = await failWith(new AdapterError('duplicate', 'dup'));
      expect(notice(el)).to.equal(format('errorDuplicate'));
      expect(retryButton(el)).to.equal(null);
    });

    it('closed: comments are closed and the fields are disabled', async () => {
      const {el, calls} = await failWith(new AdapterError('closed', 'closed'));
      expect(notice(el)).to.equal(format('errorClosed'));
      expect((field(el, 'body') as HTMLTextAreaElement).matches(':disabled')).to.equal(true);
      expect(submitButton(el).disabled).to.equal(true);
      el.focus();
      await sendKeys({press: 'Control+Enter'});
      await settle(el);
      expect(calls).to.have.length(1);
      await expect(el).to.be.accessible();
    });

    it('forbidden: explained, without Retry', async () => {
      const {el} = await failWith(new AdapterError('forbidden', 'origin', {status: 403}));
      expect(notice(el)).to.equal(format('errorForbidden'));
      expect(retryButton(el)).to.equal(null);
    });

    it('not-found while replying: the parent is gone', async () => {
      const {el} = await failWith(new AdapterError('not-found', 'gone', {field: 'parentId'}), {
        parentId: 'c9',
      });
      expect(notice(el)).to.equal(format('errorParentGone'));
    });
  });

  it('lets a post finish when the form is only moved, and aborts it when the form is removed', async () => {
    const answer = deferred<Comment>();
    const {adapter, calls} = fakeAdapter(() => answer.promise);
    const el = await makeForm(adapter);
    await fillValid(el);
    submitButton(el).click();
    await settle(el);
    const host = el.parentElement!;
    host.append(document.createElement('hr'), el);
    await settle(el);
    expect(calls[0].options.signal!.aborted).to.equal(false);
    el.remove();
    await settle(el);
    expect(calls[0].options.signal!.aborted).to.equal(true);
    expect(localStorage.getItem('natter:draft:/post:root')).to.contain('Well argued');
  });

  it('explains, and reports as a config error, a form with no adapter', async () => {
    const el = await makeForm(undefined);
    const errors: NatterErrorEvent[] = [];
    el.addEventListener('natter-error', (e) => errors.push(e));
    await fillValid(el);
    submitButton(el).click();
    await settle(el);
    expect(notice(el)).to.equal(format('errorNotConfigured'));
    expect(errors.map((e) => e.context)).to.deep.equal(['config']);
    expect(field(el, 'body').value).to.not.equal('');
  });

  it('lets the adapter get ready while the person types, before anything is sent', async () => {
    const {adapter, calls} = fakeAdapter();
    const prepared: string[] = [];
    adapter.prepare = (thread) => prepared.push(thread);
    const el = await makeForm(adapter, {thread: '/typing'});
    await fillValid(el, 'Hi');
    expect(calls).to.have.length(0);
    expect(prepared.length).to.be.greaterThan(0);
    expect(new Set(prepared)).to.deep.equal(new Set(['/typing']));
  });
});
