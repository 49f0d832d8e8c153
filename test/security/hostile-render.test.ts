import {expect} from '@open-wc/testing';
import {createMemoryAdapter} from '../../src/adapters/memory.js';
import type {NatterComments} from '../../src/components/natter-comments/natter-comments.js';
import {displayName} from '../../src/core/display-name.js';
import {safeUrl} from '../../src/core/url.js';
import {CORPUS, type HostileInput} from './corpus.js';
import {markupProblems, provoke, settle, squash, watchForScripts} from './detector.js';
import {
  article,
  everythingShown,
  hostileComment,
  mountSection,
  rawAdapter,
  revealIncoming,
  shown,
  THREAD,
} from './support.js';

// Every payload of the corpus in every field, through every way a comment
// reaches the screen as plain text: the first page, a live event, from an
// adapter that cleans what it stores (memory) and from one that does not.

/** What is wrong with how one hostile comment is shown; empty when all is well. */
function faults(el: NatterComments, input: HostileInput, leaksEmail: boolean): string[] {
  const comment = article(el, input.id);
  if (!comment) return ['not rendered'];
  const found = markupProblems(comment);
  const {name, website, body} = shown(comment);
  const expectedName = displayName(input.payload) || 'Anonymous';
  if (name !== expectedName) found.push(`name shown as ${JSON.stringify(name.slice(0, 60))}`);
  const safe = safeUrl(input.payload);
  if (website !== undefined && website !== safe) found.push(`website link ${website}`);
  if (!squash(body).includes(squash(input.payload))) found.push('body text lost');
  if (leaksEmail && everythingShown(el).includes(`never-shown-${input.id}@`)) {
    found.push('email shown');
  }
  return found;
}

async function expectAllInert(el: NatterComments, leaksEmail: boolean, hits: () => string[]) {
  provoke(el.shadowRoot!);
  await settle();
  const report: string[] = [];
  for (const input of CORPUS) {
    for (const fault of faults(el, input, leaksEmail)) {
      report.push(`${input.id} ${JSON.stringify(input.payload.slice(0, 50))}: ${fault}`);
    }
  }
  expect(report, report.join('\n')).to.deep.equal([]);
  expect(markupProblems(el.shadowRoot!)).to.deep.equal([]);
  expect(hits()).to.deep.equal([]);
}

describe('hostile input rendered as plain text', () => {
  let detector: ReturnType<typeof watchForScripts>;
  beforeEach(() => (detector = watchForScripts()));
  afterEach(() => detector.stop());
  const hits = () => detector.hits;

  it('shows every payload inertly on the first page (memory adapter seed)', async () => {
    const seed = CORPUS.map((input) => hostileComment(input));
    const el = await mountSection(createMemoryAdapter({seed: {[THREAD]: seed}}));
    await expectAllInert(el, true, hits);
  });

  it('shows every payload inertly from an adapter that cleans nothing', async () => {
    const {adapter} = rawAdapter(CORPUS.map((input) => hostileComment(input)));
    const el = await mountSection(adapter);
    await expectAllInert(el, true, hits);
  });

  it('shows every payload inertly when it arrives as a live event (memory inject)', async () => {
    const adapter = createMemoryAdapter();
    const el = await mountSection(adapter);
    for (const input of CORPUS) adapter.inject(THREAD, hostileComment(input));
    await revealIncoming(el);
    await expectAllInert(el, true, hits);
  });

  it('shows every payload inertly from a live event of an adapter that cleans nothing', async () => {
    const raw = rawAdapter([]);
    const el = await mountSection(raw.adapter);
    for (const input of CORPUS) raw.emit({type: 'created', comment: hostileComment(input)});
    await revealIncoming(el);
    await expectAllInert(el, true, hits);
  });

  it('keeps a payload inert when a live update replaces a shown comment', async () => {
    const first = CORPUS.map((input) => hostileComment(input, {body: 'harmless'}));
    const raw = rawAdapter(first);
    const el = await mountSection(raw.adapter);
    for (const input of CORPUS) raw.emit({type: 'updated', comment: hostileComment(input)});
    await el.updateComplete;
    await expectAllInert(el, true, hits);
  });
});
