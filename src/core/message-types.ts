/** The shape of one message: a text, or its plural forms keyed by `Intl.PluralRules` category. */
export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & {other: string};
export type Message = string | PluralMessage;
