import {expect, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {createMemoryAdapter} from '../../src/adapters/memory.js';
import type {NatterReplyForm} from '../../src/components/natter-reply-form/natter-reply-form.js';
import {
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

const tab = (el: NatterReplyForm, which: 'write' | 'preview') =>
  part<HTMLButtonElement>(el, `#${which}-tab`);
const panel = (el: NatterReplyForm, which: 'write' | 'preview') => part(el, `#${which}-panel`);

async function markdownForm(): Promise<NatterReplyForm> {
  localStorage.clear();
  return makeForm(createMemoryAdapter());
}

describe('<natter-reply-form> Write and Preview', () => {
  it('offers the tabs only where the backend keeps Markdown', async () => {
    const plain = await makeForm(fakeAdapter().adapter);
    expect(plain.shadowRoot!.querySelector('[role="tablist"]')).to.equal(null);
    const el = await markdownForm();
    const tabs = [...el.shadowRoot!.querySelectorAll('[role="tab"]')];
    expect(tabs.map((t) => t.textContent!.trim())).to.deep.equal(['Write', 'Preview']);
    expect(tab(el, 'write').getAttribute('aria-selected')).to.equal('true');
    expect(panel(el, 'preview').hidden).to.equal(true);
  });

  it('previews the text with the comment renderer, never as HTML', async () => {
    const el = await markdownForm();
    await typeInto(el, 'body', '**Bold** and <img src=x onerror=alert(1)>\n\n> quoted');
    tab(el, 'preview').click();
    await waitUntil(() => panel(el, 'preview').querySelector('.body.md'), 'no preview');
    const preview = panel(el, 'preview');
    expect(panel(el, 'write').hidden).to.equal(true);
    expect(tab(el, 'preview').getAttribute('aria-selected')).to.equal('true');
    expect(preview.querySelector('strong')!.textContent).to.equal('Bold');
    expect(preview.querySelector('img')).to.equal(null);
    expect(preview.textContent).to.contain('<img src=x onerror=alert(1)>');
    expect(preview.querySelector('blockquote')!.textContent!.trim()).to.equal('quoted');
    await expect(el).to.be.accessible();
  });

  it('says when there is nothing to preview', async () => {
    const el = await markdownForm();
    tab(el, 'preview').click();
    await el.updateComplete;
    expect(panel(el, 'preview').textContent!.trim()).to.equal('Nothing to preview yet.');
  });

  it('moves between the tabs with the arrow keys, Home and End', async () => {
    const el = await markdownForm();
    tab(el, 'write').focus();
    await sendKeys({press: 'ArrowRight'});
    await el.updateComplete;
    expect(focused(el)).to.equal(tab(el, 'preview'));
    expect(tab(el, 'preview').getAttribute('aria-selected')).to.equal('true');
    expect(tab(el, 'preview').tabIndex).to.equal(0);
    expect(tab(el, 'write').tabIndex).to.equal(-1);
    await sendKeys({press: 'ArrowLeft'});
    await el.updateComplete;
    expect(focused(el)).to.equal(tab(el, 'write'));
    await sendKeys({press: 'End'});
    await el.updateComplete;
    expect(focused(el)).to.equal(tab(el, 'preview'));
    await sendKeys({press: 'Home'});
    await el.updateComplete;
    expect(focused(el)).to.equal(tab(el, 'write'));
    expect(panel(el, 'write').hidden).to.equal(false);
  });

  it('keeps the draft across the tabs and posts from the preview', async () => {
    const el = await markdownForm();
    await fillValid(el, 'Posted *from* the preview');
    tab(el, 'preview').click();
    await el.updateComplete;
    tab(el, 'write').click();
    await el.updateComplete;
    expect(field(el, 'body').value).to.equal('Posted *from* the preview');
    tab(el, 'preview').click();
    await el.updateComplete;
    submitButton(el).click();
    await waitUntil(() => field(el, 'body').value === '', 'not posted');
    await settle(el);
    // Back to the comment box for the next comment.
    expect(tab(el, 'write').getAttribute('aria-selected')).to.equal('true');
  });

  it('shows the comment box again when the text has a problem', async () => {
    const el = await markdownForm();
    tab(el, 'preview').click();
    await el.updateComplete;
    submitButton(el).click();
    await waitUntil(() => el.shadowRoot!.querySelector('#body-error'), 'no error');
    expect(panel(el, 'write').hidden).to.equal(false);
    await waitUntil(() => focused(el) === field(el, 'body'), 'comment box not focused');
  });

  it('lists the formatting a comment may use', async () => {
    const el = await markdownForm();
    const help = part<HTMLDetailsElement>(el, 'details.formatting');
    expect(help.querySelector('summary')!.textContent).to.equal('Formatting');
    const examples = [...help.querySelectorAll('li')].map((li) => li.textContent!.trim());
    expect(examples).to.include.members(['*italic*', '**bold**', '> quote', '- list item']);
    expect(examples).to.include('[link](https://example.com)');
  });
});
