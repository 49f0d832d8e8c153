// Developers' apps: a Vite app and a React page built against the packed
// package (fixtures/vite-app), talking to the reference server.
import assert from 'node:assert/strict';
import {test} from './harness.mjs';
import {
  acceptedComment,
  countText,
  postComment,
  serverCounts,
  shadowText,
  storedBodies,
  until,
  withPage,
} from './pages.mjs';

test('vite app: elements from natter/define show comments and counts', ({browser, app, comments}) =>
  withPage(browser, `${app.origin}/index.html`, async ({page}) => {
    const expected = await serverCounts(comments, [
      '/articles/harbour-lights',
      '/articles/tide-tables',
    ]);
    // One badge names its backend by attribute, the other got an adapter object.
    await until(
      async () =>
        (await shadowText(page, '#named')) === countText(expected['/articles/harbour-lights']),
      'the badge with an endpoint attribute should show the count',
    );
    await until(
      async () =>
        (await shadowText(page, '#assigned')) === countText(expected['/articles/tide-tables']),
      'the badge with an adapter property should show the count',
    );
    await page.locator('natter-comments').scrollIntoViewIfNeeded();
    await page.getByText('The photo of the lantern at dusk').waitFor();
    const body = 'Posted from an app that bundles natter with Vite.';
    await postComment(page, {body, name: 'Vite reader'});
    await acceptedComment(page, body);
    assert.ok((await storedBodies(comments, '/articles/harbour-lights')).includes(body));
  }));

test('react: NatterComments renders and its event props reach React', ({browser, app, comments}) =>
  withPage(browser, `${app.origin}/react.html`, async ({page}) => {
    const status = page.locator('#status');
    await until(
      async () => (await status.textContent()) === 'loaded 1',
      'onNatterLoaded should have set the status',
    );
    await page.getByText('Rendered by React, stored by the reference server').waitFor();
    await until(
      async () => (await shadowText(page, 'natter-count')) === countText(1),
      'the React NatterCount should show the count',
    );
    const body = 'Posted through the React wrapper.';
    await postComment(page, {body, name: 'React reader'});
    await until(
      async () => (await status.textContent()) === `posted: ${body}`,
      'onNatterCommentPosted should have set the status',
    );
    assert.ok((await storedBodies(comments, '/articles/react-page')).includes(body));
  }));

// Vue and Svelte use the elements as they are: attributes bound by the
// framework, and the elements' events handled by framework code that sets
// the status line.
for (const framework of ['Vue', 'Svelte']) {
  const name = framework.toLowerCase();
  test(`${name}: the elements need no wrapper, their events reach ${framework} code`, ({
    browser,
    app,
    comments,
  }) =>
    withPage(browser, `${app.origin}/${name}.html`, async ({page}) => {
      const status = page.locator('#status');
      await until(
        async () => (await status.textContent()) === 'loaded 1',
        `the ${framework} natter-loaded handler should have set the status`,
      );
      await page.getByText(`Rendered by ${framework}, stored by the reference server`).waitFor();
      await until(
        async () => (await shadowText(page, 'natter-count')) === countText(1),
        `the natter-count in ${framework} should show the count`,
      );
      const body = `Posted from a ${framework} page.`;
      await postComment(page, {body, name: `${framework} reader`});
      await until(
        async () => (await status.textContent()) === `posted: ${body}`,
        `the ${framework} natter-comment-posted handler should have set the status`,
      );
      assert.ok((await storedBodies(comments, `/articles/${name}-page`)).includes(body));
    }));
}
