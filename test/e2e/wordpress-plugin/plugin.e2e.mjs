// The plugin on a real WordPress and a real block theme: installed from the
// built archive, Natter replaces the Comments block, visitors and signed-in
// users post into WordPress's comments table, and deactivating brings the
// theme's comments back.
import assert from 'node:assert/strict';
import {test} from '../drop-in/harness.mjs';
import {postComment, until} from '../drop-in/pages.mjs';
import {onPage, renderedComments} from './browser.mjs';
import {PLUGIN} from './site.mjs';

/** Resolves with WordPress's answer to the next comment the page posts. */
const nextPost = (page) =>
  page.waitForResponse(
    (response) =>
      response.url().includes('/wp/v2/comments') && response.request().method() === 'POST',
    {timeout: 20_000},
  );

async function waitForComment(page, words) {
  return until(
    async () => (await renderedComments(page)).find((c) => c.body.includes(words)),
    `no comment with "${words}" is shown`,
    20_000,
  );
}

test('the built archive installs and activates through WordPress', async ({site, zip}) => {
  const installed = await site.install(zip);
  assert.equal(installed.plugin, PLUGIN);
  const state = await site.setActive(PLUGIN, true);
  assert.equal(state.active, true);
});

test('a Twenty Twenty-Three post shows Natter in place of the theme comments', async ({
  browser,
  site,
}) => {
  await onPage(browser, site, site.postUrl(site.seededPost), async (page) => {
    // The theme is still there around it: its title block and its footer.
    assert.equal(
      (await page.locator('h1.wp-block-post-title').textContent()).trim(),
      'Notes from the harbour walk',
    );
    assert.equal(await page.locator('footer.wp-block-template-part').count(), 1);
    // The Comments block's own list and form are gone.
    assert.equal(await page.locator('.wp-block-comments, #respond, .comment-list').count(), 0);
    const section = page.locator('#comments natter-comments');
    assert.equal(await section.getAttribute('adapter'), 'wordpress');
    assert.equal(await section.getAttribute('thread'), site.seededPost);
    assert.equal(await section.getAttribute('endpoint'), `${site.url}/wp-json`);
    assert.equal(await section.getAttribute('lang'), 'en-US');
    // Settings → Discussion of the test site: threaded five levels deep.
    assert.equal(await section.getAttribute('max-depth'), '5');
    // The widget's files come from the plugin, not from a CDN.
    const scripts = await page
      .locator('script[type="module"]')
      .evaluateAll((nodes) => nodes.map((node) => node.src));
    assert.ok(
      scripts.some((src) =>
        src.startsWith(`${site.url}/wp-content/plugins/natter-comments/widget/natter.js`),
      ),
      `no bundled natter.js among ${scripts.join(', ')}`,
    );

    await waitForComment(page, 'bring a thermos');
    const shown = await renderedComments(page);
    const depth = (words) => shown.find((c) => c.body.includes(words))?.depth;
    assert.deepEqual(
      [depth('look like giraffes'), depth('standing on the pier'), depth('bring a thermos')],
      [0, 1, 2],
    );
    assert.equal(depth('Photos are up'), 0);
    assert.equal(depth('waits for a moderator'), undefined, 'a held comment is shown');
  });
});

test("a visitor posts into WordPress's comments table", async ({browser, site}) => {
  const post = await site.createPost([
    {author_name: 'Ines', content: 'Was the ferry running?', date_gmt: '2024-05-01 08:00:00'},
  ]);
  const body = `A visitor note ${Date.now()}`;
  await onPage(browser, site, site.postUrl(post), async (page) => {
    await waitForComment(page, 'ferry running');
    const answer = nextPost(page);
    await postComment(page, {body, name: 'Vera Visitor', email: 'vera@example.test'});
    assert.equal((await answer).status(), 201);
    await waitForComment(page, body);
  });
  const rows = await site.commentRows(post);
  const row = rows.find((r) => r.comment_content.includes(body));
  assert.ok(row, `the comment is not in the table: ${JSON.stringify(rows)}`);
  assert.equal(row.comment_author, 'Vera Visitor');
  assert.equal(row.user_id, '0');
  assert.equal(row.comment_approved, '1');
});

test('an index page counts comments with the shortcode and the block', async ({browser, site}) => {
  const post = await site.createPost([
    {author_name: 'Ines', content: 'First.'},
    {author_name: 'Olu', content: 'Second.'},
    {author_name: 'Quiet', content: 'Held.', status: 'hold'},
  ]);
  const page = await site.createPage(
    'Latest walks',
    `<!-- wp:shortcode -->[natter_count post="${post}"]<!-- /wp:shortcode -->\n` +
      `<!-- wp:natter/count {"postId":${post}} /-->`,
  );
  await onPage(browser, site, site.postUrl(page), async (view) => {
    const badges = view.locator('natter-count');
    assert.equal(await badges.count(), 2);
    for (const badge of await badges.all()) {
      assert.equal(await badge.getAttribute('thread'), post);
      await until(
        async () => (await badge.evaluate((el) => el.shadowRoot?.textContent ?? '')).trim(),
        'a count badge stays empty',
      );
      assert.equal(
        (await badge.evaluate((el) => el.shadowRoot.textContent)).trim(),
        // Approved comments only, as comments_number() counts them.
        '2 comments',
      );
    }
    // A page with comments closed and none to show keeps the theme's (empty) area.
    assert.equal(await view.locator('natter-comments').count(), 0);
  });
});

test('an administrator signed in through wp-login.php comments as themselves', async ({
  browser,
  site,
}) => {
  const post = await site.createPost();
  const owner = {login: 'olive', password: `pw-${Date.now()}-owner`};
  const {id} = await site.user(owner.login, 'administrator', owner.password, 'Olive Owner');
  const body = `Owner here ${Date.now()}`;
  await onPage(
    browser,
    site,
    site.postUrl(post),
    async (page) => {
      // The form names the account instead of asking for a name and email.
      const signedIn = page.locator('natter-reply-form .signed-in');
      await until(async () => (await signedIn.count()) > 0, 'the form names no signed-in user');
      assert.match(await signedIn.textContent(), /Olive Owner/);
      assert.equal(await page.getByLabel(/^Name/).count(), 0);
      await page.getByRole('textbox', {name: /^Comment/}).fill(body);
      const answer = nextPost(page);
      await page.getByRole('button', {name: 'Post comment'}).click();
      assert.equal((await answer).status(), 201);
      await waitForComment(page, body);
    },
    {user: owner},
  );
  const row = (await site.commentRows(post)).find((r) => r.comment_content.includes(body));
  assert.ok(row, 'the comment is not in the table');
  assert.equal(row.user_id, String(id));
  assert.equal(row.comment_author, 'Olive Owner');
});
