/** Checking a language tag before Intl gets it. */

/** A language tag Intl accepts: `lang` when valid, else English. */
export function safeLang(lang: string | undefined | null): string {
  if (!lang) return 'en';
  try {
    return Intl.getCanonicalLocales(lang)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/** Languages written right to left (the ones a comments section is likely to meet). */
const RIGHT_TO_LEFT = new Set([
  'ar',
  'arc',
  'ckb',
  'dv',
  'fa',
  'he',
  'ps',
  'sd',
  'syr',
  'ug',
  'ur',
  'yi',
]);

/** `rtl` for a language written right to left (by its language subtag), else `ltr`. */
export function directionOf(lang: string): 'rtl' | 'ltr' {
  const language = safeLang(lang).split('-')[0].toLowerCase();
  return RIGHT_TO_LEFT.has(language) || language === 'iw' ? 'rtl' : 'ltr';
}
