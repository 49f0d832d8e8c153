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
