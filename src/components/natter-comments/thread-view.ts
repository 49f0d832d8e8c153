/**
 * What `<natter-comments>` needs once a thread has loaded: the thread's
 * state (thread-state.ts), its later requests (thread-updates.ts), the section's
 * behaviour around its comments (thread-section.ts), the
 * comment templates, their styles and (imported by the modules that render
 * them) their strings. The element imports
 * this module when it starts loading, alongside the backend, so the
 * script-tag file carries only what is shown before: the heading, the
 * loading placeholder and errors.
 */
import {css} from 'lit';
import {markdownStyles} from '../markdown-body.styles.js';
import {readerStyles} from './reader.styles.js';
import {threadStyles as commentStyles} from './thread.styles.js';

export {buildThread} from '../../core/thread.js';
export {TabSync} from './tab-sync.js';
export {ThreadSection} from './thread-section.js';
export {ThreadState} from './thread-state.js';
export {ThreadUpdates} from './thread-updates.js';
export {usableUserToken} from '../../core/user-token.js';

/** The comments' styles, with those of the reader's own actions and of Markdown bodies. */
export const threadStyles = css`
  ${commentStyles}
  ${readerStyles}
  ${markdownStyles}
`;
