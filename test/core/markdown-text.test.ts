import {expect} from '@open-wc/testing';
import {markdownText} from '../../src/core/markdown-text.js';
import {quoteText, withQuote} from '../../src/core/quote.js';

describe('markdownText', () => {
  it('takes out emphasis, code markers and escapes', () => {
    expect(markdownText('*a* **b** _c_ `d` \\*e\\*')).to.equal('a b c d *e*');
  });

  it('writes links as text (url) and keeps bare addresses', () => {
    expect(markdownText('[the docs](https://example.com/d) or https://example.org')).to.equal(
      'the docs (https://example.com/d) or https://example.org',
    );
  });

  it('keeps quote and list markers, and drops code fences but not their text', () => {
    const source = '> said\n> > earlier\n\n- one\n- two\n  1. sub\n\n```\nx = *1*\n```';
    expect(markdownText(source)).to.equal(
      '> said\n>\n> > earlier\n\n- one\n- two\n  1. sub\n\nx = *1*',
    );
  });

  it('leaves text without markup as it was', () => {
    const plain = 'Hello there.\nA second line.\n\n<b>not html</b> # not a heading';
    expect(markdownText(plain)).to.equal(plain);
  });

  it('keeps unsafe link syntax whole', () => {
    expect(markdownText('[x](javascript:alert(1))')).to.equal('[x](javascript:alert(1))');
  });
});

describe('quoteText and withQuote', () => {
  it('quotes every line and leaves a blank line to write under', () => {
    expect(quoteText('one\n\ntwo\r\n')).to.equal('> one\n>\n> two\n\n');
  });

  it('adds a quote after a draft, never in its place', () => {
    expect(withQuote('', '> q\n\n')).to.equal('> q\n\n');
    expect(withQuote('my draft  \n', '> q\n\n')).to.equal('my draft\n\n> q\n\n');
  });
});
