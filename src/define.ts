/**
 * Registers Natter's elements under their usual tags. Importing this module
 * is the one side effect of the package; each `define` skips a tag that is
 * already taken, so importing it twice (or two bundles on a page) is safe.
 */
import {NatterComments} from './components/natter-comments/natter-comments.js';
import {NatterReplyForm} from './components/natter-reply-form/natter-reply-form.js';

NatterComments.define();
NatterReplyForm.define();

export {NatterComments, NatterReplyForm};

import {NatterCount} from './components/natter-count/natter-count.js';

NatterCount.define();
export {NatterCount};
