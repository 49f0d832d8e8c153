import {expect, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import type {NatterComments} from '../../src/components/natter-comments/natter-comments.js';
import {article, makeComment, memory, mount, text} from './natter-comments-support.js';

const seed = () => [
  makeComment('theirs', null, 'Them', 2, {votes: {up: 3, down: 0}}),
  makeComment('mine', null, 'Me', 0.01, {own: true, body: 'Written by me'}),
];

/** The focused element inside the section (or inside the edit form in it). */
function focused(el: NatterComments): Element | null {
  const inner = el.shadowRoot!.activeElement;
  return inner?.shadowRoot?.activeElement ?? inner ?? null;
}

const action = (el: NatterComments, id: string, name: string) =>
  article(el, id).querySelector<HTMLButtonElement>(`.actions [data-action="${name}"]`)!;

describe('<natter-comments> reader actions from the keyboard', () => {
  beforeEach(() => localStorage.clear());

  it('votes with Enter and Space, and Tab reaches Edit and Delete in order', async () => {
    const el = await mount(memory(seed()));
    action(el, 'theirs', 'vote-up').focus();
    await sendKeys({press: 'Enter'});
    await waitUntil(() => action(el, 'theirs', 'vote-up').getAttribute('aria-pressed') === 'true');
    await sendKeys({press: 'Space'});
    await waitUntil(() => action(el, 'theirs', 'vote-up').getAttribute('aria-pressed') === 'false');
    expect(focused(el)).to.equal(action(el, 'theirs', 'vote-up'));
    action(el, 'mine', 'quote').focus();
    await sendKeys({press: 'Tab'});
    expect(focused(el), 'own vote is disabled, skipped').to.equal(action(el, 'mine', 'edit'));
    await sendKeys({press: 'Tab'});
    expect(focused(el)).to.equal(action(el, 'mine', 'delete'));
  });

  it('edits: Enter opens the box focused, Escape leaves it and returns to Edit', async () => {
    const el = await mount(memory(seed()));
    action(el, 'mine', 'edit').focus();
    await sendKeys({press: 'Enter'});
    await waitUntil(() => focused(el)?.id === 'body', 'focus in the edit box');
    await sendKeys({type: ' again'});
    await sendKeys({press: 'Escape'});
    await waitUntil(() => focused(el) === action(el, 'mine', 'edit'), 'focus back on Edit');
    expect(text(article(el, 'mine').querySelector('.body'))).to.equal('Written by me');
  });

  it('edits: Ctrl+Enter saves and focus lands on the comment', async () => {
    const el = await mount(memory(seed()));
    action(el, 'mine', 'edit').focus();
    await sendKeys({press: 'Enter'});
    await waitUntil(() => focused(el)?.id === 'body', 'focus in the edit box');
    await sendKeys({type: ', edited'});
    await sendKeys({press: 'Control+Enter'});
    await waitUntil(() => focused(el) === article(el, 'mine'), 'focus on the comment');
    expect(text(article(el, 'mine').querySelector('.body'))).to.equal('Written by me, edited');
  });

  it('deletes: focus goes to Keep it, then Shift+Tab and Enter delete', async () => {
    const el = await mount(memory(seed()));
    action(el, 'mine', 'delete').focus();
    await sendKeys({press: 'Enter'});
    await waitUntil(() => focused(el)?.textContent?.trim() === 'Keep it', 'focus on Keep it');
    await sendKeys({press: 'Shift+Tab'});
    expect(focused(el)?.getAttribute('data-action')).to.equal('delete-confirm');
    await sendKeys({press: 'Enter'});
    await waitUntil(() => !el.shadowRoot!.getElementById('comment-mine'), 'the comment goes');
    expect(focused(el), 'focus on the comment before it').to.equal(article(el, 'theirs'));
  });
});
