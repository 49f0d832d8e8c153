import {expect, fixture, html, oneEvent, waitUntil} from '@open-wc/testing';
import type {NatterComments} from '../../src/components/natter-comments/natter-comments.js';
import type {LoadedEvent} from '../../src/events/loaded-event.js';
import {
  $,
  $$,
  article,
  button,
  discussion,
  heading,
  makeComment,
  memory,
  mount,
  staticAdapter,
  text,
  THREAD,
} from './natter-comments-support.js';

describe('natter-comments: reading a thread', () => {
  it('is accessible with a loaded thread', async () => {
    const el = await mount(memory());
    await expect(el).to.be.accessible();
  });

  it('counts comments in the header with the right plural', async () => {
    expect(heading(await mount(memory([])))).to.equal('No comments yet');
    const single = await mount(memory([makeComment('one', null, 'Solo', 1)]));
    expect(heading(single)).to.equal('1 comment');
    expect(heading(await mount(memory()))).to.equal('4 comments');
  });

  it('fires natter-loaded with the thread and total', async () => {
    const loaded = oneEvent(document, 'natter-loaded');
    await fixture(
      html`<natter-comments
        loading="eager"
        thread=${THREAD}
        .adapter=${memory()}
      ></natter-comments>`,
    );
    const event = (await loaded) as unknown as LoadedEvent;
    expect(event.thread).to.equal(THREAD);
    expect(event.total).to.equal(4);
  });

  it('nests replies under the comments they answer', async () => {
    const el = await mount(memory());
    const kay = article(el, 'kay');
    // kay answers jim, who answers ann: two nested reply lists.
    expect(kay.closest('#replies-jim')).to.not.equal(null);
    expect(kay.closest('#replies-ann')).to.not.equal(null);
    expect(article(el, 'dee').closest('.replies')).to.equal(null);
  });

  it('flattens replies beyond max-depth and says whom they answer', async () => {
    const el = await mount(memory(), {maxDepth: 2});
    const kay = article(el, 'kay');
    expect(text(kay)).to.contain('In reply to Jim');
    expect(kay.closest('ol')!.classList.contains('flat')).to.equal(true);
    expect(text(article(el, 'jim'))).not.to.contain('In reply to');
  });

  it('shows a reply whose parent is missing, marked as such', async () => {
    const orphan = makeComment('orphan', 'vanished', 'Olu', 2);
    const el = await mount(staticAdapter([...discussion(), orphan]));
    expect(text(article(el, 'orphan'))).to.contain('In reply to a comment that is not shown');
    expect(heading(el)).to.equal('5 comments');
  });

  it('collapses and expands a subtree with a button that says how many replies it holds', async () => {
    const el = await mount(memory());
    const toggle = article(el, 'ann').querySelector<HTMLButtonElement>('[data-action="toggle"]')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(text(toggle)).to.equal('Hide replies');
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(text(toggle)).to.equal('Show 2 replies');
    expect(el.shadowRoot!.getElementById('comment-kay')).to.equal(null);
    await expect(el).to.be.accessible();
    toggle.click();
    await el.updateComplete;
    expect(article(el, 'kay')).to.be.instanceOf(HTMLElement);
    const jimToggle = article(el, 'jim').querySelector('[data-action="toggle"]')!;
    (jimToggle as HTMLButtonElement).click();
    await el.updateComplete;
    expect(text(jimToggle)).to.equal('Show 1 reply');
  });

  it('links the author name only to a safe website, with nofollow ugc', async () => {
    const hostile = makeComment('evil', null, 'Mallory', 1, {
      author: {name: 'Mallory', url: 'javascript:alert(1)'},
    });
    const el = await mount(memory([...discussion(), hostile]));
    const ann = article(el, 'ann').querySelector<HTMLAnchorElement>('.author')!;
    expect(ann.href).to.equal('https://ann.example/');
    expect(ann.rel).to.equal('nofollow ugc noopener');
    expect(ann.querySelector('bdi')!.textContent).to.equal('Ann Arbor');
    const mallory = article(el, 'evil').querySelector('.author')!;
    expect(mallory.hasAttribute('href')).to.equal(false);
    expect(text(mallory)).to.equal('Mallory');
  });

  it('shows relative times with the exact date in the title and a permalink', async () => {
    const el = await mount(memory());
    const time = article(el, 'dee').querySelector('time')!;
    expect(text(time)).to.equal('3 hours ago');
    expect(time.getAttribute('datetime')).to.match(/^\d{4}-\d\d-\d\dT/);
    expect(time.title).to.match(/\d{4}/);
    expect(time.closest('a')!.getAttribute('href')).to.equal('#comment-dee');
  });

  it('formats dates and counts in the lang attribute', async () => {
    const loaded = oneEvent(document, 'natter-loaded');
    const el = await fixture<NatterComments>(
      html`<natter-comments
        loading="eager"
        lang="fr"
        thread=${THREAD}
        .adapter=${memory()}
      ></natter-comments>`,
    );
    await loaded;
    await el.updateComplete;
    expect(text(article(el, 'dee').querySelector('time'))).to.equal('il y a 3 heures');
  });

  it('renders bodies as paragraphs, lines and safe links, never as HTML', async () => {
    const body =
      'First line\nsecond line\n\nSee https://example.com/page. Or javascript:alert(1)\n\n<img src=x onerror="window.__pwned=1">';
    const el = await mount(memory([makeComment('rich', null, 'Rita', 1, {body})]));
    const bodyEl = article(el, 'rich').querySelector('.body')!;
    const paragraphs = bodyEl.querySelectorAll('p');
    expect(paragraphs).to.have.length(3);
    expect(paragraphs[0].querySelectorAll('br')).to.have.length(1);
    const links = bodyEl.querySelectorAll('a');
    expect(links).to.have.length(1);
    expect(links[0].getAttribute('href')).to.equal('https://example.com/page');
    expect(links[0].rel).to.equal('nofollow ugc noopener');
    expect(text(links[0])).to.equal('https://example.com/page');
    expect(bodyEl.querySelector('img')).to.equal(null);
    expect(text(paragraphs[2])).to.equal('<img src=x onerror="window.__pwned=1">');
    expect((window as unknown as {__pwned?: number}).__pwned).to.equal(undefined);
  });

  it('renders backend HTML only after sanitising it', async () => {
    const wp = makeComment('wp', null, 'Wendy', 1, {
      body: 'Hello plain',
      bodyHtml:
        '<p>Hello <strong>world</strong><img src=x onerror="window.__pwned=2"></p><script>window.__pwned=3</script>',
    });
    const el = await mount(staticAdapter([wp]));
    // The plain body shows until the sanitiser has loaded, then the HTML replaces it.
    await waitUntil(() => article(el, 'wp').querySelector('.body strong'), 'sanitised HTML shown');
    const bodyEl = article(el, 'wp').querySelector('.body')!;
    expect(text(bodyEl)).to.equal('Hello world');
    expect(bodyEl.querySelector('img, script')).to.equal(null);
    expect((window as unknown as {__pwned?: number}).__pwned).to.equal(undefined);
  });

  it('shows deleted comments with replies as tombstones', async () => {
    const comments = discussion();
    comments[1] = {...comments[1], status: 'deleted', body: '', author: {name: ''}};
    const el = await mount(memory(comments));
    const jim = article(el, 'jim');
    expect(text(jim)).to.contain('This comment was deleted.');
    expect(jim.querySelectorAll('[data-action="reply"]:not([hidden])').length).to.equal(0);
    expect(text(article(el, 'kay'))).to.contain('Kay');
    await expect(el).to.be.accessible();
  });

  it('draws generated initials and swaps a broken avatar image for them', async () => {
    const withImage = makeComment('pic', null, 'Pia Ito', 1, {
      author: {name: 'Pia Ito', avatar: '/definitely-missing-avatar.png'},
    });
    const el = await mount(staticAdapter([withImage, makeComment('plain', null, 'Bo', 1)]));
    const plain = article(el, 'plain').querySelector('.avatar')!;
    expect(text(plain)).to.equal('B');
    expect(plain.querySelector('img')).to.equal(null);
    const avatar = article(el, 'pic').querySelector('.avatar')!;
    expect(text(avatar)).to.equal('PI');
    const img = avatar.querySelector('img');
    expect(img?.getAttribute('src')).to.equal(
      new URL('/definitely-missing-avatar.png', location.href).href,
    );
    await waitUntil(
      () => !article(el, 'pic').querySelector('.avatar img:not([hidden])'),
      'broken image replaced',
    );
    expect(text(article(el, 'pic').querySelector('.avatar'))).to.equal('PI');
  });

  it('never renders an avatar URL that is not http(s)', async () => {
    const sneaky = makeComment('js', null, 'Jo', 1, {
      author: {name: 'Jo', avatar: 'javascript:alert(1)'},
    });
    const el = await mount(staticAdapter([sneaky]));
    expect(article(el, 'js').querySelector('img')).to.equal(null);
  });

  it('takes its colours from the theme attribute', async () => {
    const el = await mount(memory());
    const background = () => getComputedStyle(el).backgroundColor;
    el.setAttribute('theme', 'dark');
    expect(background()).to.equal('rgb(15, 20, 25)');
    expect(getComputedStyle(el).colorScheme).to.equal('dark');
    el.setAttribute('theme', 'light');
    expect(background()).to.equal('rgb(255, 255, 255)');
    el.style.setProperty('--natter-background', 'rgb(1, 2, 3)');
    expect(background()).to.equal('rgb(1, 2, 3)');
    el.theme = 'dark';
    await el.updateComplete;
    expect(el.getAttribute('theme')).to.equal('dark');
    await expect(el).to.be.accessible();
  });

  it('hides Reply when the adapter takes no replies', async () => {
    const adapter = memory();
    const noReplies = Object.assign(Object.create(adapter), {
      capabilities: {...adapter.capabilities, replies: false},
    });
    const el = await mount(noReplies);
    expect($$(el, '[data-action="reply"]:not([hidden])').length).to.equal(0);
    expect($(el, 'article')).to.not.equal(null);
  });

  it('keeps top-level comments cheap to lay out off screen', async () => {
    const el = await mount(memory());
    const item = $(el, '.thread > li')!;
    expect(getComputedStyle(item).contentVisibility).to.equal('auto');
  });

  it('exposes stable parts for styling', async () => {
    const el = await mount(memory());
    for (const part of ['header', 'comment', 'avatar', 'author', 'body', 'actions', 'button']) {
      expect($(el, `[part~="${part}"]`), part).to.not.equal(null);
    }
    expect(button(el, 'Reply')).to.be.instanceOf(HTMLButtonElement);
  });
});
