import {expect} from '@open-wc/testing';
import {normalizeThreadKey} from '../../src/adapters/kit/thread-key.js';
import {displayName} from '../../src/core/display-name.js';
import {htmlToText} from '../../src/core/html-text.js';
import {linkify} from '../../src/core/linkify.js';
import {safeUrl} from '../../src/core/url.js';

// Each input is about 64 KB and was quadratic (seconds to minutes) with the
// regular expressions these functions used before. Linear code takes a few
// milliseconds; the bound is generous for a loaded machine.
const BOUND_MS = 1500;
const K64 = 64 * 1024;

function timed(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

describe('text from other visitors is processed in linear time', () => {
  const cases: [string, () => unknown][] = [
    [
      'a thread key of slashes',
      () => {
        try {
          normalizeThreadKey(`/${'/'.repeat(K64)}a`);
        } catch {
          // Refused, which is the point; the time is what is measured.
        }
      },
    ],
    ['a URL with a long inner run of spaces', () => safeUrl(`a${' '.repeat(K64)}a`)],
    ['a link followed by closing brackets', () => linkify(`http://a.example${')'.repeat(K64)}`)],
    ['a name of tag characters', () => displayName('\u{e0041}'.repeat(K64 / 2))],
    ['HTML with a long run of spaces', () => htmlToText(`<pre>a${' '.repeat(K64)}a</pre>`)],
  ];
  for (const [name, run] of cases) {
    it(`handles ${name} within ${BOUND_MS} ms`, () => {
      expect(timed(run)).to.be.below(BOUND_MS);
    });
  }

  it('still trims and keeps what it kept before', () => {
    expect(normalizeThreadKey('/a///')).to.equal('/a');
    expect(normalizeThreadKey('/a/?x=1#y')).to.equal('/a');
    expect(normalizeThreadKey('////')).to.equal('/');
    expect(() => normalizeThreadKey(`/${'a'.repeat(5000)}`)).to.throw();
    expect(safeUrl('  https://a.example/  ')).to.equal('https://a.example/');
    const flag = '\u{1f3f4}\u{e0067}\u{e0062}\u{e0077}\u{e006c}\u{e0073}\u{e007f}';
    expect(displayName(`Ada ${flag}`)).to.equal(`Ada ${flag}`);
    expect(displayName('Ada\u{e0041}')).to.equal('Ada\ufffd');
    const [[line]] = linkify('see (http://a.example/x_(y)).');
    expect(line.find((s) => s.kind === 'link')?.text).to.equal('http://a.example/x_(y)');
    expect(htmlToText('<p>a <br> b</p>')).to.equal('a\nb');
  });
});
