import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import {ifDefined} from 'lit/directives/if-defined.js';
import '../../src/define.js';
import type {NatterComments} from '../../src/components/natter-comments/natter-comments.js';
import type {NatterCount} from '../../src/components/natter-count/natter-count.js';
import type {MessageOverrides} from '../../src/core/messages.js';
import {createMemoryAdapter} from '../../src/adapters/memory.js';
import {
  $,
  $$,
  article,
  discussion,
  heading,
  makeComment,
  memory,
  text,
  THREAD,
} from './natter-comments-support.js';

/** Mounts an eager section inside `<div lang=...>` (or none) and waits for its first page. */
async function mountIn(
  wrapperLang: string | undefined,
  attrs: {lang?: string; dir?: string; messages?: MessageOverrides} = {},
  comments = discussion(),
): Promise<NatterComments> {
  const loaded = oneEvent(document, 'natter-loaded');
  const holder = await fixture<HTMLDivElement>(
    html`<div lang=${wrapperLang ?? 'en'}>
      <natter-comments
        loading="eager"
        thread=${THREAD}
        lang=${ifDefined(attrs.lang)}
        dir=${ifDefined(attrs.dir)}
        .messages=${attrs.messages ?? {}}
        .adapter=${memory(comments)}
      ></natter-comments>
    </div>`,
  );
  const el = holder.querySelector('natter-comments')!;
  await loaded;
  await el.updateComplete;
  return el;
}

const untilHeading = (el: NatterComments, expected: string) =>
  waitUntil(() => heading(el) === expected, `heading "${expected}", saw "${heading(el)}"`);

describe('<natter-comments> in other languages', () => {
  it('speaks the language of its own lang attribute, comments and controls alike', async () => {
    const el = await mountIn(undefined, {lang: 'de'});
    await untilHeading(el, '4 Kommentare');
    await waitUntil(() => text($$(el, 'button[data-action="reply"]')[0]) === 'Antworten');
    const label = $$(el, 'button[data-action="reply"]')[0].getAttribute('aria-label');
    expect(label).to.include('Ann Arbor');
    expect(label).to.not.match(/^Reply/);
  });

  it('takes the nearest ancestor lang, with every plural form of the language', async () => {
    const five = [
      makeComment('p1', null, 'Ola', 5),
      ...['p2', 'p3', 'p4', 'p5'].map((id, i) => makeComment(id, null, `R${i}`, 4 - i)),
    ];
    const el = await mountIn('pl', {}, five);
    await untilHeading(el, '5 komentarzy');
    const two = await mountIn('pl', {}, five.slice(0, 2));
    await untilHeading(two, '2 komentarze');
  });

  it('falls back to the nearest shipped locale (pt-PT reads Portuguese), then English', async () => {
    const portuguese = await mountIn('pt-PT');
    await untilHeading(portuguese, '4 comentários');
    const unknown = await mountIn('tlh');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(heading(unknown)).to.equal('4 comments');
  });

  it("lets the page's messages win over the locale", async () => {
    const el = await mountIn('de', {
      messages: {count: {one: '{count} Stimme', other: '{count} Stimmen'}},
    });
    await waitUntil(() => text($$(el, 'button[data-action="reply"]')[0]) === 'Antworten');
    expect(heading(el)).to.equal('4 Stimmen');
  });

  it('lays Arabic out right to left, from the language, keeping names isolated', async () => {
    const el = await mountIn('ar', {}, [
      makeComment('root', null, 'Layla', 3),
      makeComment('reply', 'root', 'Ann Arbor', 2),
    ]);
    expect($(el, '.natter')!.getAttribute('dir')).to.equal('rtl');
    const root = article(el, 'root').getBoundingClientRect();
    const reply = article(el, 'reply').getBoundingClientRect();
    // A reply is indented from the right edge, not the left.
    expect(reply.right).to.be.lessThan(root.right - 8);
    expect(Math.abs(reply.left - root.left)).to.be.lessThan(2);
    // The avatar comes first in reading order: on the right of the name.
    const avatar = article(el, 'root').querySelector('.avatar')!.getBoundingClientRect();
    const name = article(el, 'root').querySelector('.author')!.getBoundingClientRect();
    expect(avatar.left).to.be.greaterThan(name.right - 1);
    // An English name in an Arabic thread stays in its own direction.
    expect(article(el, 'reply').querySelector('.author bdi')!.textContent).to.equal('Ann Arbor');
  });

  it('follows an explicit dir over the language, and leaves left-to-right pages alone', async () => {
    const ltrArabic = await mountIn('ar', {dir: 'ltr'});
    expect($(ltrArabic, '.natter')!.hasAttribute('dir')).to.equal(false);
    const english = await mountIn('en');
    expect($(english, '.natter')!.hasAttribute('dir')).to.equal(false);
    const reply = article(ltrArabic, 'jim').getBoundingClientRect();
    const root = article(ltrArabic, 'ann').getBoundingClientRect();
    expect(reply.left).to.be.greaterThan(root.left + 8);
  });

  it('gives the count badge the same rule', async () => {
    const adapter = createMemoryAdapter({
      seed: {'/fr': [makeComment('f1', null, 'Aline', 1), makeComment('f2', null, 'Bruno', 1)]},
    });
    const holder = await fixture(
      html`<p lang="fr"><natter-count thread="/fr" .adapter=${adapter}></natter-count></p>`,
    );
    const badge = holder.querySelector<NatterCount>('natter-count')!;
    await waitUntil(
      () => badge.shadowRoot?.textContent?.trim() === '2 commentaires',
      'French count',
    );
  });
});
