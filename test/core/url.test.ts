import {expect} from '@open-wc/testing';
import {safeUrl} from '../../src/core/url.js';

describe('safeUrl', () => {
  it('keeps http and https URLs, normalised', () => {
    expect(safeUrl('https://example.com/a b')).to.equal('https://example.com/a%20b');
    expect(safeUrl('http://EXAMPLE.com')).to.equal('http://example.com/');
  });

  it('refuses script-bearing and other schemes', () => {
    expect(safeUrl('javascript:alert(1)')).to.equal(undefined);
    expect(safeUrl('data:text/html,<script>alert(1)</script>')).to.equal(undefined);
    expect(safeUrl('vbscript:msgbox(1)')).to.equal(undefined);
    expect(safeUrl('ftp://example.com')).to.equal(undefined);
  });

  it('sees through control and white-space characters hiding a scheme', () => {
    expect(safeUrl(' \u0000java\tscript:alert(1)')).to.equal(undefined);
    expect(safeUrl('\u200bjavascript:alert(1)')).to.equal(undefined);
    expect(safeUrl('\u00a0https://example.com')).to.equal('https://example.com/');
  });

  it('allows mailto only when asked', () => {
    expect(safeUrl('mailto:a@example.com')).to.equal(undefined);
    expect(safeUrl('mailto:a@example.com', {allowMailto: true})).to.equal('mailto:a@example.com');
  });

  it('resolves relative URLs against a base', () => {
    expect(safeUrl('/api/avatars/x.svg', {base: 'https://c.example'})).to.equal(
      'https://c.example/api/avatars/x.svg',
    );
    expect(safeUrl('/relative')).to.equal(undefined);
  });
});
