// Two sections of one page stand in for two tabs: each has its own
// BroadcastChannel, as tabs do, and its own backend without live events, so
// whatever one shows of the other's post came through the channel.
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import '../../src/define.js';
import type {NatterComments} from '../../src/components/natter-comments/natter-comments.js';
import type {NatterReplyForm} from '../../src/components/natter-reply-form/natter-reply-form.js';
import type {CommentsAdapter} from '../../src/adapters/types.js';
import {loadDraft} from '../../src/core/drafts.js';
import {$, THREAD, memory, text} from './natter-comments-support.js';

/** A memory backend without `subscribe`, so only the channel can carry news. */
function quiet(): CommentsAdapter {
  const adapter = memory();
  return {
    list: adapter.list.bind(adapter),
    create: adapter.create.bind(adapter),
    capabilities: adapter.capabilities,
  };
}

async function twoTabs(): Promise<[NatterComments, NatterComments]> {
  // Both sections' first loads, and no listener left behind for the next test.
  const loaded = new Promise<void>((resolve) => {
    let seen = 0;
    const count = () => {
      if (++seen < 2) return;
      document.removeEventListener('natter-loaded', count);
      resolve();
    };
    document.addEventListener('natter-loaded', count);
  });
  const holder = await fixture<HTMLElement>(
    html`<div>
      <natter-comments loading="eager" thread=${THREAD} .adapter=${quiet()}></natter-comments>
      <natter-comments loading="eager" thread=${THREAD} .adapter=${quiet()}></natter-comments>
    </div>`,
  );
  await loaded;
  const [a, b] = [...holder.querySelectorAll('natter-comments')] as NatterComments[];
  await Promise.all([a.updateComplete, b.updateComplete]);
  return [a, b];
}

const form = (el: NatterComments) => $(el, 'natter-reply-form') as unknown as NatterReplyForm;
const box = (el: NatterComments) =>
  form(el).shadowRoot!.getElementById('body') as HTMLTextAreaElement;

async function type(el: NatterComments, id: string, value: string) {
  await form(el).updateComplete;
  const input = form(el).shadowRoot!.getElementById(id) as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new InputEvent('input', {bubbles: true, composed: true}));
}

describe('natter-comments: several tabs of one page', () => {
  beforeEach(() => localStorage.clear());

  it('shows a comment posted in one tab in the other', async () => {
    const [a, b] = await twoTabs();
    await type(a, 'body', 'Posted from the first tab.');
    await type(a, 'name', 'Rowan');
    await type(a, 'email', 'rowan@example.com');
    (form(a).shadowRoot!.querySelector('[part="submit"]') as HTMLButtonElement).click();
    await waitUntil(
      () => text(b.shadowRoot!.querySelector('.thread')).includes('Posted from the first tab.'),
      'the other tab did not show the comment',
    );
    expect(text(b.shadowRoot!.querySelector('h2'))).to.match(/5 comments/);
    // The other tab had taken up the draft; once sent, it is not offered there again.
    await waitUntil(() => box(b).value === '', 'the sent text stayed in the other tab');
  });

  it('shows a draft typed in one tab in the other, and the other cannot overwrite it', async () => {
    const [a, b] = await twoTabs();
    await type(a, 'body', 'Half a thought, typed in the first tab');
    await waitUntil(() => box(b).value === 'Half a thought, typed in the first tab', 'not in step');
    // The second tab leaving (or losing focus) writes nothing it did not type.
    b.remove();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(loadDraft(THREAD, null)?.body).to.equal('Half a thought, typed in the first tab');
  });

  it('keeps each tab’s own text when both are typing', async () => {
    const [a, b] = await twoTabs();
    await type(b, 'body', 'Second tab’s own words');
    await type(a, 'body', 'First tab’s words');
    await waitUntil(() => loadDraft(THREAD, null)?.body === 'First tab’s words');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(box(b).value).to.equal('Second tab’s own words');
    expect(box(a).value).to.equal('First tab’s words');
  });
});
