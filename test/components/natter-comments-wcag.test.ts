// WCAG 2.2 checks that axe does not make: reflow at 320 CSS px (1.4.10),
// text spacing (1.4.12), a visible focus ring with 3:1 contrast and field
// borders with 3:1 contrast in both themes (2.4.7, 1.4.11), and the purpose
// of the identity fields (1.3.5). docs/accessibility.md cites these tests.
import {expect} from '@open-wc/testing';
import {setViewport} from '@web/test-runner-commands';
import type {NatterComments} from '../../src/components/natter-comments/natter-comments.js';
import type {NatterReplyForm} from '../../src/components/natter-reply-form/natter-reply-form.js';
import {$$, article, makeComment, memory, mount} from './natter-comments-support.js';

/** Five levels deep, a website on the first, sentences long enough to wrap. */
function chain() {
  const names = ['Marta', 'Tom', 'Priya', 'Dan', 'Ines'];
  return names.map((name, i) =>
    makeComment(`level${i + 1}`, i ? `level${i}` : null, name, 10 - i, {
      author: {name, url: i ? undefined : 'https://marta.example'},
      body: 'The sleeper timetable for the northern line is out, with prices for every berth.',
    }),
  );
}

async function openForm(el: NatterComments, id: string): Promise<NatterReplyForm> {
  article(el, id).querySelector<HTMLButtonElement>('[data-action="reply"]')!.click();
  await el.updateComplete;
  const form = article(el, id).parentElement!.querySelector<NatterReplyForm>('natter-reply-form')!;
  await form.updateComplete;
  return form;
}

/** Both shadow roots: the section's and its reply forms'. */
function roots(el: NatterComments): ShadowRoot[] {
  const forms = $$(el, 'natter-reply-form').map((form) => form.shadowRoot!);
  return [el.shadowRoot!, ...forms];
}

/** WCAG's contrast ratio of two computed `rgb(…)` colours. */
function contrast(a: string, b: string): number {
  const luminance = (colour: string) => {
    const [r, g, b] = colour
      .match(/[\d.]+/g)!
      .slice(0, 3)
      .map((v) => Number(v) / 255)
      .map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

describe('<natter-comments> and WCAG 2.2 checks beyond axe', () => {
  afterEach(() => setViewport({width: 800, height: 600}));

  it('reflows at 320 CSS px (1.4.10): no sideways scrolling, a reply form five levels deep included', async () => {
    await setViewport({width: 320, height: 640});
    const el = await mount(memory(chain()));
    await openForm(el, 'level5');
    const page = document.scrollingElement!;
    expect(page.scrollWidth, 'page scroll width').to.be.at.most(page.clientWidth);
    const right = el.getBoundingClientRect().right;
    for (const root of roots(el)) {
      for (const box of root.querySelectorAll('article, .body, button, input, textarea, label')) {
        const what = `${box.localName}.${box.className}`;
        expect(box.getBoundingClientRect().right, what).to.be.at.most(right + 0.5);
      }
    }
  });

  it('loses no text with WCAG text spacing applied (1.4.12)', async () => {
    await setViewport({width: 360, height: 800});
    const el = await mount(memory(chain()));
    await openForm(el, 'level3');
    const spacing = new CSSStyleSheet();
    spacing.replaceSync(`* { line-height: 1.5 !important; letter-spacing: 0.12em !important;
      word-spacing: 0.16em !important; } p { margin-block-end: 2em !important; }`);
    for (const root of roots(el)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, spacing];
    const clipped: string[] = [];
    let judged = 0;
    for (const root of roots(el)) {
      for (const box of root.querySelectorAll<HTMLElement>('*')) {
        const style = getComputedStyle(box);
        if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
        if (!box.textContent?.trim() || box.closest('.trap, .visually-hidden')) continue;
        judged++;
        if (box.scrollWidth > box.clientWidth + 1 || box.scrollHeight > box.clientHeight + 1) {
          clipped.push(`${box.localName}.${box.className}`);
        }
      }
    }
    expect(judged, 'boxes that clip what overflows them').to.be.greaterThan(10);
    expect(clipped, 'boxes that cut their text').to.deep.equal([]);
    const page = document.scrollingElement!;
    expect(page.scrollWidth, 'page scroll width').to.be.at.most(page.clientWidth);
  });

  for (const theme of ['light', 'dark']) {
    it(`draws a focus ring of 3:1 contrast on every control, and field borders of 3:1, ${theme} theme (2.4.7, 1.4.11)`, async () => {
      const el = await mount(memory(chain()));
      el.setAttribute('theme', theme);
      const form = await openForm(el, 'level2');
      const background = getComputedStyle(el).backgroundColor;
      expect(background).to.equal(theme === 'dark' ? 'rgb(15, 20, 25)' : 'rgb(255, 255, 255)');
      const controls = [
        ...$$(el, 'button:not([hidden]), a[href], select, summary'),
        ...form.shadowRoot!.querySelectorAll<HTMLElement>('button, input:not(#homepage), textarea'),
      ];
      expect(controls.length).to.be.greaterThan(10);
      for (const control of controls) {
        control.focus();
        const style = getComputedStyle(control);
        const what = `${control.localName}.${control.className} "${control.textContent?.trim()}"`;
        expect(control.matches(':focus-visible'), `${what} shows focus`).to.equal(true);
        expect(style.outlineStyle, what).to.not.equal('none');
        expect(parseFloat(style.outlineWidth), what).to.be.at.least(2);
        const ratio = contrast(style.outlineColor, background);
        expect(ratio, `${what}: ring ${style.outlineColor} on ${background}`).to.be.at.least(3);
      }
      for (const field of form.shadowRoot!.querySelectorAll(
        'input[type="text"], input[type="email"], input[type="url"], textarea',
      )) {
        const border = getComputedStyle(field).borderTopColor;
        const ratio = contrast(border, background);
        expect(ratio, `#${field.id}: border ${border} on ${background}`).to.be.at.least(3);
      }
    });
  }

  it('names the purpose of the name, email and website fields (1.3.5)', async () => {
    const el = await mount(memory(chain()));
    const form = el.shadowRoot!.querySelector<NatterReplyForm>('natter-reply-form')!;
    await form.updateComplete;
    const purpose = (label: RegExp) =>
      [...form.shadowRoot!.querySelectorAll('input')].find((input) =>
        [...(input.labels ?? [])].some((l) => label.test(l.textContent ?? '')),
      )?.autocomplete;
    expect(purpose(/^\s*Name/)).to.equal('name');
    expect(purpose(/^\s*Email/)).to.equal('email');
    expect(purpose(/^\s*Website/)).to.equal('url');
  });
});
