import {aTimeout, expect, waitUntil} from '@open-wc/testing';
import type {CommentsAdapter} from '../../src/adapters/types.js';
import type {CommentEvent} from '../../src/adapters/types.js';
import type {NatterErrorEvent} from '../../src/events/error-event.js';
import {
  $,
  $$,
  announced,
  article,
  button,
  discussion,
  heading,
  makeComment,
  memory,
  mount,
  text,
  THREAD,
} from './natter-comments-support.js';

describe('natter-comments: live updates', () => {
  it('holds new comments from others behind a button, then reveals and focuses them', async () => {
    const adapter = memory();
    const el = await mount(adapter);
    const before = $$(el, 'article').length;
    adapter.inject(THREAD, makeComment('fresh', null, 'Newt', 0));
    adapter.inject(THREAD, makeComment('fresh-reply', 'dee', 'Nia', 0));
    await waitUntil(() => $(el, '.new-comments'), 'button shown');
    // Nothing moved under the reader's eyes.
    expect($$(el, 'article')).to.have.length(before);
    expect(heading(el)).to.equal('4 comments');
    expect(text($(el, '.new-comments'))).to.equal('Show 2 new comments');
    await announced(el, /2 new comments are available/);
    await expect(el).to.be.accessible();

    button(el, 'Show 2 new comments').click();
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'comment-fresh', 'focus moved');
    expect($(el, '.new-comments')).to.equal(null);
    expect(heading(el)).to.equal('6 comments');
    expect(article(el, 'fresh-reply').closest('#replies-dee')).to.not.equal(null);
    await announced(el, /Showing 2 new comments/);
  });

  it('replaces an updated comment in place and tombstones a deleted one with replies', async () => {
    const adapter = memory();
    const el = await mount(adapter);
    adapter.moderatorRemove(THREAD, 'jim');
    await waitUntil(() => /This comment was deleted/.test(text(article(el, 'jim'))));
    expect(text(article(el, 'kay'))).to.contain('Kay');
    expect(heading(el)).to.equal('3 comments');
  });

  it('removes a deleted comment without replies', async () => {
    const adapter = memory();
    const el = await mount(adapter);
    adapter.moderatorRemove(THREAD, 'dee');
    await waitUntil(() => !el.shadowRoot!.getElementById('comment-dee'));
    expect(heading(el)).to.equal('3 comments');
  });

  it('drops a held new comment that is deleted before it was shown', async () => {
    const adapter = memory();
    const el = await mount(adapter);
    adapter.inject(THREAD, makeComment('brief', null, 'Bri', 0));
    await waitUntil(() => $(el, '.new-comments'));
    adapter.moderatorRemove(THREAD, 'brief');
    await waitUntil(() => !$(el, '.new-comments'));
  });

  it('subscribes while connected and unsubscribes when removed', async () => {
    let listeners = 0;
    let emit: ((event: CommentEvent) => void) | undefined;
    const base = memory();
    const adapter: CommentsAdapter = {
      list: (thread, options) => base.list(thread, options),
      create: (thread, draft, options) => base.create(thread, draft, options),
      subscribe(_thread, onEvent) {
        listeners++;
        emit = onEvent;
        return () => {
          listeners--;
          emit = undefined;
        };
      },
    };
    const el = await mount(adapter);
    expect(listeners).to.equal(1);
    const parent = el.parentElement!;
    el.remove();
    expect(listeners).to.equal(0);
    parent.append(el);
    expect(listeners).to.equal(1);
    emit!({type: 'created', comment: makeComment('late', null, 'Lou', 0)});
    await waitUntil(() => $(el, '.new-comments'));
    // A malformed event is ignored rather than breaking the list.
    emit!({type: 'created'} as unknown as CommentEvent);
    await aTimeout(10);
    expect(text($(el, '.new-comments'))).to.equal('Show 1 new comment');
  });

  it('says so, and fires natter-error, when live updates cannot start', async () => {
    const base = memory();
    const adapter: CommentsAdapter = {
      list: (thread, options) => base.list(thread, options),
      create: (thread, draft, options) => base.create(thread, draft, options),
      subscribe() {
        throw new Error('EventSource is not available');
      },
    };
    const errors: NatterErrorEvent[] = [];
    const listener = (e: Event) => errors.push(e as NatterErrorEvent);
    document.addEventListener('natter-error', listener);
    try {
      const el = await mount(adapter);
      expect(errors.map((e) => e.context)).to.deep.equal(['live']);
      expect(text($(el, '.note'))).to.contain('Live updates are off');
      expect($$(el, 'article')).to.have.length(discussion().length);
    } finally {
      document.removeEventListener('natter-error', listener);
    }
  });

  it('updates the reader’s own held comment in place when a moderator approves it', async () => {
    const held = makeComment('mine', null, 'Me', 1, {status: 'pending'});
    const adapter = memory([...discussion(), held]);
    const el = await mount(adapter);
    expect(text(article(el, 'mine'))).to.contain('Your comment is awaiting moderation.');
    expect(heading(el)).to.equal('5 comments');
    adapter.approve(THREAD, 'mine');
    await waitUntil(() => !/awaiting moderation/.test(text(article(el, 'mine'))));
    expect($(el, '.new-comments')).to.equal(null);
    expect($$(el, '#comment-mine')).to.have.length(1);
    expect(heading(el)).to.equal('5 comments');
  });

  it('keeps the reader’s own fields when a stream shared by all readers updates a comment', async () => {
    const mine = makeComment('mine', null, 'Rowan', 0, {
      own: true,
      editableUntil: new Date(Date.now() + 600_000).toISOString(),
    });
    const voted = makeComment('voted', null, 'Sian', 1);
    const base = memory([mine, voted]);
    let tell: (event: CommentEvent) => void = () => {};
    const adapter: CommentsAdapter = {
      list: base.list.bind(base),
      create: base.create.bind(base),
      vote: base.vote.bind(base),
      update: base.update.bind(base),
      capabilities: base.capabilities,
      subscribe: (_thread, onEvent) => {
        tell = onEvent;
        return () => {};
      },
    };
    const el = await mount(adapter);
    const edit = () => article(el, 'mine').querySelector('[data-action="edit"]');
    expect(edit()).to.be.instanceOf(HTMLButtonElement);
    const up = () => article(el, 'voted').querySelector('button.vote');
    (up() as HTMLButtonElement).click();
    await waitUntil(() => up()?.getAttribute('aria-pressed') === 'true', 'the vote did not count');
    // The reader's own post echoed back by the shared stream stays theirs.
    tell({type: 'created', shared: true, comment: {...mine, own: undefined}});
    await el.updateComplete;
    expect(edit(), 'the echo kept it the reader’s').to.be.instanceOf(HTMLButtonElement);
    tell({type: 'updated', shared: true, comment: {...mine, own: undefined, body: 'Edited.'}});
    tell({type: 'updated', shared: true, comment: {...voted, myVote: undefined, body: 'Also.'}});
    await waitUntil(() => text(article(el, 'voted')).includes('Also.'));
    expect(text(article(el, 'mine'))).to.include('Edited.');
    expect(edit(), 'still the reader’s to edit').to.be.instanceOf(HTMLButtonElement);
    expect(up()?.getAttribute('aria-pressed'), 'still the reader’s vote').to.equal('true');
    // An event for this reader alone says exactly what is theirs.
    tell({type: 'updated', comment: {...voted, myVote: undefined, body: 'Vote taken back.'}});
    await waitUntil(() => text(article(el, 'voted')).includes('taken back'));
    expect(up()?.getAttribute('aria-pressed')).to.equal('false');
  });
});
