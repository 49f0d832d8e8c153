import {expect, oneEvent, waitUntil} from '@open-wc/testing';
import type {CommentsAdapter} from '../src/adapters/types.js';
import type {NatterReplyForm} from '../src/components/natter-reply-form/natter-reply-form.js';
import {defineWhenUsed} from '../src/define-when-used.js';
import {NatterErrorEvent} from '../src/events/error-event.js';

/** A `load` that registers `tag` with a bare element class and counts its calls. */
function countingLoad(tag: string) {
  const load = async () => {
    load.calls++;
    customElements.define(tag, class extends HTMLElement {});
  };
  load.calls = 0;
  return load;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('defineWhenUsed', () => {
  afterEach(() => document.querySelectorAll('.scratch').forEach((node) => node.remove()));

  it('loads nothing while the page has no such element', async () => {
    const load = countingLoad('x-never-used');
    defineWhenUsed('x-never-used', load);
    document.body.append(Object.assign(document.createElement('p'), {className: 'scratch'}));
    await settle();
    expect(load.calls).to.equal(0);
    expect(customElements.get('x-never-used')).to.equal(undefined);
  });

  it('loads once when elements are added later, however deep and however many', async () => {
    const load = countingLoad('x-added-later');
    defineWhenUsed('x-added-later', load);
    const holder = Object.assign(document.createElement('div'), {className: 'scratch'});
    holder.innerHTML = '<section><x-added-later></x-added-later></section>';
    document.body.append(holder);
    holder.append(document.createElement('x-added-later'));
    await customElements.whenDefined('x-added-later');
    document.body.append(
      Object.assign(document.createElement('x-added-later'), {className: 'scratch'}),
    );
    await settle();
    expect(load.calls).to.equal(1);
    expect(holder.querySelector('x-added-later')).to.be.instanceOf(
      customElements.get('x-added-later')!,
    );
  });

  it('reports a failed download on the element and tries again for the next one', async () => {
    let attempts = 0;
    defineWhenUsed('x-flaky', async () => {
      attempts++;
      if (attempts === 1) throw new TypeError('Failed to fetch dynamically imported module');
      customElements.define('x-flaky', class extends HTMLElement {});
    });
    const first = Object.assign(document.createElement('x-flaky'), {className: 'scratch'});
    const failed = oneEvent<NatterErrorEvent>(first, NatterErrorEvent.eventName);
    document.body.append(first);
    const event = await failed;
    expect(event.context).to.equal('load');
    expect(event.error.message).to.contain('Failed to fetch');
    expect(customElements.get('x-flaky')).to.equal(undefined);

    document.body.append(Object.assign(document.createElement('x-flaky'), {className: 'scratch'}));
    await customElements.whenDefined('x-flaky');
    expect(attempts).to.equal(2);
    expect(first).to.be.instanceOf(customElements.get('x-flaky')!);
  });

  it('upgrades a reply form that was set up before its code arrived, keeping its properties', async () => {
    // What <natter-comments> does in the script-tag build: create the form and
    // set its properties while natter-reply-form is not registered yet.
    expect(customElements.get('natter-reply-form')).to.equal(undefined);
    const created: unknown[] = [];
    const adapter: CommentsAdapter = {
      list: async () => ({comments: [], total: 0}),
      async create(thread, draft) {
        created.push({thread, draft});
        return {
          ...draft,
          id: 'c1',
          author: {name: draft.author.name},
          createdAt: new Date().toISOString(),
          status: 'published',
        };
      },
    };
    const form = document.createElement('natter-reply-form') as NatterReplyForm;
    form.className = 'scratch';
    Object.assign(form, {
      adapter,
      thread: '/tides',
      parentId: 'p1',
      parentAuthor: 'Morwenna',
      messages: {replyingTo: 'Answering {name}', submit: 'Send it'},
      lang: 'en',
      user: {name: 'Signed In'},
      requiresEmail: false,
    });
    document.body.append(form);

    defineWhenUsed('natter-reply-form', () =>
      import('../src/components/natter-reply-form/natter-reply-form.js').then((m) =>
        m.NatterReplyForm.define(),
      ),
    );
    await customElements.whenDefined('natter-reply-form');
    await form.updateComplete;
    const root = form.shadowRoot!;
    expect(root.querySelector('h2')!.textContent).to.equal('Answering Morwenna');
    expect(root.querySelector('button[type="submit"]')!.textContent!.trim()).to.equal('Send it');
    // The signed-in user replaces the identity fields.
    expect(root.querySelector('#name')).to.equal(null);
    expect(root.querySelector('.signed-in')!.textContent).to.contain('Signed In');

    const textarea = root.querySelector<HTMLTextAreaElement>('#body')!;
    textarea.value = 'High water was at noon.';
    textarea.dispatchEvent(new InputEvent('input'));
    (root.querySelector('button[type="submit"]') as HTMLButtonElement).click();
    await waitUntil(() => created.length === 1, 'the form posts through the adapter it was given');
    expect(created[0]).to.deep.include({thread: '/tides'});
    expect((created[0] as {draft: {parentId: string}}).draft.parentId).to.equal('p1');
  });
});
