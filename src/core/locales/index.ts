/**
 * The shipped translations and how a page's language picks one. Each locale
 * is its own module behind a literal `import()`, so a bundler puts it in a
 * chunk of its own and a page downloads only the language it reads. English
 * is not here: it is the catalogue every element already carries
 * (messages.ts), and the fallback for any key a locale lacks.
 *
 * Nothing here touches the DOM: callers resolve the `lang` to use
 * (element, ancestor, document) and pass it in.
 */
import type {Messages} from '../messages.js';
import {matchLocale, type LocaleTag} from './tags.js';

export {matchLocale, shippedLocales, type LocaleTag} from './tags.js';

/** A locale module: one full catalogue. */
export interface LocaleModule {
  messages: Messages;
}

/** Loads one locale's module. */
export type LocaleLoader = () => Promise<LocaleModule>;

/** The table of shipped locales, by the language tag each one serves. */
export const localeLoaders = {
  ar: () => import('./ar.js'),
  de: () => import('./de.js'),
  es: () => import('./es.js'),
  fa: () => import('./fa.js'),
  fr: () => import('./fr.js'),
  he: () => import('./he.js'),
  hi: () => import('./hi.js'),
  it: () => import('./it.js'),
  ja: () => import('./ja.js'),
  ko: () => import('./ko.js'),
  nl: () => import('./nl.js'),
  pl: () => import('./pl.js'),
  pt: () => import('./pt.js'),
  ru: () => import('./ru.js'),
  tr: () => import('./tr.js'),
  uk: () => import('./uk.js'),
  zh: () => import('./zh.js'),
} satisfies Record<LocaleTag, LocaleLoader>;

/** What `loadLocale` is told besides the language. */
export interface LoadLocaleOptions {
  /**
   * Called when a locale's chunk fails to load (offline, a deploy removed
   * it). The promise still resolves `undefined`, so the caller shows English;
   * this is how it learns why, to report it (e.g. as a `natter-error` event).
   */
  onError?: (error: unknown) => void;
}

/** `loadLocale` bound to its own table and cache. */
export type LocaleLoaderFn = (
  lang: string,
  options?: LoadLocaleOptions,
) => Promise<Messages | undefined>;

/**
 * Makes a `loadLocale` over `loaders`, with its own cache: each locale is
 * imported at most once while that import is pending or has succeeded; a
 * failed import is forgotten, so a later call tries again.
 */
export function createLocaleLoader(loaders: Record<string, LocaleLoader>): LocaleLoaderFn {
  const cache = new Map<string, Promise<LocaleModule>>();
  return async (lang, options = {}) => {
    const tag = matchLocale(lang);
    if (!tag || !Object.hasOwn(loaders, tag)) return undefined;
    let pending = cache.get(tag);
    if (!pending) {
      pending = loaders[tag]();
      cache.set(tag, pending);
    }
    try {
      const module = await pending;
      if (!module?.messages || typeof module.messages !== 'object') {
        throw new TypeError(`Locale module "${tag}" has no messages`);
      }
      return module.messages;
    } catch (error) {
      if (cache.get(tag) === pending) cache.delete(tag);
      options.onError?.(error);
      return undefined;
    }
  };
}

/**
 * The catalogue for `lang` (see `matchLocale`), imported on first use and
 * shared afterwards; `undefined` for English, for a language not shipped,
 * and when the chunk fails to load. Never rejects.
 */
export const loadLocale: LocaleLoaderFn = createLocaleLoader(localeLoaders);
