/**
 * The script-tag entry, built into `dist/natter.js` (and the classic-script
 * `dist/natter.classic.js`). Importing it registers the elements, so a page
 * needs only the script and the markup:
 *
 * ```html
 * <script type="module" src="https://cdn.jsdelivr.net/npm/natter/dist/natter.js"></script>
 * <natter-comments endpoint="https://comments.example.com"></natter-comments>
 * ```
 *
 * Only what a page needs before its comments load is in this file: Lit and
 * the section's heading, placeholder and errors. The rest loads from
 * `chunks/` when it is first used: the comments' templates, the backend
 * (REST, WordPress, ...) and the reply form when a section starts loading
 * (see thread-view.ts), `<natter-count>` and a standalone
 * `<natter-reply-form>` when the page holds one, the HTML sanitiser for the
 * first comment that carries HTML.
 */
import {NatterComments} from './components/natter-comments/natter-comments.js';
import {defineWhenUsed} from './define-when-used.js';

NatterComments.define();
defineWhenUsed('natter-reply-form', () =>
  import('./components/natter-reply-form/natter-reply-form.js').then((m) =>
    m.NatterReplyForm.define(),
  ),
);
defineWhenUsed('natter-count', () =>
  import('./components/natter-count/natter-count.js').then((m) => m.NatterCount.define()),
);

// A page that writes its own adapter throws these (dist/natter-adapter-kit.js
// imports them from here); both stay exported.
export {AdapterError, isAdapterError} from './adapters/errors.js';
export {NatterComments};
