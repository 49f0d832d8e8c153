import {expect, waitUntil} from '@open-wc/testing';
import type {CommentsAdapter} from '../../src/adapters/types.js';
import type {NatterComments} from '../../src/components/natter-comments/natter-comments.js';
import type {NatterReplyForm} from '../../src/components/natter-reply-form/natter-reply-form.js';
import {$, $$, article, memory, mount, text, THREAD} from './natter-comments-support.js';

const form = (el: NatterComments) => $(el, 'natter-reply-form') as unknown as NatterReplyForm;

async function replyTo(el: NatterComments, id: string, body: string) {
  article(el, id).querySelector<HTMLButtonElement>('[data-action="reply"]')!.click();
  await waitUntil(() => form(el).closest('li') === article(el, id).closest('li'), 'form moved');
  await form(el).updateComplete;
  for (const [field, value] of [
    ['body', body],
    ['name', 'Rowan'],
    ['email', 'rowan@example.com'],
  ]) {
    const input = form(el).shadowRoot!.getElementById(field) as HTMLInputElement;
    input.value = value;
    input.dispatchEvent(new InputEvent('input', {bubbles: true, composed: true}));
  }
  form(el).shadowRoot!.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
}

const posted = (el: NatterComments, body: string) =>
  $$(el, 'article').filter((a) => text(a).includes(body) && !a.classList.contains('sending'));

/** The id of the comment whose replies list holds `node`. */
const listedUnder = (node: Element) => node.closest('ol[id^="replies-"]')?.id.slice(8);

describe('natter-comments: where a reply goes', () => {
  beforeEach(() => localStorage.clear());

  it('files a reply where the backend put it, not where Reply was pressed', async () => {
    const adapter = memory();
    // A backend that keeps every reply under its top-level comment.
    const flattening: CommentsAdapter = Object.assign(Object.create(adapter), {
      create: (thread: string, draft: Parameters<CommentsAdapter['create']>[1], options) =>
        adapter.create(thread, {...draft, parentId: draft.parentId ? 'ann' : null}, options),
    } satisfies Partial<CommentsAdapter>);
    const el = await mount(flattening);
    await replyTo(el, 'kay', 'Filed higher up');
    await waitUntil(() => posted(el, 'Filed higher up').length === 1, 'the reply is shown');
    const mine = posted(el, 'Filed higher up')[0];
    expect(listedUnder(mine)).to.equal('ann');
    expect(article(el, 'kay').closest('li')!.contains(mine)).to.equal(false);
  });

  it('answers the nearest comment the backend can hold, naming whom the reader answers', async () => {
    const adapter = memory();
    const twoLevels: CommentsAdapter = Object.assign(Object.create(adapter), {
      capabilities: {...adapter.capabilities, deepestLevel: 2},
    });
    const el = await mount(twoLevels);
    article(el, 'jim').querySelector<HTMLButtonElement>('[data-action="reply"]')!.click();
    await waitUntil(() => form(el).closest('li') === article(el, 'jim').closest('li'));
    await form(el).updateComplete;
    expect(form(el).parentId).to.equal('ann');
    expect(text(form(el).shadowRoot!.querySelector('h2'))).to.contain('Jim');
    await replyTo(el, 'jim', 'Kept at level two');
    await waitUntil(() => posted(el, 'Kept at level two').length === 1, 'the reply is shown');
    expect(listedUnder(posted(el, 'Kept at level two')[0])).to.equal('ann');
    const stored = await adapter.list(THREAD, {});
    expect(stored.comments.find((c) => c.body === 'Kept at level two')?.parentId).to.equal('ann');
  });
});
