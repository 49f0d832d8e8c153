import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import {AdapterError} from '../../src/adapters/errors.js';
import type {CommentsAdapter} from '../../src/adapters/types.js';
import {NatterCount} from '../../src/components/natter-count/natter-count.js';
import type {NatterErrorEvent} from '../../src/events/error-event.js';

NatterCount.define();

function countingAdapter(table: Record<string, number>, fail?: Error) {
  const calls: string[][] = [];
  const adapter: CommentsAdapter = {
    list: () => Promise.reject(new Error('not used')),
    create: () => Promise.reject(new Error('not used')),
    async count(threads) {
      calls.push([...threads]);
      if (fail) throw fail;
      return Object.fromEntries(threads.map((t) => [t, table[t] ?? 0]));
    },
  };
  return {adapter, calls};
}

const shown = (el: Element) => el.shadowRoot!.textContent!.trim();
const loaded = (el: NatterCount) => waitUntil(() => el.count !== undefined, 'count never arrived');

describe('natter-count', () => {
  it('registers itself once, whatever the number of define() calls', () => {
    NatterCount.define();
    expect(customElements.get('natter-count')).to.equal(NatterCount);
  });

  it('is accessible once counted', async () => {
    const {adapter} = countingAdapter({'/post': 4});
    const el = await fixture<NatterCount>(
      html`<natter-count thread="/post" .adapter=${adapter}></natter-count>`,
    );
    await loaded(el);
    await expect(el).to.be.accessible();
  });

  it('says how many comments a thread has, in words', async () => {
    const {adapter} = countingAdapter({'/one': 1, '/many': 1200, '/none': 0});
    const box = await fixture(
      html`<p>
        <natter-count thread="/one" .adapter=${adapter}></natter-count>
        <natter-count thread="/many" .adapter=${adapter}></natter-count>
        <natter-count thread="/none" .adapter=${adapter}></natter-count>
      </p>`,
    );
    const badges = [...box.querySelectorAll<NatterCount>('natter-count')];
    await Promise.all(badges.map(loaded));
    await Promise.all(badges.map((b) => b.updateComplete));
    expect(badges.map(shown)).to.deep.equal(['1 comment', '1,200 comments', 'No comments yet']);
  });

  it('fills every badge on the page from one count request', async () => {
    const {adapter, calls} = countingAdapter({'/a': 2, '/b': 3, '/c': 0});
    const box = await fixture(
      html`<ul>
        ${['/a', '/b', '/c', '/a'].map(
          (t) => html`<li><natter-count thread=${t} .adapter=${adapter}></natter-count></li>`,
        )}
      </ul>`,
    );
    const badges = [...box.querySelectorAll<NatterCount>('natter-count')];
    await Promise.all(badges.map(loaded));
    expect(badges.map((b) => b.count)).to.deep.equal([2, 3, 0, 2]);
    expect(calls).to.deep.equal([['/a', '/b', '/c']]);
  });

  it('uses the page’s messages for the count', async () => {
    const {adapter} = countingAdapter({'/a': 2, '/b': 0});
    const messages = {count: {one: '{count} reply', other: '{count} replies'}, countNone: 'Reply'};
    const box = await fixture(
      html`<div>
        <natter-count thread="/a" .adapter=${adapter} .messages=${messages}></natter-count>
        <natter-count thread="/b" .adapter=${adapter} .messages=${messages}></natter-count>
      </div>`,
    );
    const badges = [...box.querySelectorAll<NatterCount>('natter-count')];
    await Promise.all(badges.map(loaded));
    await Promise.all(badges.map((b) => b.updateComplete));
    expect(badges.map(shown)).to.deep.equal(['2 replies', 'Reply']);
  });

  it('formats the number in the language of the page around it', async () => {
    const {adapter} = countingAdapter({'/a': 1200});
    const box = await fixture(
      html`<div lang="de"><natter-count thread="/a" .adapter=${adapter}></natter-count></div>`,
    );
    const el = box.querySelector<NatterCount>('natter-count')!;
    await loaded(el);
    // The number is German at once; the words follow when the German chunk has loaded.
    await el.updateComplete;
    expect(shown(el)).to.match(/^1\.200 /);
    await waitUntil(() => shown(el) === '1.200 Kommentare', `saw "${shown(el)}"`);
  });

  it('shows nothing and reports the failure when the backend fails', async () => {
    const {adapter} = countingAdapter({}, new AdapterError('network', 'offline'));
    const el = document.createElement('natter-count') as NatterCount;
    el.thread = '/a';
    el.adapter = adapter;
    const reported = oneEvent(document, 'natter-error') as Promise<NatterErrorEvent>;
    await fixture(html`<div>${el}</div>`);
    const event = await reported;
    expect(event.context).to.equal('count');
    expect((event.error as AdapterError).code).to.equal('network');
    expect(event.target).to.equal(el);
    await el.updateComplete;
    expect(shown(el)).to.equal('');
    expect(el.count).to.equal(undefined);
    await expect(el).to.be.accessible();
  });

  it('reports a badge that has no backend to ask as a configuration error', async () => {
    const el = document.createElement('natter-count');
    el.setAttribute('thread', '/a');
    const reported = oneEvent(document, 'natter-error') as Promise<NatterErrorEvent>;
    await fixture(html`<div>${el}</div>`);
    const event = await reported;
    expect(event.context).to.equal('config');
    expect(event.error.message).to.match(/endpoint/);
    expect(shown(el)).to.equal('');
  });

  it('names an unknown adapter in its configuration error', async () => {
    const el = document.createElement('natter-count');
    el.setAttribute('adapter', 'carrier-pigeon');
    const reported = oneEvent(document, 'natter-error') as Promise<NatterErrorEvent>;
    await fixture(html`<div>${el}</div>`);
    const event = await reported;
    expect(event.context).to.equal('config');
    expect(event.error.message).to.contain('carrier-pigeon');
  });

  it('loads the backend its adapter attribute names', async () => {
    const box = await fixture(
      html`<div>
        <natter-count adapter="memory" thread="/x"></natter-count>
        <natter-count adapter="memory" thread="/y"></natter-count>
      </div>`,
    );
    const badges = [...box.querySelectorAll<NatterCount>('natter-count')];
    await Promise.all(badges.map(loaded));
    await Promise.all(badges.map((b) => b.updateComplete));
    expect(badges.map(shown)).to.deep.equal(['No comments yet', 'No comments yet']);
  });

  it('counts the page’s own thread when no thread is given', async () => {
    const {adapter, calls} = countingAdapter({[location.pathname]: 7});
    const el = await fixture<NatterCount>(html`<natter-count .adapter=${adapter}></natter-count>`);
    await loaded(el);
    expect(calls).to.deep.equal([[location.pathname]]);
    expect(el.count).to.equal(7);
  });

  it('counts again when its thread changes', async () => {
    const {adapter} = countingAdapter({'/a': 1, '/b': 5});
    const el = await fixture<NatterCount>(
      html`<natter-count thread="/a" .adapter=${adapter}></natter-count>`,
    );
    await loaded(el);
    el.setAttribute('thread', '/b');
    await waitUntil(() => el.count === 5, 'the badge kept the old count');
    await el.updateComplete;
    expect(shown(el)).to.equal('5 comments');
  });
});
