/** The console's sections: which one the address names, and the element that shows it. */
import {html} from 'lit';
import type {AdminApi} from './api.js';
import type {AdminSettings} from './types.js';

export type Tab = 'queue' | 'recent' | 'authors' | 'threads' | 'settings';

export const TABS: [Tab, string][] = [
  ['queue', 'Queue'],
  ['recent', 'Recent'],
  ['authors', 'Authors'],
  ['threads', 'Threads'],
  ['settings', 'Settings'],
];

export function tabFromHash(hash: string): Tab {
  const name = hash.replace(/^#/, '');
  return TABS.find(([tab]) => tab === name)?.[0] ?? 'queue';
}

/** Each section is its own template, so switching makes a fresh element that loads afresh. */
export function tabView(tab: Tab, api: AdminApi, settings?: AdminSettings) {
  const site = settings?.site;
  switch (tab) {
    case 'recent':
      return html`<natter-admin-comments
        mode="recent"
        .api=${api}
        .site=${site}
      ></natter-admin-comments>`;
    case 'authors':
      return html`<natter-admin-authors .api=${api}></natter-admin-authors>`;
    case 'threads':
      return html`<natter-admin-threads .api=${api} .site=${site}></natter-admin-threads>`;
    case 'settings':
      return html`<natter-admin-settings .settings=${settings}></natter-admin-settings>`;
    default:
      return html`<natter-admin-comments
        mode="queue"
        .api=${api}
        .site=${site}
      ></natter-admin-comments>`;
  }
}
