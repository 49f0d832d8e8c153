import {expect} from '@open-wc/testing';
import {formatMessage, translator} from '../../src/core/format.js';
import {listMessages} from '../../src/core/list-messages.js';
import {en, format} from '../../src/core/messages.js';

describe('format', () => {
  it('pluralises through Intl.PluralRules', () => {
    expect(format('count', {count: 1})).to.equal('1 comment');
    expect(format('count', {count: 4})).to.equal('4 comments');
    expect(format('count', {count: 1200})).to.equal('1,200 comments');
  });

  it('takes overrides from the page before the catalogue', () => {
    expect(format('countNone', {}, {countNone: 'Be the first'})).to.equal('Be the first');
    expect(
      format('count', {count: 2}, {count: {one: '{count} reply', other: '{count} replies'}}),
    ).to.equal('2 replies');
  });

  it('leaves unknown placeholders visible rather than inventing text', () => {
    expect(format('count', {count: 3}, {count: {other: '{count} of {missing}'}})).to.equal(
      '3 of {missing}',
    );
  });

  it('knows every part of the catalogue, whichever elements have loaded', () => {
    expect(format('showReplies', {count: 2})).to.equal('Show 2 replies');
    expect(format('submit')).to.equal(en.submit);
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(format(key, {count: 1}), key).to.not.equal(key);
    }
  });

  it('reads each part from the catalogue it is given, with no registry to fill first', () => {
    // A chunk that carries only the list's strings still gets words, never keys.
    expect(formatMessage(listMessages, 'countNone')).to.equal('No comments yet');
    expect(formatMessage(listMessages, 'count', {count: 3})).to.equal('3 comments');
  });

  it('takes the page, then a locale, then English', () => {
    const locale = {count: {one: '{count} Kommentar', other: '{count} Kommentare'}};
    const wording = {lang: 'de', locale};
    expect(formatMessage(listMessages, 'count', {count: 1200}, wording)).to.equal(
      '1.200 Kommentare',
    );
    // A string the locale lacks is English, not the key.
    expect(formatMessage(listMessages, 'retry', {}, wording)).to.equal('Retry');
    const overrides = {count: {other: '{count} Stimmen'}};
    expect(formatMessage(listMessages, 'count', {count: 2}, {...wording, overrides})).to.equal(
      '2 Stimmen',
    );
  });

  it('ignores overrides that are not messages rather than showing a key or crashing', () => {
    const overrides = {retry: 42, count: {one: 'one only'}, countNone: null} as never;
    expect(formatMessage(listMessages, 'retry', {}, {lang: 'en', overrides})).to.equal('Retry');
    expect(formatMessage(listMessages, 'count', {count: 1}, {lang: 'en', overrides})).to.equal(
      '1 comment',
    );
    expect(formatMessage(listMessages, 'countNone', {}, {lang: 'en', overrides})).to.equal(
      'No comments yet',
    );
  });

  it('binds a part to a wording that is read at each call', () => {
    let lang = 'en';
    const t = translator(listMessages, () => ({lang}));
    expect(t('count', {count: 1000})).to.equal('1,000 comments');
    lang = 'de';
    expect(t('count', {count: 1000})).to.equal('1.000 comments');
  });
});
