/**
 * The English message catalogue. Every string a person reads comes from here,
 * so a page can override any of them (`messages` property) and locales can
 * extend the catalogue. A plural message is an object keyed by
 * `Intl.PluralRules` categories; `{name}` placeholders are filled by `format`.
 */

export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & {other: string};
export type Message = string | PluralMessage;

export const en = {
  // Header and list
  countNone: 'No comments yet',
  count: {one: '{count} comment', other: '{count} comments'},
  // (keys are added by the components that use them; keep them grouped by element)
} satisfies Record<string, Message>;

export type MessageKey = keyof typeof en;
export type Messages = {[K in MessageKey]: Message};
/** A page may override any subset of the catalogue. */
export type MessageOverrides = Partial<Messages>;

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
 */
export function format(
  key: MessageKey,
  params: Record<string, string | number> = {},
  overrides: MessageOverrides = {},
  lang = 'en',
): string {
  const message: Message = overrides[key] ?? en[key];
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
