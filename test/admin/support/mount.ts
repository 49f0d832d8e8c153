// Mounting the console against a FakeAdmin, and finding things in its shadow roots.
import {waitUntil} from '@open-wc/testing';
import '../../../src/admin/define.js';
import type {NatterAdmin} from '../../../src/admin/natter-admin.js';
import {worker} from '../../adapters/support/msw-worker.js';
import {FakeEventSource, fakeEventSource} from './fake-event-source.js';
import type {FakeAdmin} from './fake-admin.js';

const mounted: HTMLElement[] = [];

afterEach(() => {
  for (const el of mounted.splice(0)) el.remove();
  FakeEventSource.opened = [];
  history.replaceState(null, '', location.pathname + location.search);
});

export async function mountAdmin(fake: FakeAdmin, hash = ''): Promise<NatterAdmin> {
  worker.use(...fake.handlers());
  if (hash) history.replaceState(null, '', `#${hash}`);
  const el = document.createElement('natter-admin');
  el.eventSource = fakeEventSource;
  document.body.append(el);
  mounted.push(el);
  await waitUntil(
    () => el.shadowRoot?.querySelector('nav, form.sign-in'),
    'the session was checked',
  );
  return el;
}

/** The element showing the current section. */
export function section<T extends HTMLElement = HTMLElement>(el: Element): T {
  return el.shadowRoot!.querySelector('main > *') as T;
}

export const $ = <T extends Element = HTMLElement>(root: Element, selector: string) =>
  (root.shadowRoot ?? root).querySelector<T>(selector);

export const $$ = <T extends Element = HTMLElement>(root: Element, selector: string) => [
  ...(root.shadowRoot ?? root).querySelectorAll<T>(selector),
];

export const text = (node: Node | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The button in `root` (a shadow host or element) whose text matches. */
export function button(root: Element, label: RegExp): HTMLButtonElement {
  const found = $$<HTMLButtonElement>(root, 'button').find((b) => label.test(text(b)));
  if (!found) throw new Error(`No button matches ${label}`);
  return found;
}

/** Waits for the section to show rows, and returns them. */
export async function rows(el: NatterAdmin, count?: number): Promise<HTMLLIElement[]> {
  const list = () => $$<HTMLLIElement>(section(el), 'li.card');
  await waitUntil(
    () => (count === undefined ? list().length > 0 : list().length === count),
    `the list shows ${count ?? 'some'} rows`,
  );
  return list();
}

export function alertText(el: NatterAdmin): string {
  return text($(el, '[role="alert"]'));
}
