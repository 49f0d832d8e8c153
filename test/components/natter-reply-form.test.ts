import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import type {NatterReplyForm} from '../../src/components/natter-reply-form/natter-reply-form.js';
import {format} from '../../src/core/messages.js';
import {ReplyCancelEvent} from '../../src/events/reply-cancel-event.js';
import {
  errorFor,
  fakeAdapter,
  field,
  fillValid,
  focused,
  makeForm,
  part,
  settle,
  submitButton,
  typeInto,
} from './natter-reply-form-support.js';

describe('natter-reply-form', () => {
  beforeEach(() => localStorage.clear());

  it('is accessible when empty', async () => {
    const el = await makeForm(fakeAdapter().adapter);
    await expect(el).to.be.accessible();
  });

  it('is accessible when filled', async () => {
    const el = await makeForm(fakeAdapter().adapter);
    await fillValid(el);
    await typeInto(el, 'url', 'https://ada.example');
    await expect(el).to.be.accessible();
  });

  it('labels every field, marks the optional website and notes that email stays private', async () => {
    const el = await makeForm(fakeAdapter().adapter);
    const labelOf = (id: string) =>
      part(el, `label[for="${id}"]`).textContent!.replace(/\s+/g, ' ').trim();
    expect(labelOf('body')).to.equal(format('commentLabel'));
    expect(labelOf('name')).to.equal(format('nameLabel'));
    expect(labelOf('email')).to.equal(format('emailLabel'));
    expect(labelOf('url')).to.equal(`${format('websiteLabel')} ${format('optionalField')}`);
    expect(labelOf('remember')).to.equal(format('rememberMe'));
    expect(field(el, 'email').getAttribute('aria-describedby')).to.equal('email-note');
    expect(part(el, '#email-note').textContent).to.equal(format('emailNote'));
    expect(el.shadowRoot!.querySelector('form[part="form"]')).to.not.equal(null);
    expect(el.shadowRoot!.querySelectorAll('[part="field"]').length).to.equal(4);
    expect(submitButton(el).getAttribute('part')).to.equal('submit');
  });

  it('hides a honeypot from people: off-screen, out of the tab order and the accessibility tree', async () => {
    const el = await makeForm(fakeAdapter().adapter);
    const trap = field(el, 'homepage') as HTMLInputElement;
    expect(trap.name).to.equal('homepage');
    expect(trap.tabIndex).to.equal(-1);
    expect(trap.autocomplete).to.equal('off');
    expect(trap.closest('[aria-hidden="true"]')).to.not.equal(null);
    const box = trap.getBoundingClientRect();
    expect(box.right).to.be.below(0);
  });

  describe('validation', () => {
    it('shows each message at its field, focuses the first bad field and calls nobody', async () => {
      const {adapter, calls} = fakeAdapter();
      const el = await makeForm(adapter);
      await typeInto(el, 'email', 'not-an-address');
      await typeInto(el, 'url', 'javascript:alert(1)');
      submitButton(el).click();
      await settle(el);
      expect(errorFor(el, 'body')).to.equal(format('errorBodyMissing'));
      expect(errorFor(el, 'name')).to.equal(format('errorNameMissing'));
      expect(errorFor(el, 'email')).to.equal(format('errorEmailInvalid'));
      expect(errorFor(el, 'url')).to.equal(format('errorUrlInvalid'));
      for (const id of ['body', 'name', 'email', 'url']) {
        expect(field(el, id).getAttribute('aria-invalid'), id).to.equal('true');
        expect(field(el, id).getAttribute('aria-describedby'), id).to.contain(`${id}-error`);
      }
      expect(focused(el)).to.equal(field(el, 'body'));
      expect(calls).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('focuses the name when only the name is missing', async () => {
      const {adapter, calls} = fakeAdapter();
      const el = await makeForm(adapter);
      await fillValid(el);
      await typeInto(el, 'name', '');
      submitButton(el).click();
      await settle(el);
      expect(errorFor(el, 'body')).to.equal(undefined);
      expect(errorFor(el, 'name')).to.equal(format('errorNameMissing'));
      expect(focused(el)).to.equal(field(el, 'name'));
      expect(calls).to.have.length(0);
    });

    it('asks for an email address when it is missing', async () => {
      const {adapter, calls} = fakeAdapter();
      const el = await makeForm(adapter);
      await fillValid(el);
      await typeInto(el, 'email', '');
      submitButton(el).click();
      await settle(el);
      expect(errorFor(el, 'email')).to.equal(format('errorEmailMissing'));
      expect(focused(el)).to.equal(field(el, 'email'));
      expect(calls).to.have.length(0);
    });

    it('refuses an over-long comment with its length, keeping every character', async () => {
      const {adapter, calls} = fakeAdapter();
      const el = await makeForm(adapter);
      await fillValid(el, 'x'.repeat(5001));
      submitButton(el).click();
      await settle(el);
      expect(errorFor(el, 'body')).to.equal(format('errorBodyTooLong', {count: 5001, max: 5000}));
      expect(field(el, 'body').value).to.have.length(5001);
      expect(calls).to.have.length(0);
    });

    it('refuses a name over 80 characters', async () => {
      const {adapter, calls} = fakeAdapter();
      const el = await makeForm(adapter);
      await fillValid(el);
      await typeInto(el, 'name', 'n'.repeat(81));
      submitButton(el).click();
      await settle(el);
      expect(errorFor(el, 'name')).to.equal(format('errorNameTooLong', {max: 80}));
      expect(calls).to.have.length(0);
    });

    it('clears a message as soon as the field is fixed', async () => {
      const el = await makeForm(fakeAdapter().adapter);
      submitButton(el).click();
      await settle(el);
      await typeInto(el, 'name', 'Ada');
      expect(errorFor(el, 'name')).to.equal(undefined);
      expect(field(el, 'name').hasAttribute('aria-invalid')).to.equal(false);
      expect(errorFor(el, 'body')).to.equal(format('errorBodyMissing'));
    });
  });

  describe('reply mode', () => {
    it('says whom it answers and fires natter-reply-cancel from Cancel reply', async () => {
      const el = await makeForm(fakeAdapter().adapter, {parentId: 'c7', parentAuthor: 'Grace'});
      expect(part(el, 'h2').textContent).to.equal(format('replyingTo', {name: 'Grace'}));
      const cancel = part<HTMLButtonElement>(el, 'button.cancel');
      expect(cancel.textContent!.trim()).to.equal(format('cancelReply'));
      await expect(el).to.be.accessible();
      setTimeout(() => cancel.click());
      const event = (await oneEvent(el, 'natter-reply-cancel')) as unknown as ReplyCancelEvent;
      expect(event).to.be.instanceOf(ReplyCancelEvent);
      expect(event.parentId).to.equal('c7');
      expect(event.bubbles && event.composed).to.equal(true);
    });

    it('has no Cancel reply at the top level', async () => {
      const el = await makeForm(fakeAdapter().adapter);
      expect(part(el, 'h2').textContent).to.equal(format('formTitle'));
      expect(el.shadowRoot!.querySelector('button.cancel')).to.equal(null);
    });

    it('sends the parent id with the reply', async () => {
      const {adapter, calls} = fakeAdapter();
      const el = await makeForm(adapter, {parentId: 'c7', parentAuthor: 'Grace'});
      await fillValid(el);
      submitButton(el).click();
      await settle(el);
      expect(calls[0].draft.parentId).to.equal('c7');
    });
  });

  describe('signed-in user', () => {
    it('replaces the identity fields with "Commenting as" and posts as that person', async () => {
      const {adapter, calls} = fakeAdapter();
      const user = {name: 'Grace', email: 'grace@example.com', url: 'https://grace.example'};
      const el = await makeForm(adapter, {user});
      for (const id of ['name', 'email', 'url', 'remember']) {
        expect(el.shadowRoot!.querySelector(`#${id}`), id).to.equal(null);
      }
      expect(part(el, '.signed-in').textContent).to.equal(format('commentingAs', {name: 'Grace'}));
      await expect(el).to.be.accessible();
      await typeInto(el, 'body', 'Signed in and sure of it.');
      submitButton(el).click();
      await settle(el);
      expect(calls).to.have.length(1);
      expect(calls[0].draft.author).to.deep.equal({
        name: 'Grace',
        email: 'grace@example.com',
        url: 'https://grace.example/',
      });
    });
  });

  describe('requiresEmail', () => {
    it('makes email optional when false, from the property or the attribute', async () => {
      const {adapter, calls} = fakeAdapter();
      const el = await fixture<NatterReplyForm>(
        html`<natter-reply-form
          thread="/post"
          requires-email="false"
          .adapter=${adapter}
        ></natter-reply-form>`,
      );
      expect(el.requiresEmail).to.equal(false);
      expect(part(el, 'label[for="email"]').textContent).to.contain(format('optionalField'));
      expect(field(el, 'email').required).to.equal(false);
      await typeInto(el, 'body', 'No address needed here.');
      await typeInto(el, 'name', 'Ada');
      submitButton(el).click();
      await settle(el);
      expect(calls).to.have.length(1);
      expect(calls[0].draft.author).to.deep.equal({name: 'Ada'});
    });

    it('is required by default', async () => {
      const el = await makeForm(fakeAdapter().adapter);
      expect(el.requiresEmail).to.equal(true);
      expect(field(el, 'email').required).to.equal(true);
    });

    it('follows an adapter whose backend does not need email', async () => {
      const {adapter} = fakeAdapter();
      const el = await makeForm({...adapter, capabilities: {requiresEmail: false}});
      expect(field(el, 'email').required).to.equal(false);
    });
  });

  it('uses message overrides from the page', async () => {
    const el = await makeForm(fakeAdapter().adapter);
    el.messages = {submit: 'Send it', errorBodyMissing: 'Say something first.'};
    await el.updateComplete;
    expect(submitButton(el).textContent!.trim()).to.equal('Send it');
    submitButton(el).click();
    await settle(el);
    expect(errorFor(el, 'body')).to.equal('Say something first.');
  });

  it('formats numbers in its language', async () => {
    const el = await makeForm(fakeAdapter().adapter);
    el.lang = 'de';
    await fillValid(el, 'x'.repeat(6000));
    submitButton(el).click();
    await settle(el);
    expect(errorFor(el, 'body')).to.contain('6.000');
    expect(el.getAttribute('lang')).to.equal('de');
  });

  it('focus() puts the caret in the comment box', async () => {
    const el = await makeForm(fakeAdapter().adapter);
    el.focus();
    expect(focused(el)).to.equal(field(el, 'body'));
  });

  it('is operable from the keyboard: Tab moves through the fields in order', async () => {
    const el = await makeForm(fakeAdapter().adapter);
    el.focus();
    const order = [];
    for (let i = 0; i < 5; i++) {
      await sendKeys({press: 'Tab'});
      order.push(focused(el)?.id || focused(el)?.getAttribute('type'));
    }
    expect(order).to.deep.equal(['name', 'email', 'url', 'remember', 'submit']);
  });
});
