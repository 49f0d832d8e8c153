import {expect} from '@open-wc/testing';
import {markdownBody} from '../../src/components/markdown-body.js';
import {parseMarkdown} from '../../src/core/markdown.js';
import {markdownText} from '../../src/core/markdown-text.js';

// Inputs of 64 KB or more built to make a Markdown parser quadratic or
// deeply recursive: each is parsed, turned into plain text and built into
// DOM within a bound that linear code meets many times over, even on a
// loaded machine, and none throws.
const BOUND_MS = 3000;
const K64 = 64 * 1024;

const bombs: [string, string][] = [
  ['a run of 50,000 asterisks', '*'.repeat(50_000)],
  ['alternating strong and emphasis markers', '**_'.repeat(K64 / 3)],
  ['emphasis opened 10,000 times and never closed', '*a _b '.repeat(K64 / 6)],
  ['emphasis nested 10,000 deep', '*a _a '.repeat(5_000) + 'x' + ' a_ a*'.repeat(5_000)],
  ['closers with no openers', 'a* b_ '.repeat(K64 / 6)],
  ['100,000 backticks', '`'.repeat(100_000)],
  [
    'backtick runs of every length',
    Array.from({length: 3000}, (_, i) => '`'.repeat(i % 60) + 'a').join(''),
  ],
  ['unclosed brackets', '['.repeat(K64)],
  ['brackets each followed by an unclosed target', '[a]('.repeat(K64 / 4)],
  ['nested link targets', '[a](https://'.repeat(K64 / 13) + ')'.repeat(K64 / 13)],
  ['image openers', '!['.repeat(K64 / 2)],
  ['10,000 nested quotes on one line', '>'.repeat(10_000) + ' deep'],
  [
    'quotes nesting one deeper each line',
    Array.from({length: 360}, (_, i) => '>'.repeat(i) + ' x').join('\n'),
  ],
  ['a list marker run', '- '.repeat(K64 / 2)],
  [
    'lists indented one level more each line',
    Array.from({length: 250}, (_, i) => '  '.repeat(i) + '- x').join('\n'),
  ],
  ['fence openers on every line', '```\n'.repeat(K64 / 4)],
  ['backslashes', '\\'.repeat(K64)],
  ['one very long line of words', 'word '.repeat(K64 / 5)],
  ['addresses glued together', 'https://a.example/'.repeat(K64 / 18)],
];

function timed(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

describe('Markdown is processed in linear time', () => {
  for (const [name, source] of bombs) {
    it(`parses, flattens and renders ${name} within ${BOUND_MS} ms each`, function () {
      this.timeout(4 * BOUND_MS);
      expect(
        timed(() => parseMarkdown(source)),
        'parse',
      ).to.be.below(BOUND_MS);
      expect(
        timed(() => markdownText(source)),
        'plain text',
      ).to.be.below(BOUND_MS);
      expect(
        timed(() => markdownBody(source)),
        'DOM',
      ).to.be.below(BOUND_MS);
    });
  }

  it('keeps the text of a bomb it does not format', () => {
    const source = '*'.repeat(50_000);
    expect(markdownText(source) === source, 'asterisks kept').to.equal(true);
    const ticks = 'a ' + '`'.repeat(100_000);
    expect(markdownBody(ticks).textContent === ticks, 'backticks kept').to.equal(true);
  });
});
