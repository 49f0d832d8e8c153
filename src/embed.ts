/**
 * The script-tag entry, built into `dist/natter.js` (and the classic-script
 * `dist/natter.classic.js`). Importing it registers every element, so a page
 * needs only the script and the markup:
 *
 * ```html
 * <script type="module" src="https://cdn.jsdelivr.net/npm/natter/dist/natter.js"></script>
 * <natter-comments endpoint="https://comments.example.com"></natter-comments>
 * ```
 *
 * Each element picks its backend from its own `adapter` and `endpoint`
 * attributes. The REST adapter, the one an endpoint alone means, is part of
 * this file so the common case needs no second download; the other adapters
 * and the HTML sanitiser load on first use.
 */
import './define.js';

export {createRestAdapter} from './adapters/rest.js';
export {AdapterError} from './adapters/errors.js';
export {NatterComments} from './components/natter-comments/natter-comments.js';
export {NatterCount} from './components/natter-count/natter-count.js';
export {NatterReplyForm} from './components/natter-reply-form/natter-reply-form.js';
