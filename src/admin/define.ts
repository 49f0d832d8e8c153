/** Registers the console's elements (the entry point of dist/admin/natter-admin.js). */
import {NatterAdminAuthors} from './admin-authors.js';
import {NatterAdminComments} from './admin-comments.js';
import {NatterAdminSettings} from './admin-settings.js';
import {NatterAdminThreads} from './admin-threads.js';
import {NatterAdmin} from './natter-admin.js';

const parts: [string, CustomElementConstructor][] = [
  ['natter-admin-comments', NatterAdminComments],
  ['natter-admin-authors', NatterAdminAuthors],
  ['natter-admin-threads', NatterAdminThreads],
  ['natter-admin-settings', NatterAdminSettings],
];
for (const [tag, element] of parts)
  if (!customElements.get(tag)) customElements.define(tag, element);
NatterAdmin.define();

declare global {
  interface HTMLElementTagNameMap {
    'natter-admin': NatterAdmin;
    'natter-admin-comments': NatterAdminComments;
    'natter-admin-authors': NatterAdminAuthors;
    'natter-admin-threads': NatterAdminThreads;
    'natter-admin-settings': NatterAdminSettings;
  }
}
