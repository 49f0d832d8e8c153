import {expect, fixture, html, oneEvent} from '@open-wc/testing';
import {createWordPressAdapter} from '../../../src/adapters/wordpress.js';
import type {NatterComments} from '../../../src/components/natter-comments/natter-comments.js';
import {adapterFailure as failure} from '../../support/adapter-failure.js';
import {createPost, deletePost, endpoint} from './site.js';
import {articleWith, post, publicComments} from './widget-support.js';

// A section without `thread` names its thread by the page's path, here the
// path of its canonical link; the site uses pretty permalinks (/%postname%/).
async function linkOf(id: string): Promise<string> {
  const response = await fetch(`${endpoint}/wp/v2/posts/${id}?_fields=link`);
  return ((await response.json()) as {link: string}).link;
}

describe('<natter-comments adapter="wordpress"> without a thread, on a real WordPress', () => {
  const made: string[] = [];
  let canonical: HTMLLinkElement | undefined;
  afterEach(async () => {
    canonical?.remove();
    await Promise.all(made.splice(0).map((id) => deletePost(id)));
  });

  async function pathPost(title: string) {
    const created = await createPost({
      title,
      comments: [{author_name: 'Ines', content: 'Found by the path of the page.'}],
    });
    made.push(created.post);
    return {...created, link: await linkOf(created.post)};
  }

  it('finds the post from the page path, lists its comments and posts on it', async () => {
    const {post: id, link} = await pathPost(`Path lookup ${Date.now()}`);
    expect(new URL(link).pathname).to.match(/^\/path-lookup-\d+\/$/);
    canonical = Object.assign(document.createElement('link'), {rel: 'canonical', href: link});
    document.head.append(canonical);

    const loaded = oneEvent(document, 'natter-loaded');
    const el = await fixture<NatterComments>(
      html`<natter-comments
        adapter="wordpress"
        endpoint=${endpoint}
        loading="eager"
      ></natter-comments>`,
    );
    await loaded;
    await el.updateComplete;
    articleWith(el, 'Found by the path of the page.');

    const posted = await post(el, {
      body: 'Posted on a thread named by its path.',
      name: 'Rosa Ortega',
      email: 'rosa@example.test',
    });
    const stored = await publicComments(id);
    expect(stored.map((c) => String(c.id))).to.include(posted.id);
  });

  it('counts by path, and names a path that matches no post', async () => {
    const {link} = await pathPost(`Counted by path ${Date.now()}`);
    const path = new URL(link).pathname;
    const adapter = createWordPressAdapter({endpoint, rememberPending: false});
    expect(await adapter.count([path, '/no-such-post-here/'])).to.deep.equal({
      [path]: 1,
      '/no-such-post-here/': 0,
    });
    const error = await failure(adapter.list('/2019/01/no-such-post-here/', {}));
    expect(error.code).to.equal('not-found');
    expect(error.message).to.contain('"/2019/01/no-such-post-here/"');
  });
});
