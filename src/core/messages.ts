/**
 * The English message catalogue. Every string a person reads comes from here,
 * so a page can override any of them (`messages` property) and a locale is
 * one more catalogue of the same keys. A plural message is an object keyed by
 * `Intl.PluralRules` categories; `{name}` placeholders are filled by
 * `formatMessage` (format.ts).
 *
 * The catalogue comes in parts, each imported by the code that shows it:
 * what a section shows before its comments load and the count badge
 * (list-messages.ts), the comments' strings (thread-messages.ts) and the
 * reply form's (form-messages.ts). The script-tag file then carries only the
 * first; the others arrive in the chunks that render them. `en` here is all
 * of them, for callers.
 */
import {editMessages} from './edit-messages.js';
import {formMessages} from './form-messages.js';
import {formatMessage} from './format.js';
import {listMessages} from './list-messages.js';
import {threadMessages} from './thread-messages.js';
import type {MessageKey, MessageOverrides} from './message-keys.js';

export type {Message, PluralMessage} from './message-types.js';
export type {MessageKey, MessageOverrides, Messages} from './message-keys.js';

/** The whole English catalogue. */
export const en = {...listMessages, ...threadMessages, ...formMessages, ...editMessages};

/**
 * Looks up `key` in `overrides` then the whole English catalogue, picks the
 * plural form for `params.count` when the message has forms, and fills
 * placeholders.
 */
export function format(
  key: MessageKey,
  params: Record<string, string | number> = {},
  overrides: MessageOverrides = {},
  lang = 'en',
): string {
  return formatMessage(en, key, params, {lang, overrides});
}
