/**
 * Which shipped locale serves a page language. Kept apart from the loaders
 * (index.ts), so an element can tell whether it needs a locale without
 * carrying the table of imports: English pages never load that module.
 */

/** Every shipped locale's tag (English, the built-in catalogue, is not listed). */
export const shippedLocales = [
  'ar',
  'de',
  'es',
  'fa',
  'fr',
  'he',
  'hi',
  'it',
  'ja',
  'ko',
  'nl',
  'pl',
  'pt',
  'ru',
  'tr',
  'uk',
  'zh',
] as const;

export type LocaleTag = (typeof shippedLocales)[number];

function isShipped(tag: string): tag is LocaleTag {
  return (shippedLocales as readonly string[]).includes(tag);
}

/**
 * The shipped locale that serves `lang`: the tag itself, else its language
 * (`pt-PT` → `pt`, `de-AT` → `de`). `undefined` means English: for `en*`,
 * for a language not shipped, for a tag that is not valid BCP 47, and for
 * Chinese in Traditional script (`zh-TW`, `zh-HK`, `zh-Hant`), since only
 * Simplified ships and English reads better than the wrong script.
 */
export function matchLocale(lang: string): LocaleTag | undefined {
  let canonical: string | undefined;
  try {
    canonical = Intl.getCanonicalLocales(lang)[0];
  } catch {
    return undefined;
  }
  if (!canonical) return undefined;
  const subtags = canonical.toLowerCase().split('-');
  const language = subtags[0];
  if (language === 'zh' && isTraditionalChinese(subtags)) return undefined;
  const whole = subtags.join('-');
  if (isShipped(whole)) return whole;
  return isShipped(language) ? language : undefined;
}

function isTraditionalChinese(subtags: string[]): boolean {
  if (subtags.includes('hans')) return false;
  return subtags.some((s) => s === 'hant' || s === 'tw' || s === 'hk' || s === 'mo');
}
