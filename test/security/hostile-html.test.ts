import {expect, waitUntil} from '@open-wc/testing';
import {createWordPressAdapter} from '../../src/adapters/wordpress.js';
import type {NatterComments} from '../../src/components/natter-comments/natter-comments.js';
import {displayName} from '../../src/core/display-name.js';
import {decodeEntities} from '../../src/core/html-text.js';
import {sanitizeCommentHtml} from '../../src/core/sanitize.js';
import {CORPUS} from './corpus.js';
import {markupProblems, provoke, settle, squash, watchForScripts} from './detector.js';
import {article, mountSection, shown, wordPressComment, wordPressFetch} from './support.js';

// Backend HTML (WordPress's `content.rendered`) is sanitised when it is
// rendered, and the sanitiser's output is what stays on screen: never
// serialised and parsed again, never edited afterwards.

const ALLOWED = new Set('P BR A EM STRONG B I CODE PRE BLOCKQUOTE UL OL LI'.split(' '));

async function mountWordPress(): Promise<NatterComments> {
  const comments = CORPUS.map((input, i) => wordPressComment(input, i));
  const adapter = createWordPressAdapter({
    endpoint: '/wp-security/wp-json',
    fetch: wordPressFetch(comments),
    rememberPending: false,
  });
  const el = await mountSection(adapter, '7');
  // The sanitiser is loaded on demand; bodies switch to it once it is there.
  await waitUntil(
    () => el.shadowRoot!.querySelectorAll('.body.html').length === CORPUS.length,
    '',
    {
      timeout: 5000,
    },
  );
  return el;
}

/** The HTML body of the comment from corpus entry `index` (WordPress ids start at 1). */
const htmlBody = (el: NatterComments, index: number) =>
  article(el, String(index + 1))?.querySelector<HTMLElement>('.body.html') ?? null;

describe('hostile backend HTML (WordPress bodyHtml)', () => {
  let detector: ReturnType<typeof watchForScripts>;
  beforeEach(() => (detector = watchForScripts()));
  afterEach(() => detector.stop());

  it('runs nothing, keeps only prose markup and keeps the text around an attack', async () => {
    const el = await mountWordPress();
    provoke(el.shadowRoot!);
    await settle(250);
    const report: string[] = [];
    CORPUS.forEach((input, index) => {
      const fault = (text: string) =>
        report.push(`${input.id} ${JSON.stringify(input.payload.slice(0, 50))}: ${text}`);
      const comment = article(el, String(index + 1));
      const body = htmlBody(el, index);
      if (!comment || !body) return fault('not rendered');
      for (const problem of markupProblems(comment)) fault(problem);
      for (const element of body.querySelectorAll('*')) {
        if (!ALLOWED.has(element.tagName)) fault(`<${element.tagName.toLowerCase()}> kept`);
        for (const attribute of element.attributes) {
          if (!['href', 'rel', 'target'].includes(attribute.name)) fault(`${attribute.name} kept`);
        }
      }
      const text = squash(body.textContent ?? '');
      if (!text.includes(`before${input.id}`)) fault('text before the payload lost');
      // Text that is not markup survives (the HTML parser drops NUL characters).
      const plain = input.payload.split('\u0000').join('');
      if (!/[<&]/.test(plain) && !text.includes(squash(plain))) {
        fault('text lost');
      }
      const name = displayName(decodeEntities(input.payload).trim()) || 'Anonymous';
      if (shown(comment).name !== name) fault(`name shown as ${shown(comment).name}`);
    });
    expect(report, report.join('\n')).to.deep.equal([]);
    expect(detector.hits).to.deep.equal([]);
  });

  it('shows exactly what the sanitiser returned, and it parses back to itself', async () => {
    const el = await mountWordPress();
    const report: string[] = [];
    CORPUS.forEach((input, index) => {
      const body = htmlBody(el, index)!;
      const fresh = document.createElement('div');
      fresh.className = body.className;
      fresh.setAttribute('part', 'body');
      fresh.append(sanitizeCommentHtml(wordPressComment(input, index).content.rendered));
      if (!fresh.isEqualNode(body)) report.push(`${input.id}: differs from the sanitiser's output`);
      // Mutation XSS needs markup that turns into something else when its
      // serialisation is parsed again; the shown markup must not.
      const serialised = body.innerHTML;
      const reparsed = document.createElement('template');
      reparsed.innerHTML = serialised;
      if (reparsed.innerHTML !== serialised) report.push(`${input.id}: not stable when re-parsed`);
    });
    expect(report, report.join('\n')).to.deep.equal([]);
  });

  it('never touches a sanitised body again, whatever re-renders the section', async () => {
    const el = await mountWordPress();
    const edits: string[] = [];
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        const target =
          record.target instanceof Element ? record.target : record.target.parentElement;
        if (target?.closest('.body.html')) edits.push(`${record.type} in ${target.tagName}`);
      }
    });
    observer.observe(el.shadowRoot!, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
    try {
      el.lang = 'de';
      await el.updateComplete;
      el.shadowRoot!.querySelector<HTMLSelectElement>('select')?.dispatchEvent(new Event('change'));
      el.maxDepth = 2;
      await el.updateComplete;
      el.lang = 'en';
      await el.updateComplete;
      await settle();
    } finally {
      observer.disconnect();
    }
    expect(edits).to.deep.equal([]);
    expect(el.shadowRoot!.querySelectorAll('.body.html').length).to.equal(CORPUS.length);
  });
});
