import {expect} from '@open-wc/testing';
import {isPlain, linkify, linkifyLine} from '../../src/core/linkify.js';

const links = (text: string) =>
  linkifyLine(text)
    .filter((s) => s.kind === 'link')
    .map((s) => (s.kind === 'link' ? [s.text, s.href] : []));

describe('linkify', () => {
  it('makes paragraphs from blank lines and keeps single line breaks', () => {
    const result = linkify('First line\nsecond line\n\n\nNew paragraph\r\n\r\nThird');
    expect(result).to.have.length(3);
    expect(result[0]).to.deep.equal([
      [{kind: 'text', text: 'First line'}],
      [{kind: 'text', text: 'second line'}],
    ]);
    expect(result[1]).to.deep.equal([[{kind: 'text', text: 'New paragraph'}]]);
    expect(result[2]).to.deep.equal([[{kind: 'text', text: 'Third'}]]);
  });

  it('treats a line of spaces as a blank line and trims the ends', () => {
    expect(linkify('  one \n   \n two  ')).to.have.length(2);
    expect(linkify('   \n\n  ')).to.deep.equal([]);
  });

  it('links http(s) and www. addresses', () => {
    expect(links('See https://example.com/a?b=1#c now')).to.deep.equal([
      ['https://example.com/a?b=1#c', 'https://example.com/a?b=1#c'],
    ]);
    expect(links('or www.example.org/page')).to.deep.equal([
      ['www.example.org/page', 'https://www.example.org/page'],
    ]);
    expect(links('HTTP://EXAMPLE.COM')).to.deep.equal([
      ['HTTP://EXAMPLE.COM', 'http://example.com/'],
    ]);
  });

  it('leaves trailing punctuation out of links but keeps balanced brackets', () => {
    expect(links('Read https://example.com/x.')).to.deep.equal([
      ['https://example.com/x', 'https://example.com/x'],
    ]);
    expect(links('(see https://example.com/y), then')).to.deep.equal([
      ['https://example.com/y', 'https://example.com/y'],
    ]);
    expect(links('https://en.wikipedia.org/wiki/Foo_(bar)!')).to.deep.equal([
      ['https://en.wikipedia.org/wiki/Foo_(bar)', 'https://en.wikipedia.org/wiki/Foo_(bar)'],
    ]);
    const line = linkifyLine('Is it https://example.com/z?');
    expect(line.at(-1)).to.deep.equal({kind: 'text', text: '?'});
  });

  it('never links javascript: or other schemes', () => {
    for (const text of [
      'javascript:alert(1)',
      'data:text/html,hi',
      'xhttps://evil.example',
      'ftp://x.example',
    ]) {
      expect(links(text), text).to.deep.equal([]);
    }
  });

  it('keeps HTML as text: nothing is parsed', () => {
    const result = linkify('<img src=x onerror=alert(1)> <b>bold</b>');
    expect(result).to.deep.equal([
      [[{kind: 'text', text: '<img src=x onerror=alert(1)> <b>bold</b>'}]],
    ]);
  });

  it('does not link a bare scheme or "www." alone', () => {
    expect(links('http:// and www. and https://')).to.deep.equal([]);
  });

  it('tells a plain one-line body from one that needs structure', () => {
    expect(isPlain(linkify('just text'))).to.equal(true);
    expect(isPlain(linkify('two\nlines'))).to.equal(false);
    expect(isPlain(linkify('a link https://example.com'))).to.equal(false);
  });
});
