import {expect, waitUntil} from '@open-wc/testing';
import {emulateMedia, setViewport} from '@web/test-runner-commands';
import type {NatterAdmin} from '../../src/admin/natter-admin.js';
import {useMockWorker} from '../adapters/support/msw-worker.js';
import {adminComment, FakeAdmin} from './support/fake-admin.js';
import {$, $$, mountAdmin, section} from './support/mount.js';

function fake() {
  return new FakeAdmin({
    comments: [
      adminComment('c1', {
        parent: {id: 'p', author: {name: 'Bea'}, body: 'Before.'},
        parentId: 'p',
      }),
      adminComment('c2', {status: 'published', editedAt: '2026-11-30T11:00:00.000Z'}),
      adminComment('c3', {blocked: true}),
    ],
    blocks: [
      {
        id: 'b1',
        name: 'Mallory',
        authorKey: 'k',
        hasEmail: true,
        action: 'hold',
        createdAt: '2026-11-30T10:00:00.000Z',
      },
    ],
    threads: [
      {
        thread: '/posts/a',
        published: 1,
        pending: 2,
        spam: 0,
        deleted: 0,
        lastActivity: '2026-11-30T10:00:00.000Z',
        closed: true,
      },
    ],
  });
}

const ready: Record<string, (el: NatterAdmin) => unknown> = {
  queue: (el) => $$(section(el), 'li.card').length === 2,
  recent: (el) => $$(section(el), 'li.card').length === 3,
  authors: (el) => $$(section(el), 'li.card').length === 1,
  threads: (el) => $$(section(el), 'li.card').length === 1,
  settings: (el) => $(section(el), 'dl'),
};

/** The page's own stylesheet, as /admin links it. */
before(async () => {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = new URL('../../src/admin/natter-admin.css', import.meta.url).href;
  const loaded = new Promise((resolve) => link.addEventListener('load', resolve));
  document.head.append(link);
  await loaded;
});

describe('<natter-admin> accessibility', () => {
  useMockWorker();
  after(() => emulateMedia({colorScheme: 'light'}));

  for (const scheme of ['light', 'dark'] as const) {
    it(`signing in is axe-clean, ${scheme}`, async () => {
      await emulateMedia({colorScheme: scheme});
      const el = await mountAdmin(new FakeAdmin({signedIn: false}));
      await expect(el).to.be.accessible();
    });

    for (const tab of Object.keys(ready)) {
      it(`${tab} is axe-clean, ${scheme}`, async () => {
        await emulateMedia({colorScheme: scheme});
        const el = await mountAdmin(fake(), tab);
        await waitUntil(() => ready[tab](el), `${tab} has loaded`);
        const background = getComputedStyle(document.documentElement).backgroundColor;
        expect(background).to.equal(scheme === 'dark' ? 'rgb(15, 20, 25)' : 'rgb(255, 255, 255)');
        await expect(el).to.be.accessible();
      });
    }
  }

  it('the help dialog is axe-clean', async () => {
    const el = await mountAdmin(fake());
    $<HTMLButtonElement>(el, 'header button')!.click();
    await waitUntil(() => $<HTMLDialogElement>(el, 'dialog')!.open);
    await expect(el).to.be.accessible();
  });

  describe('on a phone, 360 px wide', () => {
    before(() => setViewport({width: 360, height: 740}));
    after(() => setViewport({width: 800, height: 600}));

    for (const tab of ['queue', 'recent', 'threads', 'settings']) {
      it(`${tab} fits the width and its controls are 44 px targets`, async () => {
        const el = await mountAdmin(fake(), tab);
        await waitUntil(() => ready[tab](el), `${tab} has loaded`);
        expect(document.documentElement.scrollWidth).to.be.at.most(360);
        const controls = [
          ...$$(el, 'button, nav a'),
          ...$$(section(el), 'button, input:not([type="checkbox"]), select, summary'),
        ].filter((control) => control.checkVisibility());
        expect(controls.length).to.be.greaterThan(3);
        for (const control of controls) {
          const box = control.getBoundingClientRect();
          expect(box.height, `${control.outerHTML.slice(0, 60)} height`).to.be.at.least(44);
        }
      });
    }
  });
});
