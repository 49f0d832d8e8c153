import {expect, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import type {CommentsAdapter} from '../../src/adapters/types.js';
import type {NatterComments} from '../../src/components/natter-comments/natter-comments.js';
import type {NatterReplyForm} from '../../src/components/natter-reply-form/natter-reply-form.js';
import {saveDraft, newDraft} from '../../src/core/drafts.js';
import {markdownText} from '../../src/core/markdown-text.js';
import type {Comment} from '../../src/core/types.js';
import {$, article, makeComment, memory, mount, THREAD} from './natter-comments-support.js';

/** A comment written in Markdown, as a backend that keeps the source returns it. */
function written(id: string, name: string, source: string, extra: Partial<Comment> = {}) {
  return makeComment(id, null, name, 5, {markdown: source, body: markdownText(source), ...extra});
}

const SOURCE = [
  'A *fine* point, **really**. See [the docs](https://example.com/docs) and `npm test`.',
  '',
  '> quoted line',
  '',
  '- one',
  '- two',
  '',
  '```',
  'const long = "' + 'x'.repeat(300) + '";',
  '```',
].join('\n');

function bodyOf(el: NatterComments, id: string): HTMLElement {
  return article(el, id)!.querySelector<HTMLElement>('[part="body"]')!;
}

async function formatted(el: NatterComments, id: string): Promise<HTMLElement> {
  await waitUntil(() => bodyOf(el, id).classList.contains('md'), 'the Markdown body never showed');
  return bodyOf(el, id);
}

function form(el: NatterComments): NatterReplyForm {
  return $(el, 'natter-reply-form') as unknown as NatterReplyForm;
}

describe('<natter-comments> with Markdown comments', () => {
  it('renders the formatting from the source, with safe links', async () => {
    const el = await mount(memory([written('md', 'Ann', SOURCE)]));
    const body = await formatted(el, 'md');
    expect(body.querySelector('em')!.textContent).to.equal('fine');
    expect(body.querySelector('strong')!.textContent).to.equal('really');
    expect(body.querySelector('p code')!.textContent).to.equal('npm test');
    expect(body.querySelector('blockquote')!.textContent!.trim()).to.equal('quoted line');
    expect([...body.querySelectorAll('ul > li')].map((li) => li.textContent)).to.deep.equal([
      'one',
      'two',
    ]);
    const link = body.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('https://example.com/docs');
    expect(link.getAttribute('rel')).to.equal('nofollow ugc noopener');
    await expect(el).to.be.accessible();
  });

  it('scrolls a long code line inside its block, not the page, at phone width', async () => {
    const el = await mount(memory([written('md', 'Ann', SOURCE)]));
    el.style.display = 'block';
    el.style.width = '360px';
    const body = await formatted(el, 'md');
    const pre = body.querySelector('pre')!;
    expect(pre.scrollWidth).to.be.above(pre.clientWidth);
    expect(pre.getBoundingClientRect().right).to.be.at.most(el.getBoundingClientRect().right + 1);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth + 1);
  });

  it('shows a comment without a source, and a source without markup, as plain text', async () => {
    const el = await mount(
      memory([
        makeComment('plain', null, 'Bo', 4, {body: 'Just *text*'}),
        written('same', 'Cy', 'No markup here.'),
      ]),
    );
    expect(bodyOf(el, 'plain').classList.contains('md')).to.equal(false);
    expect(bodyOf(el, 'plain').textContent).to.contain('Just *text*');
    expect(bodyOf(el, 'same').classList.contains('md')).to.equal(false);
    expect(bodyOf(el, 'same').textContent!.trim()).to.equal('No markup here.');
  });

  it('renders a source from any backend, offering Quote only where it keeps Markdown', async () => {
    const base = memory([makeComment('x', null, 'Ann', 2, {markdown: '*a*', body: 'a'})]);
    const adapter: CommentsAdapter = {
      list: base.list,
      create: base.create,
      capabilities: {...base.capabilities, markdown: false},
    };
    const el = await mount(adapter);
    await formatted(el, 'x');
    expect(article(el, 'x')!.querySelector('[data-action="quote"]')).to.equal(null);
  });
});

describe('Quote', () => {
  beforeEach(() => localStorage.clear());

  it('offers Quote on comments but not on tombstones', async () => {
    const el = await mount(
      memory([
        written('a', 'Ann', 'Hello'),
        makeComment('gone', null, 'X', 4, {status: 'deleted', body: ''}),
        makeComment('r', 'gone', 'Reply', 3),
      ]),
    );
    const quote = article(el, 'a')!.querySelector<HTMLButtonElement>('[data-action="quote"]')!;
    expect(quote.textContent).to.equal('Quote');
    expect(quote.getAttribute('aria-label')).to.equal('Quote Ann');
    expect(article(el, 'gone')!.querySelector('[data-action="quote"]')).to.equal(null);
  });

  it('opens the reply form under the comment with its source quoted', async () => {
    const el = await mount(memory([written('a', 'Ann', 'First *line*\n\nSecond')]));
    article(el, 'a')!.querySelector<HTMLButtonElement>('[data-action="quote"]')!.click();
    await waitUntil(() => {
      const box = form(el)?.shadowRoot?.querySelector('textarea');
      return box && box.value.length > 0;
    });
    expect(form(el).parentId).to.equal('a');
    const box = form(el).shadowRoot!.querySelector('textarea')!;
    expect(box.value).to.equal('> First *line*\n>\n> Second\n\n');
    expect(form(el).shadowRoot!.activeElement).to.equal(box);
    expect(box.selectionStart).to.equal(box.value.length);
    // What the reader types goes after the quote.
    await sendKeys({type: 'Agreed.'});
    expect(box.value.endsWith('\n\nAgreed.')).to.equal(true);
  });

  it('adds the quote after a draft already in progress, keeping it', async () => {
    const draft = newDraft();
    draft.body = 'My earlier thoughts';
    saveDraft(THREAD, 'a', draft);
    const el = await mount(memory([written('a', 'Ann', 'Quoted text')]));
    article(el, 'a')!.querySelector<HTMLButtonElement>('[data-action="quote"]')!.click();
    await waitUntil(() =>
      form(el)?.shadowRoot?.querySelector('textarea')?.value.includes('> Quoted'),
    );
    const box = form(el).shadowRoot!.querySelector('textarea')!;
    expect(box.value).to.equal('My earlier thoughts\n\n> Quoted text\n\n');
  });

  it('posts the quote as Markdown, shown as a block quote', async () => {
    const el = await mount(memory([written('a', 'Ann', 'Quoted text')]));
    article(el, 'a')!.querySelector<HTMLButtonElement>('[data-action="quote"]')!.click();
    await waitUntil(() => form(el)?.shadowRoot?.querySelector('textarea')?.value);
    const root = form(el).shadowRoot!;
    const box = root.querySelector('textarea')!;
    box.value += 'Indeed.';
    box.dispatchEvent(new InputEvent('input', {bubbles: true, composed: true}));
    for (const [id, value] of [
      ['name', 'Rowan'],
      ['email', 'rowan@example.com'],
    ]) {
      const input = root.getElementById(id) as HTMLInputElement;
      input.value = value;
      input.dispatchEvent(new InputEvent('input', {bubbles: true, composed: true}));
    }
    await form(el).updateComplete;
    root.querySelector<HTMLButtonElement>('[part="submit"]')!.click();
    await waitUntil(() => el.shadowRoot!.querySelectorAll('article').length === 2);
    const reply = [...el.shadowRoot!.querySelectorAll('article')][1];
    await waitUntil(() => reply.querySelector('.body.md blockquote'));
    expect(reply.querySelector('blockquote')!.textContent!.trim()).to.equal('Quoted text');
    expect(reply.querySelector('.body > p')!.textContent).to.equal('Indeed.');
  });
});
