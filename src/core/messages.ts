/**
 * The English message catalogue. Every string a person reads comes from here,
 * so a page can override any of them (`messages` property) and locales can
 * extend the catalogue. A plural message is an object keyed by
 * `Intl.PluralRules` categories; `{name}` placeholders are filled by `format`.
 *
 * The catalogue comes in two parts so each travels with the code that shows
 * it: the list's strings (list-messages.ts) and the reply form's
 * (form-messages.ts). `en` here is both together, for callers. The elements
 * import `format` from format.ts, which starts with the list's part; the
 * form adds its own when its module loads, so the script-tag file, which
 * loads the form only when a page shows it, carries only the list's strings.
 */
import {formMessages} from './form-messages.js';
import {listMessages} from './list-messages.js';

export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & {other: string};
export type Message = string | PluralMessage;

/** The whole English catalogue. */
export const en = {...listMessages, ...formMessages};

export {addMessages, format} from './format.js';

export type MessageKey = keyof typeof listMessages | keyof typeof formMessages;
export type Messages = {[K in MessageKey]: Message};
/** A page may override any subset of the catalogue. */
export type MessageOverrides = Partial<Messages>;
