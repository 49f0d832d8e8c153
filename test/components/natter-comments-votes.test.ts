import {expect, oneEvent, waitUntil} from '@open-wc/testing';
import {AdapterError} from '../../src/adapters/errors.js';
import type {VoteEvent} from '../../src/events/vote-event.js';
import type {NatterErrorEvent} from '../../src/events/error-event.js';
import type {NatterComments} from '../../src/components/natter-comments/natter-comments.js';
import {
  $,
  THREAD,
  announced,
  article,
  makeComment,
  memory,
  mount,
  topLevelIds,
} from './natter-comments-support.js';

const vote = (el: NatterComments, id: string, which: 'up' | 'down' = 'up') =>
  article(el, id).querySelector<HTMLButtonElement>(`.actions [data-action="vote-${which}"]`);

const seed = () => [
  makeComment('low', null, 'Lo', 5, {votes: {up: 1, down: 0}}),
  makeComment('high', null, 'Hi', 4, {votes: {up: 12, down: 0}}),
  makeComment('mine', null, 'Me', 3, {own: true, votes: {up: 2, down: 0}}),
  makeComment('none', null, 'No', 2),
];

describe('<natter-comments> votes', () => {
  it('toggles an up-vote with its count, and tells the page', async () => {
    const el = await mount(memory(seed()));
    const up = vote(el, 'low')!;
    expect(up.getAttribute('aria-pressed')).to.equal('false');
    expect(up.getAttribute('aria-label')).to.equal('Vote up, 1 vote');
    const counted = oneEvent(el, 'natter-vote') as Promise<VoteEvent>;
    up.click();
    await el.updateComplete;
    // Shown at once, before the backend answers.
    expect(vote(el, 'low')!.getAttribute('aria-pressed')).to.equal('true');
    expect(vote(el, 'low')!.textContent).to.contain('2');
    const event = await counted;
    expect(event).to.include({id: 'low', value: 1});
    expect(event.votes).to.deep.equal({up: 2, down: 0});
    await expect(el).to.be.accessible();
    vote(el, 'low')!.click();
    await waitUntil(() => vote(el, 'low')!.getAttribute('aria-pressed') === 'false');
    expect(vote(el, 'low')!.getAttribute('aria-label')).to.equal('Vote up, 1 vote');
  });

  it('offers down-votes only where the backend takes them', async () => {
    let el = await mount(memory(seed()));
    expect(vote(el, 'low', 'down')).to.equal(null);
    el.remove();
    el = await mount(memory(seed(), {downVotes: true}));
    vote(el, 'low', 'down')!.click();
    await waitUntil(() => vote(el, 'low', 'down')!.getAttribute('aria-pressed') === 'true');
    expect(vote(el, 'low', 'down')!.getAttribute('aria-label')).to.equal('Vote down, 1 vote');
    await expect(el).to.be.accessible();
  });

  it('disables voting on one’s own comment', async () => {
    const el = await mount(memory(seed()));
    expect(vote(el, 'mine')!.disabled).to.equal(true);
    expect(vote(el, 'mine')!.textContent).to.contain('2');
  });

  it('takes the vote back when the backend refuses, and says so', async () => {
    const adapter = memory(seed());
    const el = await mount(adapter);
    adapter.failNext(new AdapterError('network', 'offline'));
    const failed = oneEvent(el, 'natter-error') as Promise<NatterErrorEvent>;
    vote(el, 'high')!.click();
    expect((await failed).context).to.equal('vote');
    await el.updateComplete;
    expect(vote(el, 'high')!.getAttribute('aria-pressed')).to.equal('false');
    expect(vote(el, 'high')!.textContent).to.contain('12');
    await announced(el, /could not be counted/);
  });

  it('explains a rate limit with when to try again', async () => {
    const adapter = memory(seed());
    const el = await mount(adapter);
    adapter.failNext(new AdapterError('rate-limited', 'slow down', {retryAfter: 30}));
    vote(el, 'high')!.click();
    await announced(el, /too fast; try again in 30 seconds/);
  });

  it('shows others’ votes live', async () => {
    const adapter = memory(seed());
    const el = await mount(adapter);
    await adapter.peer().vote(THREAD, 'none', 1);
    await waitUntil(() => vote(el, 'none')!.textContent!.includes('1'), 'the live count');
    expect(vote(el, 'none')!.getAttribute('aria-pressed')).to.equal('false');
  });
});

describe('<natter-comments> Top sort', () => {
  it('offers Top where the backend ranks, and lists by it', async () => {
    const el = await mount(memory(seed()));
    const select = $(el, 'select[part="sort"]') as HTMLSelectElement;
    expect([...select.options].map((o) => o.value)).to.deep.equal(['oldest', 'newest', 'top']);
    select.value = 'top';
    select.dispatchEvent(new Event('change'));
    await oneEvent(el, 'natter-loaded');
    await el.updateComplete;
    expect(el.sort).to.equal('top');
    expect(topLevelIds(el)).to.deep.equal(['high', 'mine', 'low', 'none']);
  });

  it('takes sort="top" as an attribute, and keeps pages in rank order', async () => {
    const el = await mount(memory(seed()), {sort: 'top', pageSize: 2});
    expect(topLevelIds(el)).to.deep.equal(['high', 'mine']);
    const more = [...el.shadowRoot!.querySelectorAll('button')].find((b) =>
      /Load more/.test(b.textContent!),
    )!;
    more.click();
    await waitUntil(() => topLevelIds(el).length === 4);
    expect(topLevelIds(el)).to.deep.equal(['high', 'mine', 'low', 'none']);
  });

  it('lists oldest first, without a Top option, where the backend cannot rank', async () => {
    const plain = memory(seed());
    const adapter = {list: plain.list.bind(plain), create: plain.create.bind(plain)};
    const el = await mount(adapter, {sort: 'top'});
    const select = $(el, 'select[part="sort"]') as HTMLSelectElement;
    expect([...select.options].map((o) => o.value)).to.deep.equal(['oldest', 'newest']);
    expect(select.value).to.equal('oldest');
    expect(topLevelIds(el)).to.deep.equal(['low', 'high', 'mine', 'none']);
  });
});
