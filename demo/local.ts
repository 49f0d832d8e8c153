// The backend-less demo: comments live in this browser's localStorage,
// seeded with the demo discussion the first time the page is opened.
import {createLocalAdapter} from '../src/adapters/local.js';
import {NatterComments} from '../src/components/natter-comments/natter-comments.js';
import {NatterReplyForm} from '../src/components/natter-reply-form/natter-reply-form.js';
import type {Comment} from '../src/core/types.js';
import discussion from './discussion.json';

const STORAGE_KEY = 'natter:demo';

const adapter = createLocalAdapter({
  storageKey: STORAGE_KEY,
  seed: {[discussion.thread]: discussion.comments as Comment[]},
  // A short delay, so the loading and sending states can be seen.
  latency: 300,
});

// Set before the element upgrades, so its first load already has the adapter.
for (const element of document.querySelectorAll<NatterComments>('natter-comments')) {
  element.adapter = adapter;
}
NatterComments.define();
NatterReplyForm.define();

document.getElementById('reset-demo')?.addEventListener('click', () => {
  localStorage.removeItem(STORAGE_KEY);
  location.reload();
});
