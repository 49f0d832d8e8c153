import {expect, waitUntil} from '@open-wc/testing';
import type {NatterComments} from '../../src/components/natter-comments/natter-comments.js';
import type {NatterReplyForm} from '../../src/components/natter-reply-form/natter-reply-form.js';
import type {NewComment} from '../../src/core/types.js';
import {$, memory, mount, text} from './natter-comments-support.js';

const form = (el: NatterComments) => $(el, 'natter-reply-form') as unknown as NatterReplyForm;
const control = (el: NatterComments, id: string) =>
  form(el).shadowRoot!.getElementById(id) as HTMLInputElement | null;

/** A memory backend whose pages say `notify` as given, recording every draft it is sent. */
function backend(notify: boolean) {
  const adapter = memory();
  const drafts: NewComment[] = [];
  return {
    drafts,
    adapter: {
      ...adapter,
      list: async (...args: Parameters<typeof adapter.list>) => ({
        ...(await adapter.list(...args)),
        ...(notify ? {notify: true} : {}),
      }),
      create: (...args: Parameters<typeof adapter.create>) => {
        drafts.push(args[1]);
        return adapter.create(...args);
      },
    },
  };
}

async function fill(el: NatterComments, values: Record<string, string>) {
  await form(el).updateComplete;
  for (const [id, value] of Object.entries(values)) {
    const input = control(el, id)!;
    input.value = value;
    input.dispatchEvent(new InputEvent('input', {bubbles: true, composed: true}));
  }
}

const submit = (el: NatterComments) =>
  (form(el).shadowRoot!.querySelector('[part="submit"]') as HTMLButtonElement).click();

describe('natter-comments: notify me of replies', () => {
  beforeEach(() => localStorage.clear());

  it('offers no box when the backend does not say it can send mail', async () => {
    const {adapter, drafts} = backend(false);
    const el = await mount(adapter);
    await form(el).updateComplete;
    expect(control(el, 'notify')).to.equal(null);
    await fill(el, {body: 'No mail, please', name: 'Rowan', email: 'rowan@example.com'});
    submit(el);
    await waitUntil(() => drafts.length === 1);
    expect(drafts[0].notifyReplies).to.equal(undefined);
  });

  it('offers an unticked box when it does, and the draft carries the choice', async () => {
    const {adapter, drafts} = backend(true);
    const el = await mount(adapter);
    await form(el).updateComplete;
    const box = control(el, 'notify')!;
    expect(box.type).to.equal('checkbox');
    expect(box.checked).to.equal(false, 'off by default');
    const label = form(el).shadowRoot!.querySelector('label[for="notify"]');
    expect(text(label)).to.equal('Notify me of replies by email');
    await expect(el).to.be.accessible();

    box.click();
    await fill(el, {body: 'Tell me about replies', name: 'Rowan', email: 'rowan@example.com'});
    submit(el);
    await waitUntil(() => drafts.length === 1);
    expect(drafts[0].notifyReplies).to.equal(true);
    expect(drafts[0].author.email).to.equal('rowan@example.com');
  });

  it('asks for an email address when the box is ticked without one', async () => {
    const {adapter, drafts} = backend(true);
    const el = await mount({...adapter, capabilities: {requiresEmail: false}});
    await form(el).updateComplete;
    control(el, 'notify')!.click();
    await fill(el, {body: 'Replies to where?', name: 'Rowan'});
    submit(el);
    await waitUntil(() => form(el).shadowRoot!.activeElement?.id === 'email', 'email focused');
    expect(text(form(el).shadowRoot!.querySelector('#email-error'))).to.equal(
      'Please enter your email address.',
    );
    expect(drafts).to.have.length(0);
    control(el, 'notify')!.click();
    submit(el);
    await waitUntil(() => drafts.length === 1, 'posts once the box is unticked');
    expect(drafts[0].notifyReplies).to.equal(undefined);
  });
});
