/**
 * The English message catalogue. Every string a person reads comes from here,
 * so a page can override any of them (`messages` property) and locales can
 * extend the catalogue. A plural message is an object keyed by
 * `Intl.PluralRules` categories; `{name}` placeholders are filled by `format`.
 *
 * The catalogue comes in parts so each travels with the code that shows it:
 * what a section shows before its comments load (list-messages.ts), the
 * comments' strings (thread-messages.ts) and the reply form's
 * (form-messages.ts). `en` here is all of them, for callers. The elements
 * import `format` from format.ts, which starts with the first part; the
 * thread view and the form add theirs when their modules load, so the
 * script-tag file, which loads those parts on first use, carries only the
 * first.
 */
import {formMessages} from './form-messages.js';
import {listMessages} from './list-messages.js';
import {threadMessages} from './thread-messages.js';
import {addMessages, format as formatLoaded} from './format.js';

export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & {other: string};
export type Message = string | PluralMessage;

/** The whole English catalogue. */
export const en = {...listMessages, ...threadMessages, ...formMessages};

export {addMessages} from './format.js';

let complete = false;

/**
 * Looks up `key` in `overrides` then the whole English catalogue, picks the
 * plural form for `params.count` when the message has forms, and fills
 * placeholders. (The elements use format.ts's, which knows the parts that
 * have loaded; this one makes sure every part is known first.)
 */
export function format(...args: Parameters<typeof formatLoaded>): string {
  if (!complete) {
    addMessages(en);
    complete = true;
  }
  return formatLoaded(...args);
}

export type MessageKey =
  keyof typeof listMessages | keyof typeof threadMessages | keyof typeof formMessages;
export type Messages = {[K in MessageKey]: Message};
/** A page may override any subset of the catalogue. */
export type MessageOverrides = Partial<Messages>;
