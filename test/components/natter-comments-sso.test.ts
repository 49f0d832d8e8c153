import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import {AdapterError} from '../../src/adapters/errors.js';
import type {CommentsAdapter, NewComment} from '../../src/adapters/types.js';
import type {NatterComments} from '../../src/components/natter-comments/natter-comments.js';
import type {NatterReplyForm} from '../../src/components/natter-reply-form/natter-reply-form.js';
import {fakeUserToken} from '../support/user-token.js';
import {$, article, makeComment, memory, text, THREAD} from './natter-comments-support.js';

const TOKEN = fakeUserToken({sub: 'u1', name: 'Grace Hopper', exp: 2e9});
const EXPIRED = 'Your sign-in has expired; reload the page to sign in again.';

/** A memory backend that records the tokens it is given and may refuse them like a server. */
function signInBackend(options: {refuse?: boolean} = {}) {
  const comments = [
    makeComment('signed', null, 'Grace Hopper', 2, {
      author: {name: 'Grace Hopper', verified: true},
    }),
    makeComment('typed', null, 'Grace Hopper', 1),
  ];
  const backend = memory([]);
  const tokens: (string | null)[] = [];
  const drafts: NewComment[] = [];
  const adapter: CommentsAdapter = {
    capabilities: backend.capabilities,
    list: async () => ({comments, total: comments.length}),
    async create(thread, draft, createOptions) {
      drafts.push(draft);
      if (options.refuse) {
        throw new AdapterError('forbidden', EXPIRED, {field: 'userToken', status: 403});
      }
      return backend.create(thread, draft, createOptions);
    },
    setUserToken: (token) => tokens.push(token),
  };
  return {adapter, tokens, drafts};
}

async function mountSignedIn(
  adapter: CommentsAdapter,
  attrs: {token?: string; signOut?: string} = {},
): Promise<NatterComments> {
  const loaded = oneEvent(document, 'natter-loaded');
  const el = await fixture<NatterComments>(
    html`<natter-comments
      loading="eager"
      thread=${THREAD}
      user-token=${attrs.token ?? TOKEN}
      sign-out-url=${attrs.signOut ?? ''}
      .adapter=${adapter}
    ></natter-comments>`,
  );
  await loaded;
  await el.updateComplete;
  const form = replyForm(el);
  await form.updateComplete;
  return el;
}

const replyForm = (el: NatterComments) => $(el, 'natter-reply-form') as unknown as NatterReplyForm;
const formPart = (el: NatterComments, selector: string) =>
  replyForm(el).shadowRoot!.querySelector<HTMLElement>(selector);

describe('natter-comments: signed in through the site', () => {
  beforeEach(() => localStorage.clear());

  it('hands the token to the backend before loading and says "Commenting as" its name', async () => {
    const {adapter, tokens} = signInBackend();
    const el = await mountSignedIn(adapter, {signOut: '/account/sign-out'});
    expect(tokens[0]).to.equal(TOKEN);
    expect(text(formPart(el, '.signed-in span'))).to.equal('Commenting as Grace Hopper');
    expect(formPart(el, '#name')).to.equal(null);
    expect(formPart(el, '#email')).to.equal(null);
    const link = formPart(el, 'a.sign-out') as HTMLAnchorElement;
    expect(text(link)).to.equal('Sign out');
    expect(link.href).to.equal(new URL('/account/sign-out', document.baseURI).href);
    await expect(el).to.be.accessible();
  });

  it('shows no sign-out link without a sign-out-url, nor one with a script URL', async () => {
    const el = await mountSignedIn(signInBackend().adapter);
    expect(text(formPart(el, '.signed-in span'))).to.equal('Commenting as Grace Hopper');
    expect(formPart(el, 'a.sign-out')).to.equal(null);
    const hostile = await mountSignedIn(signInBackend().adapter, {signOut: 'javascript:alert(1)'});
    expect(formPart(hostile, 'a.sign-out')).to.equal(null);
  });

  it('falls back to the anonymous form, sending no token, when the token cannot be read', async () => {
    const {adapter, tokens} = signInBackend();
    const el = await mountSignedIn(adapter, {token: 'not-a-token', signOut: '/out'});
    expect(tokens.length).to.be.greaterThan(0);
    expect(tokens.every((token) => token === null)).to.equal(true);
    expect(formPart(el, '.signed-in')).to.equal(null);
    expect(formPart(el, '#name')).to.not.equal(null);
  });

  it('passes a new token to the backend at once, and signs out with none', async () => {
    const {adapter, tokens} = signInBackend();
    const el = await mountSignedIn(adapter);
    const fresh = fakeUserToken({sub: 'u1', name: 'Grace B. Hopper', exp: 2e9});
    el.userToken = fresh;
    await el.updateComplete;
    await replyForm(el).updateComplete;
    expect(tokens.at(-1)).to.equal(fresh);
    expect(text(formPart(el, '.signed-in span'))).to.equal('Commenting as Grace B. Hopper');
    el.userToken = null;
    await el.updateComplete;
    await replyForm(el).updateComplete;
    expect(tokens.at(-1)).to.equal(null);
    expect(formPart(el, '#name')).to.not.equal(null);
  });

  it('hands over a token the page sets while the first page is still loading', async () => {
    const {adapter, tokens} = signInBackend();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const list = adapter.list;
    adapter.list = async (thread, listOptions) => {
      await gate;
      return list(thread, listOptions);
    };
    const el = await fixture<NatterComments>(
      html`<natter-comments
        loading="eager"
        thread=${THREAD}
        .adapter=${adapter}
      ></natter-comments>`,
    );
    await waitUntil(() => tokens.length > 0, 'the load never began');
    expect(tokens).to.deep.equal([null]);
    el.userToken = TOKEN;
    const loaded = oneEvent(el, 'natter-loaded');
    release();
    await loaded;
    expect(tokens.at(-1)).to.equal(TOKEN);
  });

  it("takes the token's name over the page's unverified user", async () => {
    const {adapter} = signInBackend();
    const el = await mountSignedIn(adapter);
    el.user = {name: 'Typed By The Page'};
    await el.updateComplete;
    await replyForm(el).updateComplete;
    expect(text(formPart(el, '.signed-in span'))).to.equal('Commenting as Grace Hopper');
  });

  it('marks verified authors with an accessible "Verified", and no one else', async () => {
    const el = await mountSignedIn(signInBackend().adapter);
    const mark = article(el, 'signed').querySelector('.verified')!;
    expect(mark.getAttribute('role')).to.equal('img');
    expect(mark.getAttribute('aria-label')).to.equal('Verified');
    expect(mark.getAttribute('title')).to.equal('Verified');
    expect(article(el, 'typed').querySelector('.verified')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('keeps the draft and says what to do when the server refuses the sign-in', async () => {
    const {adapter, drafts} = signInBackend({refuse: true});
    const el = await mountSignedIn(adapter);
    const box = formPart(el, '#body') as HTMLTextAreaElement;
    box.value = 'A thought worth keeping';
    box.dispatchEvent(new InputEvent('input', {bubbles: true, composed: true}));
    (formPart(el, '[part="submit"]') as HTMLButtonElement).click();
    await waitUntil(() => formPart(el, '.notice.failed')?.textContent?.trim(), 'no failure shown');
    expect(text(formPart(el, '.notice.failed'))).to.match(
      /Your sign-in could not be used .*Reload the page to sign in again; your comment stays here\./,
    );
    expect(drafts[0].author.name).to.equal('Grace Hopper');
    expect((formPart(el, '#body') as HTMLTextAreaElement).value).to.equal(
      'A thought worth keeping',
    );
    await expect(el).to.be.accessible();
  });
});
