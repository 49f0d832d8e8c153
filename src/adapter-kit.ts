/**
 * What an adapter for another backend may use besides the contract's types
 * (`natter/adapter-kit` from npm; `dist/natter-adapter-kit.js` next to `natter.js`
 * on a script-tag page, where it shares `natter.js`'s `AdapterError`, so
 * the widget recognises the errors it throws). See docs/adapters.md.
 */
export {AdapterError, isAdapterError, type AdapterErrorCode} from './adapters/errors.js';
export {checkDraftForServer as checkDraft, type CleanDraft} from './adapters/kit/check-draft.js';
export {errorForStatus, type StatusErrorOptions} from './adapters/kit/error-for-status.js';
export {parseRetryAfter} from './adapters/rest/errors.js';
export {oncePerKey} from './adapters/kit/once-per-key.js';
export {setEntry} from './adapters/kit/set-entry.js';
export {limits} from './core/limits.js';
