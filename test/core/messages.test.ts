import {expect} from '@open-wc/testing';
import {format} from '../../src/core/messages.js';

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
});
