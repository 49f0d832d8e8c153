// Live comments from someone else must not move what the reader is reading:
// the "N new comments" button appears, and its count changes, with no layout
// shift (the Layout Instability API's `layout-shift` entries) wherever the
// reader is in a long thread.
import {expect, waitUntil} from '@open-wc/testing';
import {setViewport} from '@web/test-runner-commands';
import type {NatterComments} from '../../src/components/natter-comments/natter-comments.js';
import type {MemoryAdapter} from '../../src/adapters/memory.js';
import {$, $$, makeComment, memory, mount, text, THREAD} from './natter-comments-support.js';

const COMMENTS = 60;

function longThread() {
  return Array.from({length: COMMENTS}, (_, i) =>
    makeComment(`c${i}`, null, `Reader ${i}`, COMMENTS - i, {
      body: `Comment ${i} on the tide tables: the ferry left on time and the causeway stayed dry.`,
    }),
  );
}

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

interface ShiftEntry extends PerformanceEntry {
  value: number;
}

/** Every layout shift from now on (and any already buffered, which is why the sum starts after scrolling). */
function watchShifts() {
  const entries: ShiftEntry[] = [];
  const observer = new PerformanceObserver((list) =>
    entries.push(...(list.getEntries() as ShiftEntry[])),
  );
  observer.observe({type: 'layout-shift', buffered: true});
  const since = performance.now();
  return {
    async sum() {
      await frame();
      await frame();
      entries.push(...(observer.takeRecords() as ShiftEntry[]));
      return entries
        .filter((entry) => entry.startTime >= since)
        .reduce((total, entry) => total + entry.value, 0);
    },
    stop: () => observer.disconnect(),
  };
}

/** The first comment whose box reaches into the viewport. */
function firstVisible(el: NatterComments): HTMLElement {
  const found = $$(el, '.thread > li > article').find((a) => a.getBoundingClientRect().bottom > 0);
  if (!found) throw new Error('no comment is in view');
  return found;
}

/**
 * Waits until a few frames pass with no layout shift: blocks that
 * `content-visibility: auto` skipped take their real height once scrolled
 * to, and those shifts are the page settling, not live comments arriving.
 */
async function settled() {
  let last = performance.now();
  const observer = new PerformanceObserver(() => (last = performance.now()));
  observer.observe({type: 'layout-shift'});
  try {
    for (let i = 0; i < 120 && performance.now() - last < 150; i++) await frame();
  } finally {
    observer.disconnect();
  }
}

let sent = 0;
/** Someone else posts `count` comments; waits until the button says so. */
async function arrive(adapter: MemoryAdapter, el: NatterComments, count: number, total: number) {
  for (let i = 0; i < count; i++)
    adapter.inject(THREAD, makeComment(`new${sent++}`, null, 'Nia', 0));
  const label = total === 1 ? 'Show 1 new comment' : `Show ${total} new comments`;
  await waitUntil(() => text($(el, '.new-comments')) === label, `button reads "${label}"`);
  await frame();
  await frame();
}

/** Mounts the thread below an article as tall as the window, then scrolls with `place`. */
async function readThread(place: (el: NatterComments) => void) {
  sent = 0;
  const adapter = memory(longThread());
  const el = await mount(adapter, {pageSize: 100});
  const article = document.createElement('div');
  article.style.blockSize = '100vh';
  el.before(article);
  place(el);
  await settled();
  return {adapter, el, done: () => article.remove()};
}

describe('<natter-comments>: live comments and the reader’s place', () => {
  before(() => setViewport({width: 800, height: 600}));

  const places: [string, (el: NatterComments) => void][] = [
    // The button's place is far above the viewport.
    [
      'mid-thread',
      (el) => {
        const target = el.shadowRoot!.getElementById(`comment-c${COMMENTS / 2}`)!;
        window.scrollBy(0, target.getBoundingClientRect().top - 120);
      },
    ],
    // The section's heading and first comments are in view, so is the button's place.
    ['at the top of the thread', (el) => window.scrollBy(0, el.getBoundingClientRect().top - 100)],
  ];

  for (const [where, place] of places) {
    it(`shows "N new comments" with no layout shift while the reader is ${where}`, async () => {
      const {adapter, el, done} = await readThread(place);
      try {
        expect(window.scrollY, 'the page is scrolled').to.be.greaterThan(0);
        const reading = firstVisible(el);
        const top = reading.getBoundingClientRect().top;
        const shifts = watchShifts();
        await arrive(adapter, el, 1, 1);
        const afterOne = await shifts.sum();
        const movedOne = reading.getBoundingClientRect().top - top;
        await arrive(adapter, el, 2, 3);
        const afterThree = await shifts.sum();
        const movedThree = reading.getBoundingClientRect().top - top;
        shifts.stop();
        const figures = `layout shift ${afterOne} after 1 new comment, ${afterThree} after 3; the comment in view moved ${movedOne} px, then ${movedThree} px`;
        expect(afterThree, figures).to.equal(0);
        expect(Math.abs(movedOne), figures).to.be.at.most(1);
        expect(Math.abs(movedThree), figures).to.be.at.most(1);
        expect($$(el, '.thread > li'), 'nothing was added to the list').to.have.length(COMMENTS);
      } finally {
        done();
        window.scrollTo(0, 0);
      }
    });
  }
});
