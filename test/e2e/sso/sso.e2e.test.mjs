// Sign-in through the site, end to end: the built natter.js on a page served
// by natter-server (its own process, SQLite), tokens signed with the Node
// example of docs/sso.md, in Chromium.
import assert from 'node:assert/strict';
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, describe, it} from 'node:test';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {chromium} from 'playwright-core';
import {startNatterServer} from '../../../scripts/lib/console-demo.mjs';
import {chromiumArgs, chromiumPath} from '../../support/wtr-base.mjs';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const SECRET = 'e2e-sso-secret-0123456789-abcdefghijklmn';

/** The Node example of docs/sso.md, as a module. */
async function docsSigner(dir) {
  const doc = readFileSync(join(root, 'docs/sso.md'), 'utf8');
  const start = doc.indexOf('<!-- sso-example: node -->');
  const code = /```\w*\n([\s\S]*?)```/.exec(doc.slice(start))[1];
  writeFileSync(join(dir, 'sign.mjs'), code);
  return (await import(pathToFileURL(join(dir, 'sign.mjs')).href)).natterUserToken;
}

describe('signing in through the site, with the built files', () => {
  let scratch, server, browser, sign;

  before(async () => {
    scratch = mkdtempSync(join(tmpdir(), 'natter-sso-e2e-'));
    sign = await docsSigner(scratch);
    server = await startNatterServer({
      database: join(scratch, 'natter.db'),
      token: 'e2e-admin-token-0123456789-abcdefghijklmnop',
      args: ['--static', join(root, 'test/e2e/sso/site'), '--min-fill-ms', '0'],
      env: {NATTER_SSO_SECRETS: SECRET},
    });
    browser = await chromium.launch({executablePath: chromiumPath, args: chromiumArgs});
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
    if (scratch) rmSync(scratch, {recursive: true, force: true});
  });

  /** A page in a browser of its own (its own storage, so its own author token). */
  async function open(token) {
    const context = await browser.newContext({viewport: {width: 1280, height: 900}});
    const page = await context.newPage();
    const query = token ? `?token=${encodeURIComponent(token)}` : '';
    await page.goto(`${server.url}/${query}`);
    await page.waitForSelector('natter-reply-form >> #body');
    return page;
  }

  const form = (page, selector) => page.locator(`natter-reply-form >> ${selector}`);

  async function post(page, text) {
    await form(page, '#body').fill(text);
    await form(page, '[part="submit"]').click();
  }

  it('posts as the signed-in reader, shown verified to everyone', async () => {
    const token = sign({id: 42, name: 'Grace Hopper', email: 'grace@example.com'}, SECRET);
    const page = await open(token);
    assert.equal(await form(page, '.signed-in').innerText(), 'Commenting as Grace Hopper Sign out');
    assert.equal(
      await form(page, 'a.sign-out').getAttribute('href'),
      `${server.url}/account/sign-out`,
    );
    assert.equal(await form(page, '#name').count(), 0);
    await post(page, 'Written on the pier itself.');
    await page.waitForSelector(
      'natter-comments >> article:has-text("Written on the pier") .verified',
    );
    await page.context().close();

    const reader = await open();
    const mark = reader.locator(
      'natter-comments >> article:has-text("Written on the pier") .verified',
    );
    assert.equal(await mark.getAttribute('aria-label'), 'Verified');
    const list = await (await fetch(`${server.url}/api/comments?thread=/harbour`)).json();
    assert.deepEqual(
      list.comments.map((c) => [c.author.name, c.author.verified]),
      [['Grace Hopper', true]],
    );
    await reader.context().close();
  });

  it('keeps the draft and says what to do when the token has expired', async () => {
    const page = await open(sign({id: 42, name: 'Grace Hopper'}, SECRET, -5));
    await post(page, 'A second thought that must not be lost');
    await page.waitForSelector('natter-reply-form >> .notice.failed');
    assert.match(
      await form(page, '.notice.failed').innerText(),
      /Reload the page to sign in again/,
    );
    assert.equal(await form(page, '#body').inputValue(), 'A second thought that must not be lost');
    await page.context().close();
  });

  it('refuses an anonymous post under the signed-in reader’s name, at the name field', async () => {
    const page = await open();
    await form(page, '#name').fill('grace HOPPER');
    await form(page, '#email').fill('someone@example.com');
    await post(page, 'Pretending to be Grace');
    await page.waitForSelector('natter-reply-form >> #name[aria-invalid="true"]');
    const message = await page.locator('natter-reply-form >> .field:has(#name)').innerText();
    assert.match(message, /sign in to use it, or choose another name/);
    assert.equal(await form(page, '#body').inputValue(), 'Pretending to be Grace');
    await page.context().close();
  });

  it('falls back to the anonymous form for a token it cannot read', async () => {
    const page = await open('not-a-token');
    assert.equal(await form(page, '.signed-in').count(), 0);
    assert.equal(await form(page, '#name').count(), 1);
    await page.context().close();
  });
});
