import {expect} from '@open-wc/testing';
import {setViewport} from '@web/test-runner-commands';
import type {NatterComments} from '../../src/components/natter-comments/natter-comments.js';
import type {NatterReplyForm} from '../../src/components/natter-reply-form/natter-reply-form.js';
import {$, $$, article, makeComment, memory, mount} from './natter-comments-support.js';

/** A reply chain five deep under one top-level comment, each with a sentence of text. */
function chain() {
  const names = ['Marta', 'Tom', 'Priya', 'Dan', 'Ines'];
  return names.map((name, i) =>
    makeComment(`level${i + 1}`, i ? `level${i}` : null, name, 10 - i, {
      body: 'The sleeper timetable for the northern line is out, with prices for every berth.',
    }),
  );
}

function width(element: Element): number {
  return element.getBoundingClientRect().width;
}

/** Nothing inside the section is wider than the section, and the page does not scroll sideways. */
function expectNoSidewaysScroll(el: NatterComments) {
  const section = $(el, '.natter')!;
  expect(section.scrollWidth, 'section scroll width').to.be.at.most(section.clientWidth);
  const page = document.scrollingElement!;
  expect(page.scrollWidth, 'page scroll width').to.be.at.most(page.clientWidth);
  const right = section.getBoundingClientRect().right;
  for (const box of $$(el, 'article, .body, .actions, .meta')) {
    expect(box.getBoundingClientRect().right, box.className).to.be.at.most(right + 0.5);
  }
}

describe('<natter-comments> on phones and desktops', () => {
  afterEach(() => setViewport({width: 800, height: 600}));

  for (const viewport of [360, 1024]) {
    it(`keeps every level of a five-deep chain at least 60% of the section wide at ${viewport} px`, async () => {
      await setViewport({width: viewport, height: 800});
      const el = await mount(memory(chain()));
      const section = width($(el, '.natter')!);
      expect(section).to.be.greaterThan(viewport * 0.85);
      for (let level = 1; level <= 5; level++) {
        const body = article(el, `level${level}`).querySelector('.body')!;
        const share = width(body) / section;
        expect(share, `level ${level}: ${width(body)} of ${section} px`).to.be.at.least(0.6);
      }
      expectNoSidewaysScroll(el);
    });
  }

  it('follows the width of the section, not of the window', async () => {
    await setViewport({width: 1024, height: 800});
    const el = await mount(memory(chain()));
    const wide = width(article(el, 'level5').querySelector('.body')!);
    el.style.maxWidth = '340px';
    await el.updateComplete;
    const narrow = article(el, 'level5').querySelector('.body')!;
    expect(width(narrow) / width($(el, '.natter')!)).to.be.at.least(0.6);
    // In the wide layout, the text sits beside the avatar; narrow, it takes the full line.
    expect(wide).to.be.greaterThan(width(narrow));
    expectNoSidewaysScroll(el);
  });

  it('gives every button, byline link and form control a target of at least 24 by 24 px at 360 px', async () => {
    await setViewport({width: 360, height: 800});
    const el = await mount(
      memory([
        makeComment('one', null, 'Ann', 3, {author: {name: 'Ann', url: 'https://ann.example'}}),
        makeComment('two', 'one', 'Bo', 2),
      ]),
    );
    const form = el.shadowRoot!.querySelector<NatterReplyForm>('natter-reply-form')!;
    await form.updateComplete;
    const formTargets = [
      ...form.shadowRoot!.querySelectorAll<HTMLElement>('button, input, textarea'),
    ];
    const targets = [
      ...$$(el, 'button:not([hidden]), a.author[href], a.permalink, select'),
      // The bots' trap field sits off screen, out of reach of people.
      ...formTargets.filter((target) => !target.closest('.trap')),
    ];
    expect(targets.length).to.be.greaterThan(4);
    for (const target of targets) {
      const box = target.getBoundingClientRect();
      const what = `${target.localName}#${target.id}.${target.className} "${target.textContent?.trim()}"`;
      expect(box.height, `${what} height`).to.be.at.least(24);
      expect(box.width, `${what} width`).to.be.at.least(24);
    }
  });
});
