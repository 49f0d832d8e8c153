import {expect, waitUntil} from '@open-wc/testing';
import {sanitizeCommentHtml} from '../../src/core/sanitize.js';

// WordPress bodies are HTML from the backend: whatever a plugin, an old
// import or an attacker put there must come out inert. Every payload below
// calls `ran()` if it ever executes.
declare global {
  interface Window {
    natterXss?: string[];
  }
}

const ran = (name: string) => `(window.natterXss=window.natterXss||[]).push('${name}')`;

const PAYLOADS: Record<string, string> = {
  'img onerror': `<p>Hi<img src=x onerror="${ran('img')}"></p>`,
  script: `<script>${ran('script')}</script><p>after</p>`,
  'javascript: link': `<a href="javascript:${ran('link')}">click</a>`,
  'obfuscated javascript: link': `<a href="  jav&#x09;ascript:${ran('link2')}">click</a>`,
  'svg onload': `<svg onload="${ran('svg')}"><circle r=5></circle></svg>`,
  'noscript mutation': `<noscript><p title="</noscript><img src=x onerror=${ran('noscript')}>"></noscript>`,
  'math/style mutation': `<math><mtext><table><mglyph><style><img src=x onerror=${ran('math')}>`,
  'form/svg mutation': `<form><math><mtext></form><form><mglyph><svg><mtext><style><path id="</style><img onerror=${ran('form')} src>">`,
  'iframe srcdoc': `<iframe srcdoc="<script>parent.${ran('iframe')}</script>"></iframe>`,
  'event on allowed tag': `<p onmouseover="${ran('p')}" onclick="${ran('p2')}">text</p>`,
  'details ontoggle': `<details open ontoggle="${ran('details')}"><summary>s</summary></details>`,
  'template content': `<template><img src=x onerror=${ran('template')}></template>`,
};

const ALLOWED = new Set([
  'P',
  'BR',
  'A',
  'EM',
  'STRONG',
  'B',
  'I',
  'CODE',
  'PRE',
  'BLOCKQUOTE',
  'UL',
  'OL',
  'LI',
]);

function mount(html: string): HTMLElement {
  const holder = document.createElement('div');
  holder.append(sanitizeCommentHtml(html));
  document.body.append(holder);
  return holder;
}

async function settle() {
  // Long enough for an image error, a load event or a toggle to fire.
  await new Promise((resolve) => setTimeout(resolve, 150));
  await new Promise(requestAnimationFrame);
}

describe('sanitizeCommentHtml', () => {
  afterEach(() => {
    delete window.natterXss;
  });

  for (const [name, payload] of Object.entries(PAYLOADS)) {
    it(`leaves nothing that runs: ${name}`, async () => {
      const holder = mount(payload);
      holder.querySelectorAll('p').forEach((p) => p.dispatchEvent(new MouseEvent('mouseover')));
      await settle();
      expect(window.natterXss, `ran: ${window.natterXss?.join(', ')}`).to.equal(undefined);
      for (const element of holder.querySelectorAll('*')) {
        expect(ALLOWED.has(element.tagName), element.tagName).to.equal(true);
        for (const attr of element.attributes) {
          expect(['href', 'rel', 'target']).to.include(attr.name);
        }
      }
      for (const link of holder.querySelectorAll('a[href]')) {
        expect((link as HTMLAnchorElement).protocol).to.be.oneOf(['http:', 'https:', 'mailto:']);
      }
      holder.remove();
    });
  }

  it('keeps the prose a comment may use', () => {
    const holder = mount(
      '<p>One <em>two</em> <strong>three</strong><br><code>x &lt; y</code></p>' +
        '<blockquote>quoted</blockquote><ul><li>item</li></ul>',
    );
    expect(holder.innerHTML).to.equal(
      '<p>One <em>two</em> <strong>three</strong><br><code>x &lt; y</code></p>' +
        '<blockquote>quoted</blockquote><ul><li>item</li></ul>',
    );
    holder.remove();
  });

  it('drops aria-* and role, so a comment cannot hide itself or relabel a link', () => {
    const holder = mount(
      '<p aria-hidden="true" role="presentation">hidden from readers</p>' +
        '<a href="https://evil.example/" aria-label="Reply to Ada" aria-describedby="x" ' +
        'role="button">download</a><ul role="menu" aria-owns="nav"><li aria-live="assertive" ' +
        'ARIA-LABEL="Upper">item</li></ul><em aria-roledescription="slide" aria-current="page">e</em>',
    );
    const left = [...holder.querySelectorAll('*')].flatMap((element) =>
      [...element.attributes].map((attr) => attr.name),
    );
    expect(left.filter((name) => name.startsWith('aria') || name === 'role')).to.deep.equal([]);
    expect(holder.textContent).to.equal('hidden from readersdownloaditeme');
    expect(holder.querySelector('a')?.getAttribute('href')).to.equal('https://evil.example/');
    holder.remove();
  });

  it('makes links safe: http(s) and mailto only, nofollow ugc noopener', () => {
    const holder = mount(
      '<a href="https://example.com/a" rel="opener" target="_self">web</a>' +
        '<a href="mailto:ada@example.com">mail</a><a href="//evil.example/x">relative</a>' +
        '<a href="data:text/html,hi">data</a>',
    );
    const links = [...holder.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([
      'https://example.com/a',
      'mailto:ada@example.com',
      null,
      null,
    ]);
    expect(links[0].rel).to.equal('nofollow ugc noopener');
    expect(links.map((a) => a.textContent)).to.deep.equal(['web', 'mail', 'relative', 'data']);
    holder.remove();
  });
});

/**
 * A same-origin frame whose page enforces Trusted Types, loading the
 * sanitiser as a module; resolves with the frame's window once it is ready.
 */
async function trustedTypesFrame(policies: string) {
  const frame = document.createElement('iframe');
  const csp = `require-trusted-types-for 'script'; trusted-types ${policies}`;
  frame.srcdoc = `<!doctype html><meta http-equiv="Content-Security-Policy" content="${csp}">
<script type="module">
  import {sanitizeCommentHtml} from '/src/core/sanitize.ts';
  window.violations = [];
  document.addEventListener('securitypolicyviolation', (e) => window.violations.push(e.violatedDirective));
  window.sanitize = sanitizeCommentHtml;
</script>`;
  document.body.append(frame);
  type FrameWindow = Window & {sanitize?: (html: string) => DocumentFragment; violations: string[]};
  const win = frame.contentWindow as FrameWindow;
  await waitUntil(() => win.sanitize, 'the sanitiser in the frame', {timeout: 5000});
  return {frame, win: win as FrameWindow & {sanitize: (html: string) => DocumentFragment}};
}

describe('sanitizeCommentHtml under Trusted Types', () => {
  it('works where DOMPurify’s policy is allowed, with no violation', async () => {
    const {frame, win} = await trustedTypesFrame('dompurify natter');
    // Enforcement is on: a plain string sink throws in this frame.
    expect(() => (win.document.body.innerHTML = '<b>x</b>')).to.throw();
    const holder = win.document.createElement('div');
    holder.append(win.sanitize('<p>Hi <em>there</em><img src=x onerror=alert(1)></p>'));
    win.document.body.append(holder);
    expect(holder.innerHTML).to.equal('<p>Hi <em>there</em></p>');
    expect(win.violations).to.deep.equal([]);
    frame.remove();
  });

  it('falls back to the text where no policy may parse HTML, without throwing', async () => {
    const {frame, win} = await trustedTypesFrame("'none'");
    const fragment = win.sanitize('<p>Fish &amp; chips <img src=x onerror=alert(1)></p>');
    expect(fragment.childNodes.length).to.equal(1);
    expect(fragment.firstChild!.nodeType).to.equal(Node.TEXT_NODE);
    expect(fragment.textContent).to.equal('Fish & chips');
    frame.remove();
  });
});
