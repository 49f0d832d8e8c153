import {expect, waitUntil} from '@open-wc/testing';
import {createMemoryAdapter} from '../../src/adapters/memory.js';
import type {CommentsAdapter} from '../../src/adapters/types.js';
import {displayName} from '../../src/core/display-name.js';
import {markdownText} from '../../src/core/markdown-text.js';
import {safeUrl} from '../../src/core/url.js';
import {CORPUS, type HostileInput} from './corpus.js';
import {markupProblems, provoke, settle, squash, watchForScripts} from './detector.js';
import {
  control,
  deferred,
  errorFor,
  fill,
  formIn,
  settleForm,
  submitButton,
} from './form-support.js';
import {everythingShown, mountSection, shown} from './support.js';

// The writer's own comment is shown twice before anyone else sees it: as
// the "sending" stand-in the form puts up at once, and as the pending
// comment the backend answers with. Both are built in the browser from
// what was typed, so both get the corpus.

const EMAIL = 'writer@example.com';

/** A name the form accepts: the payload when it fits, else a plain one. */
function nameFor(input: HostileInput): string {
  const trimmed = input.payload.trim();
  return trimmed && [...trimmed].length <= 80 ? input.payload : 'Writer';
}

/** The memory adapter, holding every comment for moderation and every create until `release`. */
function gatedMemory() {
  const memory = createMemoryAdapter({moderation: 'all'});
  let gate = deferred();
  const adapter: CommentsAdapter = {
    capabilities: memory.capabilities,
    list: (thread, options) => memory.list(thread, options),
    subscribe: (thread, onEvent) => memory.subscribe(thread, onEvent),
    async create(thread, draft, options) {
      await gate.promise;
      return memory.create(thread, draft, options);
    },
  };
  return {
    adapter,
    release() {
      gate.resolve();
      gate = deferred();
    },
  };
}

const sendingIn = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('article.sending');

/** What an input of `type` keeps of `value` (url and email inputs drop line breaks and edge spaces). */
function asTyped(type: string, value: string): string {
  const input = document.createElement(type === 'textarea' ? 'textarea' : 'input');
  if (input instanceof HTMLInputElement) input.type = type;
  input.value = value;
  return input.value;
}

function faultsOf(comment: HTMLElement, input: HostileInput): string[] {
  const found = markupProblems(comment);
  const {name, website, body} = shown(comment);
  const expected = displayName(asTyped('text', nameFor(input)).trim()) || 'Anonymous';
  if (name !== expected) found.push(`name shown as ${JSON.stringify(name.slice(0, 40))}`);
  if (website !== undefined && website !== safeUrl(input.payload)) found.push(`link ${website}`);
  // The backend keeps Markdown: once stored, the text shows without its markup, as plain text
  // or formatted (`__proto__` is a bold "proto"); the stand-in shows the text as typed.
  const sending = comment.classList.contains('sending');
  const text = sending ? input.payload : markdownText(input.payload);
  if (!squash(body).includes(squash(text.trim()))) found.push('body text lost');
  return found;
}

describe('hostile input typed into the reply form', () => {
  let detector: ReturnType<typeof watchForScripts>;
  beforeEach(() => (detector = watchForScripts()));
  afterEach(() => detector.stop());

  it('shows every payload inertly while sending and once pending, or keeps it with an error', async function () {
    // Every payload of the corpus goes through the form: more than the default limit on a busy machine.
    this.timeout(60_000);
    const {adapter, release} = gatedMemory();
    const el = await mountSection(adapter);
    const form = await formIn(el);
    const report: string[] = [];
    const fault = (input: HostileInput, text: string) =>
      report.push(`${input.id} ${JSON.stringify(input.payload.slice(0, 40))}: ${text}`);
    for (const input of CORPUS) {
      const url = safeUrl(input.payload) ? input.payload : '';
      await fill(form, {body: input.payload, name: nameFor(input), email: EMAIL, url});
      submitButton(form).click();
      await settleForm(form);
      const bodyError = errorFor(form, 'body');
      if (bodyError) {
        // Refused before sending (blank or too long): the text stays where it was typed.
        if (control(form, 'body').value !== asTyped('textarea', input.payload)) {
          fault(input, 'draft lost');
        }
        continue;
      }
      await waitUntil(() => sendingIn(el), `${input.id}: no sending comment`);
      const sending = sendingIn(el)!;
      for (const problem of faultsOf(sending, input)) fault(input, `while sending: ${problem}`);
      const id = sending.id;
      release();
      await waitUntil(() => !sendingIn(el) && !submitButton(form).disabled, `${input.id}: stuck`);
      const pending = el.shadowRoot!.querySelector<HTMLElement>('article.pending');
      if (!pending || pending.id === id) {
        // Refused by the backend (the same text twice is a duplicate): the draft stays.
        if (control(form, 'body').value !== asTyped('textarea', input.payload)) {
          fault(input, 'draft lost after refusal');
        }
        continue;
      }
      provoke(pending);
      for (const problem of faultsOf(pending, input)) fault(input, `pending: ${problem}`);
      if (everythingShown(el).includes(EMAIL)) fault(input, 'email shown');
      // Pending comments stay on screen; mark this one done so the next is found.
      pending.classList.remove('pending');
      await settleForm(form);
    }
    await settle();
    expect(report, report.join('\n')).to.deep.equal([]);
    expect(markupProblems(el.shadowRoot!)).to.deep.equal([]);
    expect(detector.hits).to.deep.equal([]);
  });

  it('refuses a website or email it cannot use, keeping what was typed', async () => {
    const {adapter} = gatedMemory();
    const el = await mountSection(adapter);
    const form = await formIn(el);
    const report: string[] = [];
    for (const input of CORPUS) {
      const websiteOk =
        Boolean(safeUrl(input.payload.trim())) && input.payload.trim().length <= 2000;
      const emailOk = /^[^\s@]+@[^\s@]+$/.test(input.payload.trim());
      if (websiteOk && emailOk) continue;
      await fill(form, {body: `Checking ${input.id}`, email: input.payload, url: input.payload});
      submitButton(form).click();
      await settleForm(form);
      if (sendingIn(el)) report.push(`${input.id}: sent`);
      if (!input.payload.trim()) continue; // blank optional website: nothing to refuse
      if (!websiteOk && !errorFor(form, 'url')) report.push(`${input.id}: website accepted`);
      if (!emailOk && !errorFor(form, 'email')) report.push(`${input.id}: email accepted`);
      if (control(form, 'url').value !== asTyped('url', input.payload)) {
        report.push(`${input.id}: website lost`);
      }
      if (control(form, 'email').value !== asTyped('email', input.payload)) {
        report.push(`${input.id}: email lost`);
      }
    }
    await settle();
    expect(report, report.join('\n')).to.deep.equal([]);
    expect(markupProblems(el.shadowRoot!)).to.deep.equal([]);
    expect(detector.hits).to.deep.equal([]);
  });
});
