import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import type {NatterComments} from '../../src/components/natter-comments/natter-comments.js';
import type {Comment} from '../../src/core/types.js';
import {article, rawAdapter, THREAD} from './support.js';

// Text that attacks the layout rather than the script engine: bidi
// controls that reorder what follows them, invisible characters that make
// two names look alike, stacked combining marks that paint over other
// comments, and words too long for any line.

const ZALGO = 'Z' + '\u0336\u0351\u035b\u0300\u0301\u0302\u0303\u0304\u0305\u0306'.repeat(30);

function comment(id: string, name: string, body: string, extra: Partial<Comment> = {}): Comment {
  return {
    id,
    parentId: null,
    author: {name},
    body,
    createdAt: new Date(Date.now() - 3_600_000).toISOString(),
    status: 'published',
    ...extra,
  };
}

/** Mounts the section in a 420px wide column, the way a narrow article page would. */
async function mountNarrow(comments: Comment[], maxDepth = 5): Promise<NatterComments> {
  const loaded = oneEvent(document, 'natter-loaded');
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="width: 420px; font: 16px/1.5 sans-serif">
      <natter-comments
        loading="eager"
        thread=${THREAD}
        max-depth=${maxDepth}
        .adapter=${rawAdapter(comments).adapter}
      ></natter-comments>
    </div>`,
  );
  await loaded;
  const el = wrapper.querySelector('natter-comments') as NatterComments;
  await el.updateComplete;
  return el;
}

/** Left edges of the first and last visible characters of `text` inside `container`. */
function charEdges(container: Element, text: string): {first: number; last: number} {
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.nodeValue!.indexOf(text);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + 1);
    const first = range.getBoundingClientRect().left;
    range.setStart(node, at + text.length - 1);
    range.setEnd(node, at + text.length);
    return {first, last: range.getBoundingClientRect().left};
  }
  throw new Error(`"${text}" is not shown`);
}

/** The nearest box between `from` and `stop` that clips what overflows it. */
function clippingBox(from: Element, stop: Element): DOMRect | undefined {
  for (let el: Element | null = from; el && el !== stop; el = el.parentElement) {
    const style = getComputedStyle(el);
    if (style.overflowX !== 'visible' && style.overflowY !== 'visible') {
      const rect = el.getBoundingClientRect();
      const margin = parseFloat(style.overflowClipMargin) || 0;
      return new DOMRect(
        rect.x - margin,
        rect.y - margin,
        rect.width + 2 * margin,
        rect.height + 2 * margin,
      );
    }
  }
  return undefined;
}

describe('layout abuse', () => {
  it('keeps a bidi override inside the name and the paragraph that hold it', async () => {
    const el = await mountNarrow([
      comment('rlo', '\u202egnp.exe', 'start \u202ereversed here\nnext line\n\nsecond paragraph'),
      comment('iso', '\u2067open isolate', 'plain \u2067never closed\n\nafter isolate'),
      comment('rtl', 'Rana', 'English first\n\nمرحبا بالعالم'),
      comment('html', 'Hana', 'fallback', {bodyHtml: '<p>\u202eover</p><ul><li>שלום</li></ul>'}),
    ]);
    const rlo = article(el, 'rlo')!;
    // The override is gone from the name: it reads in the order it was typed.
    expect(rlo.querySelector('bdi')!.textContent).to.equal('gnp.exe');
    const name = charEdges(rlo.querySelector('bdi')!, 'gnp.exe');
    expect(name.first, 'name order').to.be.lessThan(name.last);
    // What follows the override's line and paragraph keeps its order.
    for (const text of ['next line', 'second paragraph']) {
      const edges = charEdges(rlo.querySelector('.body')!, text);
      expect(edges.first, text).to.be.lessThan(edges.last);
    }
    const after = charEdges(article(el, 'iso')!.querySelector('.body')!, 'after isolate');
    expect(after.first).to.be.lessThan(after.last);
    // Every body paragraph is isolated and takes its direction from its own text.
    for (const p of el.shadowRoot!.querySelectorAll('.body p')) {
      expect(p.getAttribute('dir'), 'direction from its own text').to.equal('auto');
      expect(getComputedStyle(p).unicodeBidi, 'isolated').to.equal('isolate');
    }
    const arabic = [...article(el, 'rtl')!.querySelectorAll('.body p')][1];
    const text = document.createRange();
    text.selectNodeContents(arabic);
    expect(text.getBoundingClientRect().right, 'right-aligned').to.be.closeTo(
      arabic.getBoundingClientRect().right,
      1,
    );
    // Blocks of backend HTML are isolated and get their direction from their text too.
    await waitUntil(() => article(el, 'html')!.querySelector('.body.html li'), 'sanitised body');
    for (const block of article(el, 'html')!.querySelectorAll('.body.html :is(p, li)')) {
      expect(getComputedStyle(block).unicodeBidi, block.tagName).to.equal('plaintext');
    }
  });

  it('keeps an override in a name out of "In reply to" and "Replying to"', async () => {
    const el = await mountNarrow(
      [
        comment('a', 'Al', 'Top'),
        comment('b', '\u202eEve', 'Reply', {parentId: 'a'}),
        comment('c', 'Cy', 'Deeper', {parentId: 'b'}),
      ],
      1,
    );
    const context = article(el, 'c')!.querySelector('.context')!;
    expect(context.textContent).to.include('Eve');
    expect(context.textContent).not.to.match(/[\u202a-\u202e\u2066-\u2069]/);
    article(el, 'b')!.querySelector<HTMLButtonElement>('button[data-action="reply"]')!.click();
    await el.updateComplete;
    const form = el.shadowRoot!.querySelector('natter-reply-form')!;
    await (form as unknown as {updateComplete: Promise<unknown>}).updateComplete;
    const title = form.shadowRoot!.querySelector('h2')!.textContent!;
    expect(title).to.include('Eve');
    expect(title).not.to.match(/[\u202a-\u202e\u2066-\u2069]/);
  });

  it('makes a name with invisible characters look different from the name it copies', async () => {
    const el = await mountNarrow([
      comment('real', 'Ada', 'Original'),
      comment('fake', 'A\u200bda\u2060', 'Copy'),
      comment('blank', '\u3164\u200b', 'Blank name'),
      comment('emoji', '\u{1f469}\u200d\u{1f4bb} Kim', 'Joiner in an emoji'),
    ]);
    const real = article(el, 'real')!.querySelector('bdi')!;
    const fake = article(el, 'fake')!.querySelector('bdi')!;
    expect(fake.textContent).not.to.equal(real.textContent);
    expect(fake.getBoundingClientRect().width).to.be.greaterThan(
      real.getBoundingClientRect().width + 4,
    );
    const blank = article(el, 'blank')!.querySelector('bdi')!;
    expect(blank.getBoundingClientRect().width, 'a blank-looking name').to.be.greaterThan(4);
    // A joiner inside an emoji sequence is part of the emoji and stays.
    expect(article(el, 'emoji')!.querySelector('bdi')!.textContent).to.equal(
      '\u{1f469}\u200d\u{1f4bb} Kim',
    );
  });

  it('clips stacked combining marks to the comment that holds them', async () => {
    const el = await mountNarrow([
      comment('above', 'Above', 'The comment above'),
      comment('zalgo', ZALGO, ZALGO + ' ' + ZALGO),
      comment('below', 'Below', 'The comment below'),
    ]);
    const box = article(el, 'zalgo')!;
    const body = box.querySelector('.body')!;
    const rect = box.getBoundingClientRect();
    // How tall the marks paint depends on the font; whatever it is, the
    // body and the name clip what they paint, inside the comment's box.
    for (const part of [body, box.querySelector('.author')!]) {
      const clip = clippingBox(part, box);
      expect(clip, `${part.className} is clipped`).to.not.equal(undefined);
      expect(clip!.top).to.be.at.least(rect.top - 0.5);
      expect(clip!.bottom).to.be.at.most(rect.bottom + 0.5);
      expect(clip!.left).to.be.at.least(rect.left - 0.5);
      expect(clip!.right).to.be.at.most(rect.right + 0.5);
    }
  });

  it('never lets a 10,000-character word, URL or name widen the section', async () => {
    const word = 'w'.repeat(10_000);
    const el = await mountNarrow(
      [
        comment('word', word, word),
        comment('url', 'Url', 'https://example.com/' + 'u'.repeat(9_980)),
        comment('reply', 'Reply', 'Answer', {parentId: 'word'}),
        comment('deep', 'Deep', 'Deeper answer', {parentId: 'reply'}),
        comment('html', 'Html', 'fallback', {
          bodyHtml: `<pre>${'p'.repeat(10_000)}</pre><p><code>${'c'.repeat(10_000)}</code></p><ul><li>${word}</li></ul>`,
        }),
      ],
      1,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('.body.html'), 'sanitised body', {
      timeout: 5000,
    });
    article(el, 'word')!.querySelector<HTMLButtonElement>('button[data-action="reply"]')!.click();
    await el.updateComplete;
    await new Promise(requestAnimationFrame);
    const section = el.shadowRoot!.querySelector('section')!;
    expect(section.scrollWidth, 'section').to.be.at.most(section.clientWidth);
    expect(el.scrollWidth, 'host').to.be.at.most(el.clientWidth);
    const form = el.shadowRoot!.querySelector('natter-reply-form')!;
    const formBox = form.shadowRoot!.querySelector('form')!;
    expect(formBox.scrollWidth, 'reply form').to.be.at.most(formBox.clientWidth);
    const right = section.getBoundingClientRect().right;
    for (const box of el.shadowRoot!.querySelectorAll('article, .body, .context, bdi')) {
      expect(box.getBoundingClientRect().right, box.className).to.be.at.most(right + 0.5);
    }
  });
});
