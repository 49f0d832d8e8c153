import {expect, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import {$, article, button, memory, mount, text} from './natter-comments-support.js';
import type {NatterComments} from '../../src/components/natter-comments/natter-comments.js';

/** The comment that has focus inside the section, by id. */
function focusedId(el: NatterComments): string | undefined {
  return el.shadowRoot!.activeElement?.closest('article')?.id.slice('comment-'.length);
}

describe('<natter-comments> from the keyboard', () => {
  it('moves between comments with J and K, in reading order', async () => {
    const el = await mount(memory());
    // Tab to the first comment's author link, as a keyboard user would reach the thread.
    article(el, 'ann').querySelector<HTMLElement>('.permalink')!.focus();
    await sendKeys({press: 'j'});
    expect(focusedId(el)).to.equal('jim');
    await sendKeys({press: 'j'});
    await sendKeys({press: 'j'});
    expect(focusedId(el)).to.equal('dee');
    await sendKeys({press: 'k'});
    expect(focusedId(el)).to.equal('kay');
    // Past the last comment, J stays put.
    article(el, 'dee').focus();
    await sendKeys({press: 'j'});
    expect(focusedId(el)).to.equal('dee');
  });

  it('opens the reply form with R, and Escape cancels it and returns to the comment', async () => {
    const el = await mount(memory());
    article(el, 'jim').focus();
    await sendKeys({press: 'r'});
    const slot = () => article(el, 'jim').parentElement!.querySelector('natter-reply-form');
    await waitUntil(slot, 'the form opens under the comment');
    const form = slot()!;
    await waitUntil(
      () => form.shadowRoot?.activeElement?.id === 'body',
      'the comment box has focus',
    );
    // Typing in the form is typing, not a shortcut.
    await sendKeys({type: 'jk'});
    expect(focusedId(el)).to.equal(undefined);
    await sendKeys({press: 'Escape'});
    await waitUntil(() => !article(el, 'jim').parentElement!.querySelector('natter-reply-form'));
    const reply = article(el, 'jim').querySelector('button[data-action="reply"]');
    await waitUntil(() => el.shadowRoot!.activeElement === reply, 'focus is back on Reply');
  });

  it('shows and hides replies with C', async () => {
    const el = await mount(memory());
    article(el, 'ann').focus();
    await sendKeys({press: 'c'});
    await waitUntil(() => !el.shadowRoot!.getElementById('comment-jim'), 'the replies are hidden');
    expect(text(button(article(el, 'ann'), /Show 2 replies/))).to.equal('Show 2 replies');
    await sendKeys({press: 'c'});
    await waitUntil(() => el.shadowRoot!.getElementById('comment-jim'), 'the replies are back');
  });

  it('names each comment for screen readers with its author, time and level', async () => {
    const el = await mount(memory());
    expect(article(el, 'ann').getAttribute('aria-label')).to.match(/^Ann Arbor, \d+ hours ago$/);
    expect(article(el, 'kay').getAttribute('aria-label')).to.match(
      /^Kay, \d+ hours ago, reply to Jim, level 3$/,
    );
  });

  it('lists the keys in a help text under the thread', async () => {
    const el = await mount(memory());
    const help = $(el, 'details.keys')!;
    expect(text(help.querySelector('summary'))).to.equal('Keyboard shortcuts');
    expect(text(help)).to.include('J: next comment');
    await expect(el).to.be.accessible();
  });
});
