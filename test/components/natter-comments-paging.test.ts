import {aTimeout, expect, waitUntil} from '@open-wc/testing';
import {AdapterError} from '../../src/adapters/errors.js';
import type {Comment} from '../../src/core/types.js';
import {
  $,
  $$,
  article,
  button,
  discussion,
  makeComment,
  memory,
  mount,
  text,
  topLevelIds,
} from './natter-comments-support.js';

describe('natter-comments: sorting and paging', () => {
  it('switches between oldest and newest first', async () => {
    const el = await mount(memory());
    expect(topLevelIds(el)).to.deep.equal(['ann', 'dee']);
    const select = $(el, 'select') as HTMLSelectElement;
    expect(select.labels?.[0]?.textContent).to.contain('Sort');
    select.value = 'newest';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => topLevelIds(el)[0] === 'dee', 'newest first');
    expect(el.sort).to.equal('newest');
    // Replies stay oldest first whatever the order of top-level comments.
    expect(article(el, 'ann').closest('li')!.querySelector('#replies-ann')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('hides the sort control when the adapter cannot sort', async () => {
    const adapter = memory();
    const el = await mount(
      Object.assign(Object.create(adapter), {capabilities: {...adapter.capabilities, sort: false}}),
    );
    expect($(el, 'select')).to.equal(null);
  });

  it('loads the next page with "Load more comments" and focuses what came', async () => {
    const many: Comment[] = [];
    for (let i = 0; i < 5; i++) many.push(makeComment(`top${i}`, null, `Person ${i}`, 50 - i));
    many.push(makeComment('late-reply', 'top4', 'Rae', 1));
    const el = await mount(memory(many), {pageSize: 2});
    expect(topLevelIds(el)).to.deep.equal(['top0', 'top1']);
    button(el, 'Load more comments').click();
    await waitUntil(() => topLevelIds(el).length === 4);
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'comment-top2', 'focus on top2');
    button(el, 'Load more comments').click();
    await waitUntil(() => topLevelIds(el).length === 5);
    expect(article(el, 'late-reply')).to.be.instanceOf(HTMLElement);
    expect(() => button(el, 'Load more comments')).to.throw();
    expect($$(el, 'article')).to.have.length(6);
    await expect(el).to.be.accessible();
  });

  it('keeps what is shown and offers Load more again when a page fails', async () => {
    const many = [0, 1, 2].map((i) => makeComment(`p${i}`, null, `P${i}`, 10 - i));
    const adapter = memory(many);
    const el = await mount(adapter, {pageSize: 2});
    adapter.failNext(new AdapterError('network', 'offline'));
    const errors: Event[] = [];
    el.addEventListener('natter-error', (e) => errors.push(e));
    button(el, 'Load more comments').click();
    await waitUntil(() => $(el, '.load-more .error'));
    expect(text($(el, '.load-more .error'))).to.equal('More comments could not be loaded.');
    expect(errors).to.have.length(1);
    expect(topLevelIds(el)).to.deep.equal(['p0', 'p1']);
    button(el, 'Load more comments').click();
    await waitUntil(() => topLevelIds(el).length === 3);
  });

  it('loads the rest of a large subtree with "Show N more replies"', async () => {
    const comments = [makeComment('big', null, 'Bea', 30)];
    for (let i = 0; i < 5; i++) comments.push(makeComment(`r${i}`, 'big', `R${i}`, 20 - i));
    const el = await mount(memory(comments, {replyLimit: 2}));
    expect($$(el, 'article')).to.have.length(3);
    const more = button(el, 'Show 3 more replies');
    more.click();
    await waitUntil(() => $$(el, 'article').length === 6);
    expect(() => button(el, /more repl/)).to.throw();
    expect(el.shadowRoot!.activeElement?.id).to.equal('comment-r2');
    await expect(el).to.be.accessible();
  });
});

describe('natter-comments: links to a comment', () => {
  afterEach(() => history.replaceState(null, '', location.pathname + location.search));

  it('scrolls to, focuses and highlights #comment-<id> once loaded', async () => {
    history.replaceState(null, '', '#comment-kay');
    const el = await mount(memory());
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'comment-kay', 'focused');
    const kay = article(el, 'kay');
    expect(kay.classList.contains('highlighted')).to.equal(true);
    const box = kay.getBoundingClientRect();
    expect(box.top).to.be.at.least(0);
    expect(box.bottom).to.be.at.most(window.innerHeight);
  });

  it('follows hashchange and opens a collapsed subtree to show the target', async () => {
    const el = await mount(memory());
    (article(el, 'ann').querySelector('[data-action="toggle"]') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(el.shadowRoot!.getElementById('comment-kay')).to.equal(null);
    location.hash = '#comment-kay';
    await waitUntil(() => el.shadowRoot!.getElementById('comment-kay'), 'expanded');
    await waitUntil(() => article(el, 'kay').classList.contains('highlighted'));
  });

  it('removes the highlight after a few seconds', async function () {
    this.timeout(8000);
    history.replaceState(null, '', '#comment-dee');
    const el = await mount(memory(discussion()));
    await waitUntil(() => article(el, 'dee').classList.contains('highlighted'));
    await aTimeout(4300);
    expect(article(el, 'dee').classList.contains('highlighted')).to.equal(false);
  });
});
