import {expect} from '@open-wc/testing';
import {formatMessage, formatParam} from '../../src/core/format.js';
import {
  createLocaleLoader,
  loadLocale,
  localeLoaders,
  matchLocale,
  shippedLocales,
  type LocaleModule,
} from '../../src/core/locales/index.js';
import {en, type Message, type MessageKey, type Messages} from '../../src/core/messages.js';

const keys = Object.keys(en) as MessageKey[];
const placeholderPattern = /\{(\w+)\}/g;
const allCategories = new Set<string>(['zero', 'one', 'two', 'few', 'many', 'other']);

function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(placeholderPattern)].map((m) => m[1]))].sort();
}

function forms(message: Message): string[] {
  return typeof message === 'string' ? [message] : Object.values(message);
}

function messagePlaceholders(message: Message): string[] {
  return placeholders(forms(message).join(' '));
}

/** Values for every placeholder English uses; numbers as the elements pass them. */
const sampleParams: Record<string, string | number> = {
  name: 'Marta',
  time: '9 months ago',
  parent: 'Tom',
  level: 3,
  adapter: 'rest',
  reason: 'Links are not allowed.',
  max: 5000,
  count: 7,
};

/** How many integers in 0..200 each plural category covers, per language. */
function coverage(tag: string): Map<string, number> {
  const rules = new Intl.PluralRules(tag);
  const seen = new Map<string, number>();
  for (let n = 0; n <= 200; n++) {
    const category = rules.select(n);
    seen.set(category, (seen.get(category) ?? 0) + 1);
  }
  return seen;
}

describe('locale catalogues', () => {
  const loaded = new Map<string, Messages>();

  before(async () => {
    for (const tag of shippedLocales) loaded.set(tag, (await localeLoaders[tag]()).messages);
  });

  it('ships the languages the section promises', () => {
    expect([...shippedLocales].sort()).to.deep.equal(
      ['ar', 'de', 'es', 'fa', 'fr', 'he', 'hi', 'it', 'ja', 'ko']
        .concat(['nl', 'pl', 'pt', 'ru', 'tr', 'uk', 'zh'])
        .sort(),
    );
  });

  for (const tag of shippedLocales) {
    describe(tag, () => {
      const catalogue = () => loaded.get(tag)!;

      it('has every English key, non-empty, and no keys English lacks', () => {
        for (const key of keys) {
          const message = catalogue()[key];
          expect(message, `${tag}.${key}`).to.not.equal(undefined);
          for (const form of forms(message)) expect(form.trim(), `${tag}.${key}`).to.not.equal('');
        }
        expect(Object.keys(catalogue()).sort()).to.deep.equal([...keys].sort());
      });

      it('is translated, not English left in place', () => {
        const same = keys.filter(
          (key) => JSON.stringify(catalogue()[key]) === JSON.stringify(en[key]),
        );
        // A few words are the same in some languages ("Name", "Website", "{reason}").
        expect(same.length, `${tag} keeps English for ${same.join(', ')}`).to.be.at.most(4);
      });

      it('keeps every placeholder of English, and invents none', () => {
        for (const key of keys) {
          const message = catalogue()[key];
          const english = messagePlaceholders(en[key]);
          expect(messagePlaceholders(message), `${tag}.${key}`).to.deep.equal(english);
          if (typeof message !== 'string') {
            expect(placeholders(message.other), `${tag}.${key}.other`).to.deep.equal(english);
          }
        }
      });

      it('is plural where English is plural, and a plain string elsewhere', () => {
        for (const key of keys) {
          expect(typeof catalogue()[key], `${tag}.${key}`).to.equal(typeof en[key]);
        }
      });

      it('has a form for every plural category the language has, for 0 to 200', () => {
        const rules = new Intl.PluralRules(tag);
        const categories = rules.resolvedOptions().pluralCategories;
        for (const key of keys) {
          const message = catalogue()[key];
          if (typeof message === 'string') continue;
          for (const category of categories) {
            expect(message, `${tag}.${key} lacks "${category}"`).to.have.property(category);
          }
          for (const form of Object.keys(message)) {
            expect(allCategories.has(form), `${tag}.${key}.${form}`).to.equal(true);
          }
          for (let n = 0; n <= 200; n++) {
            expect(message, `${tag}.${key} for ${n}`).to.have.property(rules.select(n));
          }
        }
      });

      it('shows the number in every form that more than one number reaches', () => {
        const reach = coverage(tag);
        for (const key of keys) {
          const message = catalogue()[key];
          if (typeof message === 'string' || !messagePlaceholders(en[key]).includes('count')) {
            continue;
          }
          for (const [category, text] of Object.entries(message)) {
            if ((reach.get(category) ?? 0) > 1) {
              expect(text, `${tag}.${key}.${category}`).to.include('{count}');
            }
          }
        }
      });

      // WCAG 2.5.3: a speech user says the word they see ("Reply"), so the
      // button's spoken name "Reply to Marta" must hold it as whole words.
      it('names each Reply and Quote button with the words it shows', () => {
        for (const [shownKey, labelKey] of [
          ['replyButton', 'replyButtonLabel'],
          ['quoteButton', 'quoteButtonLabel'],
        ] as const) {
          labelHoldsWords(shownKey, labelKey);
        }
      });

      // WCAG 2.5.3 again: a vote button shows its count, so its name must say that number.
      it('names each vote button with the count it shows', () => {
        const locale = catalogue();
        for (const key of ['voteUp', 'voteDown'] as const) {
          for (let count = 0; count <= 30; count++) {
            const label = formatMessage(en, key, {count}, {lang: tag, locale});
            expect(label, `${tag}.${key} for ${count}`).to.include(formatParam(count, tag));
          }
        }
      });

      function labelHoldsWords(shownKey: MessageKey, labelKey: MessageKey) {
        const locale = catalogue();
        const words = (text: string) =>
          [...new Intl.Segmenter(tag, {granularity: 'word'}).segment(text.toLocaleLowerCase(tag))]
            .filter((part) => part.isWordLike)
            .map((part) => part.segment);
        const shown = words(formatMessage(en, shownKey, {}, {lang: tag, locale}));
        const label = words(formatMessage(en, labelKey, {name: 'Marta'}, {lang: tag, locale}));
        const at = label.findIndex((_, i) => shown.every((word, j) => label[i + j] === word));
        expect(at, `${tag}: "${label.join(' ')}" holds "${shown.join(' ')}"`).to.be.at.least(0);
      }

      it('formats every message with no placeholder left over', () => {
        const locale = catalogue();
        for (const key of keys) {
          const counts = typeof en[key] === 'string' ? [7] : [...Array(201).keys()];
          for (const count of counts) {
            const params = {...sampleParams, count};
            const text = formatMessage(en, key, params, {lang: tag, locale});
            expect(text, `${tag}.${key} (${count})`).to.not.match(/[{}]/);
            if (messagePlaceholders(en[key]).includes('name')) expect(text).to.include('Marta');
          }
        }
      });
    });
  }
});

describe('matchLocale', () => {
  it('takes a shipped tag as it is, in any case', () => {
    expect(matchLocale('pl')).to.equal('pl');
    expect(matchLocale('JA')).to.equal('ja');
  });

  it('falls back to the language of a regional tag', () => {
    expect(matchLocale('pt-PT')).to.equal('pt');
    expect(matchLocale('pt-BR')).to.equal('pt');
    expect(matchLocale('de-AT')).to.equal('de');
    expect(matchLocale('ar-EG')).to.equal('ar');
    expect(matchLocale('he')).to.equal('he');
    // The old code for Hebrew, which some systems still send.
    expect(matchLocale('iw')).to.equal('he');
  });

  it('serves Simplified Chinese only to Simplified Chinese', () => {
    for (const tag of ['zh', 'zh-CN', 'zh-Hans', 'zh-SG', 'zh-Hans-HK']) {
      expect(matchLocale(tag), tag).to.equal('zh');
    }
    for (const tag of ['zh-TW', 'zh-Hant', 'zh-HK', 'zh-Hant-CN']) {
      expect(matchLocale(tag), tag).to.equal(undefined);
    }
  });

  it('answers undefined (English) for English, unshipped and invalid tags, without throwing', () => {
    for (const tag of ['en', 'EN', 'en-GB', 'sv', '', 'x-???', 'not a tag', 'constructor']) {
      expect(matchLocale(tag), JSON.stringify(tag)).to.equal(undefined);
    }
  });
});

describe('loadLocale', () => {
  function counting() {
    const calls: string[] = [];
    const loaders = Object.fromEntries(
      shippedLocales.map((tag) => [
        tag,
        () => {
          calls.push(tag);
          return localeLoaders[tag]();
        },
      ]),
    );
    return {calls, load: createLocaleLoader(loaders)};
  }

  it('imports a locale once, even when asked twice at once, and returns its catalogue', async () => {
    const {calls, load} = counting();
    const [first, second] = await Promise.all([load('pl'), load('pl-PL')]);
    const {messages} = await import('../../src/core/locales/pl.js');
    expect(first).to.equal(messages);
    expect(second).to.equal(messages);
    expect(await load('pl')).to.equal(messages);
    expect(calls).to.deep.equal(['pl']);
  });

  it('resolves undefined for English and unknown languages without importing', async () => {
    const {calls, load} = counting();
    expect(await load('en-US')).to.equal(undefined);
    expect(await load('sv')).to.equal(undefined);
    expect(await load('x-???')).to.equal(undefined);
    expect(calls).to.deep.equal([]);
  });

  it('the shared loader returns the messages of the language it is asked for', async () => {
    const {messages} = await import('../../src/core/locales/ja.js');
    expect(await loadLocale('ja-JP')).to.equal(messages);
    expect(await loadLocale('en')).to.equal(undefined);
  });

  it('resolves undefined on a failed chunk, reports why, and tries again next time', async () => {
    let attempts = 0;
    const failure = new TypeError('Failed to fetch dynamically imported module');
    const load = createLocaleLoader({
      de: async (): Promise<LocaleModule> => {
        attempts++;
        if (attempts === 1) throw failure;
        return localeLoaders.de();
      },
    });
    const errors: unknown[] = [];
    expect(await load('de', {onError: (error) => errors.push(error)})).to.equal(undefined);
    expect(errors).to.deep.equal([failure]);
    expect(await load('de')).to.have.property('retry', 'Erneut versuchen');
    expect(attempts).to.equal(2);
  });

  it('does not accept a module without a catalogue', async () => {
    const load = createLocaleLoader({fr: async () => ({}) as LocaleModule});
    const errors: unknown[] = [];
    expect(await load('fr', {onError: (error) => errors.push(error)})).to.equal(undefined);
    expect(errors).to.have.length(1);
  });
});
