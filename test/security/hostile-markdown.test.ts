import {expect, waitUntil} from '@open-wc/testing';
import {createMemoryAdapter} from '../../src/adapters/memory.js';
import type {NatterComments} from '../../src/components/natter-comments/natter-comments.js';
import {NatterReplyForm} from '../../src/components/natter-reply-form/natter-reply-form.js';
import {markdownText} from '../../src/core/markdown-text.js';
import {CORPUS} from './corpus.js';
import {allElements, markupProblems, provoke, settle, watchForScripts} from './detector.js';
import {MARKDOWN_CORPUS, MARKDOWN_ELEMENTS, type MarkdownInput} from './markdown-corpus.js';
import {article, hostileComment, mountSection, rawAdapter, THREAD} from './support.js';

// Markdown is rendered from the parser's tree with createElement and text
// nodes only: every Markdown trick, and every payload of the main corpus
// written as Markdown, must run nothing, make no element outside the
// subset's and no link that is not http(s) or mailto, and show HTML as text.

const ALL: MarkdownInput[] = [
  ...MARKDOWN_CORPUS,
  ...CORPUS.map(({id, payload}) => ({id: `c${id}`, payload})),
];

/** What is wrong with one rendered Markdown body; empty when all is well. */
function faults(body: Element | null | undefined, input: MarkdownInput): string[] {
  if (!body) return ['not rendered'];
  const found = markupProblems(body);
  for (const element of [body, ...allElements(body)]) {
    if (!MARKDOWN_ELEMENTS.has(element.tagName)) found.push(`<${element.tagName}> element`);
    for (const {name} of element.attributes) {
      if (!['class', 'part', 'dir', 'href', 'rel', 'start', 'tabindex'].includes(name)) {
        found.push(`${name} attribute on <${element.tagName}>`);
      }
    }
  }
  if (input.shownAsText !== false) {
    const text = body.textContent ?? '';
    for (const tag of input.payload.match(/<[a-z]+/gi) ?? []) {
      if (!text.includes(tag)) found.push(`${tag} not shown as text`);
    }
  }
  return found;
}

function report(
  inputs: MarkdownInput[],
  bodies: (input: MarkdownInput) => Element | null | undefined,
): string[] {
  const problems: string[] = [];
  for (const input of inputs) {
    for (const fault of faults(bodies(input), input)) {
      problems.push(`${input.id} ${JSON.stringify(input.payload.slice(0, 50))}: ${fault}`);
    }
  }
  return problems;
}

const source = (input: MarkdownInput) => ({
  ...hostileComment({...input, category: 'markup', source: 'natter'}),
  author: {name: 'Writer'},
  markdown: input.payload,
  body: markdownText(input.payload),
});

async function formattedSection(el: NatterComments) {
  // The renderer loads with the first comment that needs it.
  await waitUntil(() => el.shadowRoot!.querySelector('.body.md'), 'no Markdown body', {
    timeout: 10_000,
  });
  await el.updateComplete;
  provoke(el.shadowRoot!);
  await settle();
}

describe('hostile Markdown', () => {
  let detector: ReturnType<typeof watchForScripts>;
  beforeEach(() => (detector = watchForScripts()));
  afterEach(() => detector.stop());

  // A section shows 100 comments a page: the two corpora go to two sections.
  for (const [name, inputs] of [
    ['Markdown tricks', ALL.slice(0, MARKDOWN_CORPUS.length)],
    ['the main corpus as Markdown', ALL.slice(MARKDOWN_CORPUS.length)],
  ] as const) {
    it(`renders ${name} inertly from a backend that keeps Markdown (memory)`, async function () {
      // Payloads of up to 100,000 characters, some making thousands of elements.
      this.timeout(30_000);
      const adapter = createMemoryAdapter({seed: {[THREAD]: inputs.map(source)}});
      const el = await mountSection(adapter);
      await formattedSection(el);
      const problems = report(inputs, (input) => article(el, input.id)?.querySelector('.body'));
      expect(problems, problems.join('\n')).to.deep.equal([]);
      expect(markupProblems(el.shadowRoot!)).to.deep.equal([]);
      expect(detector.hits).to.deep.equal([]);
    });
  }

  it('renders every trick inertly from an adapter that cleans nothing', async function () {
    this.timeout(30_000);
    // The source arrives unchecked, with a plain text that says something else.
    const raw = rawAdapter(ALL.map((input) => ({...source(input), body: 'plain'})));
    const el = await mountSection(raw.adapter);
    await formattedSection(el);
    const problems = report(ALL, (input) => article(el, input.id)?.querySelector('.body'));
    expect(problems, problems.join('\n')).to.deep.equal([]);
    expect(detector.hits).to.deep.equal([]);
  });

  it('keeps every trick inert in the form preview', async function () {
    // Every payload, some of 100,000 characters, through the preview one by one.
    this.timeout(60_000);
    NatterReplyForm.define();
    const form = document.createElement('natter-reply-form');
    form.adapter = createMemoryAdapter();
    form.thread = '/preview';
    document.body.append(form);
    try {
      await form.updateComplete;
      const root = form.shadowRoot!;
      const problems: string[] = [];
      for (const input of ALL) {
        root.querySelector<HTMLButtonElement>('#write-tab')!.click();
        await form.updateComplete;
        const box = root.querySelector('textarea')!;
        box.value = input.payload;
        box.dispatchEvent(new InputEvent('input', {bubbles: true, composed: true}));
        root.querySelector<HTMLButtonElement>('#preview-tab')!.click();
        if (!input.payload.trim()) {
          // White space alone: nothing to preview, said as much.
          await waitUntil(() => root.querySelector('#preview-panel .preview-empty'), input.id);
          continue;
        }
        await waitUntil(() => root.querySelector('#preview-panel .body.md'), input.id, {
          timeout: 5000,
        });
        const body = root.querySelector('#preview-panel .body.md');
        for (const fault of faults(body, input)) problems.push(`${input.id}: ${fault}`);
      }
      provoke(root);
      await settle();
      expect(problems, problems.join('\n')).to.deep.equal([]);
      expect(detector.hits).to.deep.equal([]);
    } finally {
      form.remove();
    }
  });
});
