import {expect, waitUntil} from '@open-wc/testing';
import type {NatterComments} from '../../../src/components/natter-comments/natter-comments.js';
import {createPost, deletePost, holdNext, seededPost, type SeedComment} from './site.js';
import {
  articleWith,
  depthOf,
  fill,
  mountOn,
  openReply,
  post,
  publicComments,
  replyForm,
  submitButton,
  text,
} from './widget-support.js';

const reader = {name: 'Rosa Ortega', email: 'rosa@example.test'};

const discussion: SeedComment[] = [
  {
    key: 'a',
    author_name: 'Ines',
    content: 'First thoughts on the walk.',
    date_gmt: '2024-05-01 08:00:00',
  },
  {key: 'b', parent: 'a', author_name: 'Olu', content: 'Agreed.', date_gmt: '2024-05-01 09:00:00'},
];

describe('<natter-comments adapter="wordpress"> on a real WordPress', () => {
  const made: string[] = [];
  async function freshPost(comments = discussion, closed = false) {
    const created = await createPost({comments, closed});
    made.push(created.post);
    return created;
  }
  afterEach(async () => {
    await Promise.all(made.splice(0).map((id) => deletePost(id)));
  });

  it('reads the seeded discussion three levels deep, as WordPress stores it', async () => {
    const el = await mountOn(seededPost);
    // Four approved comments; the held one is not shown to other readers.
    expect(text(el.shadowRoot!.querySelector('h2'))).to.equal('4 comments');
    expect(text(el.shadowRoot!)).not.to.contain('This one waits for a moderator');

    const top = articleWith(el, 'made the cranes look like giraffes');
    const reply = articleWith(el, 'standing on the pier');
    const deepest = articleWith(el, 'bring a thermos');
    expect([depthOf(top), depthOf(reply), depthOf(deepest)]).to.deep.equal([0, 1, 2]);

    // Entities decoded once, HTML kept through the sanitiser, dates read as UTC
    // (the site's own time zone is Pacific/Auckland).
    expect(text(reply)).to.contain('Tomás & Ana');
    // The sanitiser is loaded on demand: the plain text shows until it is there.
    await waitUntil(() => reply.querySelector('.body em'), 'the HTML body');
    expect(reply.querySelector('.body em')?.textContent).to.equal('Exactly');
    expect(top.querySelector('time')?.getAttribute('datetime')).to.equal(
      '2024-03-01T09:00:00.000Z',
    );
    const link = articleWith(el, 'Photos are up').querySelector<HTMLAnchorElement>('.body a');
    expect(link?.href).to.equal('https://example.com/harbour');
    expect(link?.rel).to.equal('nofollow ugc noopener');
    await expect(el).to.be.accessible();
  });

  it('posts a comment and a reply that WordPress stores and threads', async () => {
    const {post: id, ids} = await freshPost();
    const el = await mountOn(id);

    const top = await post(el, {body: 'Posted through the widget.', ...reader});
    expect(top.status).to.equal('published');
    expect(depthOf(articleWith(el, 'Posted through the widget.'))).to.equal(0);

    await openReply(el, ids.b);
    const reply = await post(el, {body: 'A reply <b>typed</b> as text.', ...reader});
    expect(reply.parentId).to.equal(ids.b);
    const shown = articleWith(el, 'A reply <b>typed</b> as text.');
    expect(depthOf(shown)).to.equal(2);
    expect(shown.querySelector('.body b')).to.equal(null);

    const stored = await publicComments(id);
    const byId = new Map(stored.map((c) => [String(c.id), c]));
    expect(byId.get(top.id)?.parent).to.equal(0);
    expect(byId.get(reply.id)?.parent).to.equal(Number(ids.b));
    expect(text(el.shadowRoot!.querySelector('h2'))).to.equal('4 comments');
  });

  it('shows a held comment to its author as pending, also after a reload', async () => {
    const {post: id} = await freshPost();
    await holdNext(id);
    let el: NatterComments = await mountOn(id);
    const held = await post(el, {body: 'Please approve me.', ...reader});
    expect(held.status).to.equal('pending');
    expect(text(articleWith(el, 'Please approve me.'))).to.contain('awaiting moderation');
    expect((await publicComments(id)).map((c) => String(c.id))).not.to.include(held.id);

    el.remove();
    el = await mountOn(id);
    const again = articleWith(el, 'Please approve me.');
    expect(again.classList.contains('pending')).to.equal(true);
  });

  it('explains closed comments and keeps what was typed', async () => {
    const {post: id} = await freshPost(discussion, true);
    const el = await mountOn(id);
    await fill(el, {body: 'Too late for this one.', ...reader});
    submitButton(el).click();
    const form = replyForm(el);
    await waitUntil(() => text(form.shadowRoot!).includes('Comments are closed.'), 'closed notice');
    expect(form.shadowRoot!.querySelector('fieldset')!.disabled).to.equal(true);
    expect(form.shadowRoot!.querySelector('textarea')!.value).to.equal('Too late for this one.');
  });

  it('shows a reply whose parent is held under a missing parent', async () => {
    const {post: id} = await freshPost([
      ...discussion,
      {key: 'held', author_name: 'Someone', content: 'Held parent.', status: 'hold'},
      {key: 'orphan', parent: 'held', author_name: 'Pat', content: 'Answering a held comment.'},
    ]);
    const el = await mountOn(id);
    const orphan = articleWith(el, 'Answering a held comment.');
    expect(text(orphan)).to.contain('In reply to a comment that is not shown');
    expect(text(el.shadowRoot!)).not.to.contain('Held parent.');
  });
});
