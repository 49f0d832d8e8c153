/**
 * Fills in the messages people read (see messages.ts for the catalogue).
 * This module knows only the list's strings until the reply form adds its
 * own, so code that never shows the form never carries the form's strings.
 */
import {listMessages} from './list-messages.js';
import type {Message, MessageKey, MessageOverrides, Messages} from './messages.js';

/** What `format` falls back on: the list's strings and any part added since. */
const catalogue: Partial<Messages> = {...listMessages};

/** Adds a part of the catalogue (the reply form's strings, when its module loads). */
export function addMessages(part: Partial<Messages>): void {
  Object.assign(catalogue, part);
}

const pluralRules = new Map<string, Intl.PluralRules>();
function pluralCategory(lang: string, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(lang);
    pluralRules.set(lang, rules);
  }
  return rules.select(count);
}

/**
 * Looks up `key` in `overrides` then the English catalogue, picks the plural
 * form for `params.count` when the message has forms, and fills placeholders.
 * A key whose part of the catalogue has not loaded reads as the key itself.
 */
export function format(
  key: MessageKey,
  params: Record<string, string | number> = {},
  overrides: MessageOverrides = {},
  lang = 'en',
): string {
  const message: Message = overrides[key] ?? catalogue[key] ?? key;
  let text: string;
  if (typeof message === 'string') {
    text = message;
  } else {
    const count = Number(params.count ?? 0);
    text = message[pluralCategory(lang, count)] ?? message.other;
  }
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? formatParam(params[name], lang) : whole,
  );
}

function formatParam(value: string | number, lang: string): string {
  return typeof value === 'number' ? new Intl.NumberFormat(lang).format(value) : value;
}
