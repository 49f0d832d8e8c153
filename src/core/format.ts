/**
 * Fills in the messages people read (see messages.ts for the catalogue).
 *
 * There is no shared registry of strings: every caller passes the English
 * part it renders (imported by the module that renders it), so a part always
 * travels in the same chunk as the code that shows it, and a bundle split or
 * a second copy of this module cannot leave a lookup without its words. A
 * locale, once loaded, is one more catalogue passed in `Wording`.
 */
import type {MessageKey, MessageOverrides, Messages} from './message-keys.js';
import type {Message} from './message-types.js';

/** Where the words come from, besides the English part the caller carries. */
export interface Wording {
  /** Language of plural rules and numbers. */
  lang: string;
  /** The page's own strings (`messages`); they win over everything. */
  overrides?: MessageOverrides;
  /** A loaded locale's catalogue; English fills its gaps. */
  locale?: Partial<Messages>;
}

/** An English part of the catalogue. */
export type Catalogue<K extends MessageKey = MessageKey> = {readonly [P in K]: Message};

/** A lookup bound to one part and one wording. */
export type Translate<K extends MessageKey = MessageKey> = (
  key: K,
  params?: Record<string, string | number>,
) => string;

const pluralRules = new Map<string, Intl.PluralRules>();
function pluralCategory(lang: string, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(lang);
    pluralRules.set(lang, rules);
  }
  return rules.select(count);
}

/** A message a page or locale supplied, if it has the shape of one (pages are not type-checked). */
function usable(message: unknown): Message | undefined {
  if (typeof message === 'string') return message;
  if (
    message &&
    typeof message === 'object' &&
    typeof (message as {other?: unknown}).other === 'string'
  ) {
    return message as Message;
  }
  return undefined;
}

/**
 * The text of `key`: the page's override, else the locale's, else the
 * English of `english`; the plural form for `params.count` when the message
 * has forms; `{name}` placeholders filled (numbers in the wording's language).
 */
export function formatMessage<K extends MessageKey>(
  english: Catalogue<K>,
  key: K,
  params: Record<string, string | number> = {},
  wording: Wording = {lang: 'en'},
): string {
  const message = usable(wording.overrides?.[key]) ?? usable(wording.locale?.[key]) ?? english[key];
  const lang = wording.lang;
  let text: string;
  if (typeof message === 'string') {
    text = message;
  } else {
    const count = Number(params.count ?? 0);
    text = message[pluralCategory(lang, count)] ?? message.other;
  }
  const parts = partsOf(text);
  if (parts.length === 1) return text;
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i];
    out += (name in params ? formatParam(params[name], lang) : `{${name}}`) + parts[i + 1];
  }
  return out;
}

/**
 * A message split at its `{name}` placeholders (odd indexes hold the names),
 * once per text: a thread's labels reuse a handful of messages thousands of times.
 */
const splitMessages = new Map<string, string[]>();
function partsOf(text: string): string[] {
  let parts = splitMessages.get(text);
  if (!parts) {
    // Pages may pass any number of overrides; the cache stays small regardless.
    if (splitMessages.size >= 500) splitMessages.clear();
    parts = text.split(/\{(\w+)\}/);
    splitMessages.set(text, parts);
  }
  return parts;
}

/** Binds `formatMessage` to one English part and a wording read at each call. */
export function translator<K extends MessageKey>(
  english: Catalogue<K>,
  wording: () => Wording,
): Translate<K> {
  return (key, params) => formatMessage(english, key, params, wording());
}

// Made once per language: building an Intl formatter costs far more than using one.
const numberFormats = new Map<string, Intl.NumberFormat>();
/** A number as `lang` writes it, the way messages write their numbers. */
export function formatParam(value: string | number, lang: string): string {
  if (typeof value !== 'number') return value;
  let numbers = numberFormats.get(lang);
  if (!numbers) {
    numbers = new Intl.NumberFormat(lang);
    numberFormats.set(lang, numbers);
  }
  return numbers.format(value);
}
