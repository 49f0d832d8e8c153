import {expect} from '@open-wc/testing';
import {format as formatLoaded} from '../../src/core/format.js';
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

  it('lets a part of the catalogue be added later, as the lazily loaded elements do', () => {
    // The elements' format starts with what a section shows before its comments load.
    expect(formatLoaded('countNone')).to.equal('No comments yet');
    format('submit'); // the public format adds every part
    expect(formatLoaded('submit')).to.equal('Post comment');
  });
});
