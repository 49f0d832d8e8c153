import {expect} from '@open-wc/testing';
import {newDraft, saveDraft} from '../../src/core/drafts.js';
import {
  accepted,
  fakeAdapter,
  field,
  fillValid,
  makeForm,
  settle,
  submitButton,
  typeInto,
} from './natter-reply-form-support.js';
import {AdapterError} from '../../src/adapters/errors.js';

const rootKey = 'natter:draft:/post:root';
const stored = (key = rootKey) => {
  const raw = localStorage.getItem(key);
  return raw ? JSON.parse(raw) : null;
};
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const remember = (el: HTMLElement) => el.shadowRoot!.querySelector<HTMLInputElement>('#remember')!;

describe('natter-reply-form drafts', () => {
  beforeEach(() => localStorage.clear());

  it('saves the comment shortly after typing stops, then restores it in a new form', async () => {
    const first = await makeForm(fakeAdapter().adapter);
    await typeInto(first, 'body', 'Half a thought');
    expect(stored()).to.equal(null);
    await wait(400);
    const draft = stored();
    expect(draft.body).to.equal('Half a thought');
    expect(draft.idempotencyKey).to.match(/^[0-9a-f-]{36}$/);
    expect(draft).to.have.all.keys('body', 'idempotencyKey', 'startedAt');
    first.remove();

    // A reload: a new element for the same thread and parent.
    const {adapter, calls} = fakeAdapter();
    const second = await makeForm(adapter);
    expect(field(second, 'body').value).to.equal('Half a thought');
    await typeInto(second, 'name', 'Ada');
    await typeInto(second, 'email', 'ada@example.com');
    submitButton(second).click();
    await settle(second);
    expect(calls[0].options.idempotencyKey).to.equal(draft.idempotencyKey);
  });

  it('saves at once when focus leaves the form and when the page is hidden', async () => {
    const el = await makeForm(fakeAdapter().adapter);
    el.focus();
    await typeInto(el, 'body', 'Leaving now');
    (field(el, 'body') as HTMLElement).blur();
    expect(stored()?.body).to.equal('Leaving now');
    await typeInto(el, 'body', 'Tab closed');
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(stored()?.body).to.equal('Tab closed');
  });

  it('counts elapsed time from when a restored draft was really begun', async () => {
    const begun = Date.now() - 90_000;
    saveDraft('/post', null, {...newDraft(begun), body: 'Started long ago'});
    const {adapter, calls} = fakeAdapter();
    const el = await makeForm(adapter);
    await typeInto(el, 'name', 'Ada');
    await typeInto(el, 'email', 'ada@example.com');
    submitButton(el).click();
    await settle(el);
    expect(calls[0].draft.antispam!.elapsedMs).to.be.at.least(90_000).and.below(100_000);
    expect(calls[0].draft.antispam!.honeypot).to.equal('');
  });

  it('keeps the draft through a failure and forgets it only after success', async () => {
    let fail = true;
    const {adapter} = fakeAdapter(async (call) => {
      if (fail) throw new AdapterError('timeout', 'slow');
      return accepted(call);
    });
    const el = await makeForm(adapter);
    await fillValid(el, 'Precious words');
    submitButton(el).click();
    await settle(el);
    expect(stored()?.body).to.equal('Precious words');
    fail = false;
    submitButton(el).click();
    await settle(el);
    expect(stored()).to.equal(null);
    await wait(400);
    expect(stored()).to.equal(null);
  });

  it('keeps a separate draft per parent when the form moves to a reply and back', async () => {
    const el = await makeForm(fakeAdapter().adapter);
    await typeInto(el, 'body', 'A top-level thought');
    el.parentId = 'c1';
    el.parentAuthor = 'Grace';
    await el.updateComplete;
    expect(field(el, 'body').value).to.equal('');
    await typeInto(el, 'body', 'An answer to Grace');
    el.parentId = null;
    await el.updateComplete;
    expect(field(el, 'body').value).to.equal('A top-level thought');
    expect(stored('natter:draft:/post:c1')?.body).to.equal('An answer to Grace');
    expect(stored()?.body).to.equal('A top-level thought');
    expect(stored('natter:draft:/post:c1').idempotencyKey).not.to.equal(stored().idempotencyKey);
  });

  it('gives two tabs restoring one draft the same key, so both posts are one comment', async () => {
    const writer = await makeForm(fakeAdapter().adapter);
    await typeInto(writer, 'body', 'Posted from two tabs');
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    writer.remove();

    const {adapter, calls} = fakeAdapter();
    const tabA = await makeForm(adapter);
    const tabB = await makeForm(adapter);
    for (const tab of [tabA, tabB]) {
      await typeInto(tab, 'name', 'Ada');
      await typeInto(tab, 'email', 'ada@example.com');
      submitButton(tab).click();
    }
    await settle(tabA);
    await settle(tabB);
    expect(calls).to.have.length(2);
    expect(calls[0].options.idempotencyKey).to.equal(calls[1].options.idempotencyKey);
  });

  it('keeps working, in memory, when localStorage refuses to store anything', async () => {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      const {adapter, calls} = fakeAdapter();
      const el = await makeForm(adapter);
      remember(el).click();
      await fillValid(el, 'Private mode comment');
      await wait(400);
      (field(el, 'body') as HTMLElement).blur();
      submitButton(el).click();
      await settle(el);
      expect(calls).to.have.length(1);
      expect(calls[0].draft.body).to.equal('Private mode comment');
      expect(field(el, 'body').value).to.equal('');
    } finally {
      Storage.prototype.setItem = original;
    }
  });

  describe('remembering name, email and website', () => {
    it('stores them when the box is ticked and fills them in next time', async () => {
      const first = await makeForm(fakeAdapter().adapter);
      await fillValid(first);
      await typeInto(first, 'url', 'https://ada.example');
      remember(first).click();
      expect(JSON.parse(localStorage.getItem('natter:identity')!)).to.deep.equal({
        name: 'Ada',
        email: 'ada@example.com',
        url: 'https://ada.example',
      });
      first.remove();

      const next = await makeForm(fakeAdapter().adapter);
      expect(field(next, 'name').value).to.equal('Ada');
      expect(field(next, 'email').value).to.equal('ada@example.com');
      expect(field(next, 'url').value).to.equal('https://ada.example');
      expect(remember(next).checked).to.equal(true);
    });

    it('keeps the stored copy up to date while the box is ticked', async () => {
      const el = await makeForm(fakeAdapter().adapter);
      remember(el).click();
      await typeInto(el, 'name', 'Ada L.');
      expect(JSON.parse(localStorage.getItem('natter:identity')!).name).to.equal('Ada L.');
    });

    it('stores nothing while the box is unticked, even after posting', async () => {
      const el = await makeForm(fakeAdapter().adapter);
      expect(remember(el).checked).to.equal(false);
      await fillValid(el);
      submitButton(el).click();
      await settle(el);
      expect(localStorage.getItem('natter:identity')).to.equal(null);
      const next = await makeForm(fakeAdapter().adapter);
      expect(field(next, 'name').value).to.equal('');
    });

    it('forgets what was stored when the box is unticked', async () => {
      const el = await makeForm(fakeAdapter().adapter);
      await fillValid(el);
      remember(el).click();
      expect(localStorage.getItem('natter:identity')).to.not.equal(null);
      remember(el).click();
      expect(localStorage.getItem('natter:identity')).to.equal(null);
      await typeInto(el, 'name', 'Still not stored');
      expect(localStorage.getItem('natter:identity')).to.equal(null);
    });
  });
});
