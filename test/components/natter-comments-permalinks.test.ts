import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import type {NatterComments} from '../../src/components/natter-comments/natter-comments.js';
import type {Comment} from '../../src/core/types.js';
import {
  $$,
  article,
  button,
  makeComment,
  memory,
  mount,
  THREAD,
  topLevelIds,
} from './natter-comments-support.js';

const focusedId = (el: NatterComments) => el.shadowRoot!.activeElement?.id;

/** Five top-level comments; the fourth has a reply with a reply of its own. */
function longThread(): Comment[] {
  const comments = [0, 1, 2, 3, 4].map((i) => makeComment(`top${i}`, null, `Person ${i}`, 50 - i));
  comments.push(makeComment('r1', 'top3', 'Rae', 20), makeComment('r2', 'r1', 'Sol', 10));
  return comments;
}

describe('natter-comments: links to a comment no page has loaded', () => {
  afterEach(() => {
    history.replaceState(null, '', location.pathname + location.search);
    // A test that scrolled far down must not leave the next lazy section in view.
    window.scrollTo(0, 0);
  });

  it('loads a comment of a later page with its ancestors, highlighted, and pages on without doubles', async () => {
    history.replaceState(null, '', '#comment-r2');
    const el = await mount(memory(longThread()), {pageSize: 2});
    await waitUntil(() => focusedId(el) === 'comment-r2', 'the linked reply is focused');
    expect(article(el, 'r2').classList.contains('highlighted')).to.equal(true);
    expect(article(el, 'r1').closest('li')!.contains(article(el, 'r2'))).to.equal(true);
    expect(topLevelIds(el)).to.deep.equal(['top0', 'top1', 'top3']);
    const box = article(el, 'r2').getBoundingClientRect();
    expect(box.top).to.be.at.least(0);
    expect(box.bottom).to.be.at.most(window.innerHeight);

    button(el, 'Load more comments').click();
    await waitUntil(() => topLevelIds(el).length === 4, 'the second page');
    button(el, 'Load more comments').click();
    await waitUntil(() => topLevelIds(el).length === 5, 'the third page');
    expect(topLevelIds(el)).to.deep.equal(['top0', 'top1', 'top2', 'top3', 'top4']);
    expect($$(el, 'article')).to.have.length(7);
    await expect(el).to.be.accessible();
  });

  it('shows a reply beyond those a page carries, and "Show more replies" fills in the rest', async () => {
    const comments = [makeComment('big', null, 'Bea', 30)];
    for (let i = 0; i < 5; i++) comments.push(makeComment(`r${i}`, 'big', `R${i}`, 20 - i));
    history.replaceState(null, '', '#comment-r4');
    const el = await mount(memory(comments, {replyLimit: 2}));
    await waitUntil(() => focusedId(el) === 'comment-r4', 'the linked reply is focused');
    expect($$(el, 'article').map((a) => a.id.slice(8))).to.deep.equal(['big', 'r0', 'r1', 'r4']);
    button(el, /more repl/).click();
    await waitUntil(() => $$(el, 'article').length === 6, 'every reply');
    expect(() => button(el, /more repl/)).to.throw();
  });

  it('loads a lazy section at once for a #comment- link, far below the fold', async () => {
    history.replaceState(null, '', '#comment-top4');
    const loaded = oneEvent(document, 'natter-loaded');
    const holder = await fixture<HTMLDivElement>(
      html`<div>
        <div style="height: 5000px"></div>
        <natter-comments
          loading="lazy"
          thread=${THREAD}
          page-size="2"
          .adapter=${memory(longThread())}
        ></natter-comments>
      </div>`,
    );
    const el = holder.querySelector('natter-comments')!;
    await loaded;
    await waitUntil(() => focusedId(el) === 'comment-top4', 'the linked comment is focused');
    const box = article(el, 'top4').getBoundingClientRect();
    expect(box.top).to.be.at.least(0);
    expect(box.bottom).to.be.at.most(window.innerHeight);
  });

  it('loads a waiting lazy section when the hash changes to a comment', async () => {
    const holder = await fixture<HTMLDivElement>(
      html`<div>
        <div style="height: 5000px"></div>
        <natter-comments loading="lazy" thread=${THREAD} .adapter=${memory(longThread())}>
        </natter-comments>
      </div>`,
    );
    const el = holder.querySelector('natter-comments')!;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect($$(el, 'article')).to.have.length(0, 'nothing loads while out of view');
    location.hash = '#comment-r1';
    await waitUntil(() => focusedId(el) === 'comment-r1', 'the linked reply is focused');
  });

  it('leads nowhere, quietly, for a comment the backend does not know', async () => {
    history.replaceState(null, '', '#comment-gone');
    const errors: Event[] = [];
    const onError = (event: Event) => errors.push(event);
    document.addEventListener('natter-error', onError);
    try {
      const adapter = memory(longThread());
      let asked = 0;
      const counting = Object.assign(Object.create(adapter), {
        context: (...args: Parameters<typeof adapter.context>) => {
          asked++;
          return adapter.context(...args);
        },
      });
      const el = await mount(counting, {pageSize: 2});
      await waitUntil(() => asked === 1, 'the backend was asked');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(errors).to.have.length(0);
      expect($$(el, '.highlighted')).to.have.length(0);
      expect(topLevelIds(el)).to.deep.equal(['top0', 'top1']);
    } finally {
      document.removeEventListener('natter-error', onError);
    }
  });
});
