/**
 * Relative ("3 hours ago") and exact dates in the reader's language.
 * Intl formatters are costly to create and cheap to use, so one of each is
 * kept per language: a thread of a thousand comments formats with two objects.
 */

import {safeLang} from './lang.js';

export {safeLang};

const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();
const exactFormats = new Map<string, Intl.DateTimeFormat>();

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const WEEK = 7 * DAY;
const MONTH = 30.44 * DAY;
const YEAR = 365.25 * DAY;

function relativeFormat(lang: string): Intl.RelativeTimeFormat {
  let format = relativeFormats.get(lang);
  if (!format) {
    format = new Intl.RelativeTimeFormat(safeLang(lang), {numeric: 'auto'});
    relativeFormats.set(lang, format);
  }
  return format;
}

function exactFormat(lang: string): Intl.DateTimeFormat {
  let format = exactFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(safeLang(lang), {dateStyle: 'long', timeStyle: 'short'});
    exactFormats.set(lang, format);
  }
  return format;
}

function toTime(date: Date | number | string): number {
  return typeof date === 'number'
    ? date
    : typeof date === 'string'
      ? Date.parse(date)
      : date.getTime();
}

/**
 * Formatted phrases by language, unit and amount. A thread shows few distinct
 * ones ("2 days ago" many times over), and formatting costs far more than a
 * lookup; the set is small (a few hundred per language, years aside).
 */
const phrases = new Map<string, string>();
const MAX_PHRASES = 2000;

function phrase(lang: string, value: number, unit: Intl.RelativeTimeFormatUnit): string {
  const key = `${lang}|${unit}|${value}`;
  let text = phrases.get(key);
  if (text === undefined) {
    if (phrases.size >= MAX_PHRASES) phrases.clear();
    text = relativeFormat(lang).format(value, unit);
    phrases.set(key, text);
  }
  return text;
}

/**
 * "now", "5 minutes ago", "yesterday", "3 weeks ago"… A time up to five
 * minutes in the future (a server clock slightly ahead) reads as "now".
 */
export function relativeTime(
  date: Date | number | string,
  now: number = Date.now(),
  lang = 'en',
): string {
  const time = toTime(date);
  if (Number.isNaN(time)) return '';
  const diff = time - now;
  const size = Math.abs(diff);
  if (size < 45 * SECOND || (diff > 0 && diff < 5 * MINUTE)) return phrase(lang, 0, 'second');
  if (size < 45 * MINUTE)
    return phrase(lang, Math.round(diff / MINUTE) || Math.sign(diff), 'minute');
  if (size < 22 * HOUR) return phrase(lang, Math.round(diff / HOUR) || Math.sign(diff), 'hour');
  if (size < 6.5 * DAY) return phrase(lang, Math.round(diff / DAY) || Math.sign(diff), 'day');
  if (size < 4 * WEEK) return phrase(lang, Math.round(diff / WEEK), 'week');
  if (size < 11 * MONTH) return phrase(lang, Math.round(diff / MONTH) || Math.sign(diff), 'month');
  return phrase(lang, Math.round(diff / YEAR) || Math.sign(diff), 'year');
}

/** The full date and time, e.g. "27 November 2026 at 10:15". */
export function exactTime(date: Date | number | string, lang = 'en'): string {
  const time = toTime(date);
  return Number.isNaN(time) ? '' : exactFormat(lang).format(time);
}
