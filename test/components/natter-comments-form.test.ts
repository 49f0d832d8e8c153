import {expect, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {AdapterError} from '../../src/adapters/errors.js';
import type {NatterComments} from '../../src/components/natter-comments/natter-comments.js';
import type {NatterReplyForm} from '../../src/components/natter-reply-form/natter-reply-form.js';
import {
  $,
  $$,
  announced,
  article,
  button,
  heading,
  memory,
  mount,
  text,
} from './natter-comments-support.js';

function form(el: NatterComments): NatterReplyForm {
  return $(el, 'natter-reply-form') as unknown as NatterReplyForm;
}

function field(el: NatterComments, id: string): HTMLInputElement {
  return form(el).shadowRoot!.getElementById(id) as HTMLInputElement;
}

async function fill(el: NatterComments, body: string) {
  await form(el).updateComplete;
  for (const [id, value] of [
    ['body', body],
    ['name', 'Rowan'],
    ['email', 'rowan@example.com'],
  ]) {
    const input = field(el, id);
    input.value = value;
    input.dispatchEvent(new InputEvent('input', {bubbles: true, composed: true}));
  }
}

async function submit(el: NatterComments) {
  (form(el).shadowRoot!.querySelector('[part="submit"]') as HTMLButtonElement).click();
}

const replyButton = (el: NatterComments, id: string) =>
  article(el, id).querySelector<HTMLButtonElement>('[data-action="reply"]')!;

describe('natter-comments: replying', () => {
  beforeEach(() => localStorage.clear());

  it('shows one form under the thread with its "Leave a reply" heading', async () => {
    const el = await mount(memory());
    expect($$(el, 'natter-reply-form')).to.have.length(1);
    expect(form(el).closest('li')).to.equal(null);
    await form(el).updateComplete;
    expect(text(form(el).shadowRoot!.querySelector('h2'))).to.equal('Leave a reply');
    expect(form(el).parentId).to.equal(null);
    expect(form(el).requiresEmail).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('moves the form under a comment on Reply, focuses it, and back on Cancel', async () => {
    const el = await mount(memory());
    const reply = replyButton(el, 'jim');
    expect(reply.getAttribute('aria-label')).to.equal('Reply to Jim');
    reply.click();
    await waitUntil(() => form(el).closest('li') === article(el, 'jim').closest('li'));
    expect($$(el, 'natter-reply-form')).to.have.length(1);
    expect(form(el).parentId).to.equal('jim');
    expect(form(el).parentAuthor).to.equal('Jim');
    await waitUntil(() => form(el).shadowRoot!.activeElement?.id === 'body', 'comment box focused');
    expect(text(form(el).shadowRoot!.querySelector('h2'))).to.equal('Replying to Jim');
    await expect(el).to.be.accessible();

    (form(el).shadowRoot!.querySelector('.cancel') as HTMLButtonElement).click();
    await waitUntil(() => form(el).closest('li') === null, 'form back under the thread');
    expect(form(el).parentId).to.equal(null);
    await waitUntil(() => el.shadowRoot!.activeElement === replyButton(el, 'jim'));
  });

  it('works from the keyboard: Reply, type, Cancel', async () => {
    const el = await mount(memory());
    replyButton(el, 'dee').focus();
    await sendKeys({press: 'Enter'});
    await waitUntil(() => form(el).shadowRoot!.activeElement?.id === 'body', 'comment box focused');
    await sendKeys({type: 'Half a thought'});
    expect(field(el, 'body').value).to.equal('Half a thought');
    // Back past the Write tab (the memory backend keeps Markdown) to Cancel.
    await sendKeys({press: 'Shift+Tab'});
    expect(text(form(el).shadowRoot!.activeElement)).to.equal('Write');
    await sendKeys({press: 'Shift+Tab'});
    expect(text(form(el).shadowRoot!.activeElement)).to.equal('Cancel reply');
    await sendKeys({press: 'Enter'});
    await waitUntil(() => el.shadowRoot!.activeElement === replyButton(el, 'dee'), 'focus back');
    expect(form(el).closest('li')).to.equal(null);
  });

  it('shows a reply at once as "Sending…", then the real one, counted once', async () => {
    const adapter = memory(undefined, {latency: 150});
    const el = await mount(adapter);
    replyButton(el, 'jim').click();
    await waitUntil(() => form(el).parentId === 'jim');
    await fill(el, 'A reply of mine');
    await submit(el);
    await waitUntil(() => $(el, '.comment.sending'), 'stand-in shown');
    const standIn = $(el, '.comment.sending')!;
    expect(text(standIn)).to.contain('Sending…');
    expect(text(standIn)).to.contain('A reply of mine');
    expect(standIn.closest('#replies-jim')).to.not.equal(null);
    await waitUntil(() => !$(el, '.comment.sending'), 'stand-in replaced');
    const mine = $$(el, 'article').filter((a) => text(a).includes('A reply of mine'));
    expect(mine).to.have.length(1);
    expect(mine[0].closest('#replies-jim')).to.not.equal(null);
    expect(heading(el)).to.equal('5 comments');
    // The form goes back under the thread and focus goes to the new comment.
    await waitUntil(() => form(el).closest('li') === null);
    await waitUntil(() => el.shadowRoot!.activeElement === mine[0], 'new comment focused');
    await announced(el, /Comment posted/);
    // The adapter's own live echo of the post does not show up as "new".
    await new Promise((r) => setTimeout(r, 100));
    expect($(el, '.new-comments')).to.equal(null);
    expect($$(el, 'article').filter((a) => text(a).includes('A reply of mine'))).to.have.length(1);
  });

  it('marks a held comment as awaiting moderation', async () => {
    const adapter = memory();
    const el = await mount(adapter);
    adapter.holdNext();
    await fill(el, 'Please approve me');
    await submit(el);
    await waitUntil(() =>
      $$(el, 'article').some(
        (a) => /Please approve me/.test(text(a)) && !a.classList.contains('sending'),
      ),
    );
    const mine = $$(el, 'article').find((a) => /Please approve me/.test(text(a)))!;
    expect(text(mine)).to.contain('Your comment is awaiting moderation.');
    expect(mine.querySelectorAll('[data-action="reply"]:not([hidden])').length).to.equal(0);
    await expect(el).to.be.accessible();
  });

  it('takes the stand-in away when the post fails, keeping the text in the form', async () => {
    const adapter = memory();
    const el = await mount(adapter);
    adapter.failNext(new AdapterError('server', 'boom'));
    await fill(el, 'Do not lose me');
    await submit(el);
    await waitUntil(
      () => field(el, 'body').value === 'Do not lose me' && !$(el, '.comment.sending'),
    );
    await waitUntil(() => !$$(el, 'article').some((a) => /Do not lose me/.test(text(a))));
    expect(heading(el)).to.equal('4 comments');
    expect(field(el, 'body').value).to.equal('Do not lose me');
    expect(button(form(el), 'Retry')).to.be.instanceOf(HTMLButtonElement);
  });
});
