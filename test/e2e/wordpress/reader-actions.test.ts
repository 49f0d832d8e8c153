import {expect} from '@open-wc/testing';
import {createWordPressAdapter} from '../../../src/adapters/wordpress.js';
import {createPost, deletePost, endpoint} from './site.js';

// What a reader may do to a comment beyond posting it, as WordPress's REST API
// answers an anonymous visitor; the adapter offers exactly what is allowed.
describe('a reader’s own comment on a real WordPress', () => {
  let post = '';
  let comment = '';
  before(async () => {
    const created = await createPost({
      title: `Reader actions ${Date.now()}`,
      comments: [{key: 'mine', author_name: 'Ines', content: 'Mine to change, if I could.'}],
    });
    post = created.post;
    comment = created.ids.mine;
  });
  after(() => deletePost(post));

  // Form-encoded posts need no CORS preflight; `_method` is WordPress's own override.
  const asVisitor = (fields: Record<string, string>, query = '') =>
    fetch(`${endpoint}/wp/v2/comments/${comment}${query}`, {
      method: 'POST',
      body: new URLSearchParams(fields),
    });

  it('refuses an anonymous edit and an anonymous delete', async () => {
    const edit = await asVisitor({content: 'Changed by a visitor.'});
    expect(edit.status).to.equal(401);
    expect(((await edit.json()) as {code: string}).code).to.equal('rest_cannot_edit');
    const removal = await asVisitor({}, '?_method=DELETE');
    expect(removal.status).to.equal(401);
    expect(((await removal.json()) as {code: string}).code).to.equal('rest_cannot_delete');
    const still = await fetch(`${endpoint}/wp/v2/comments/${comment}?_fields=content`);
    const {content} = (await still.json()) as {content: {rendered: string}};
    expect(content.rendered).to.contain('Mine to change, if I could.');
  });

  it('has no voting route to offer', async () => {
    const routes = (await (await fetch(`${endpoint}/`)).json()) as {
      routes: Record<string, unknown>;
    };
    const voting = Object.keys(routes.routes).filter((route) =>
      /vote|karma|rating|like/i.test(route),
    );
    expect(voting).to.deep.equal([]);
  });

  it('so the adapter offers no edit, delete, vote, top sort or Markdown', () => {
    const adapter = createWordPressAdapter({endpoint});
    expect(adapter.update).to.equal(undefined);
    expect(adapter.remove).to.equal(undefined);
    expect(adapter.vote).to.equal(undefined);
    expect(adapter.setUserToken).to.equal(undefined);
    expect(adapter.capabilities).to.include({top: false, markdown: false});
  });
});
