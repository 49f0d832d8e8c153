import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {parseCliOptions} from '../src/cli-options.js';
import {commentText} from '../src/domain/comment-text.js';
import {markdownToText} from '../src/domain/markdown-text.js';
import {voteScore, wilsonLowerBound} from '../src/domain/wilson.js';
import {decodeTopCursor, encodeTopCursor} from '../src/store/top.js';

describe('markdownToText', () => {
  const cases: [string, string][] = [
    ['**strong** and __strong__ and *em* and _em_', 'strong and strong and em and em'],
    ['***both*** and **nested *em* inside**', 'both and nested em inside'],
    ['snake_case_name and 2 * 3 * 4', 'snake_case_name and 2 * 3 * 4'],
    ['`code *kept*` and ``a ` tick``', 'code *kept* and a ` tick'],
    ['\\*not em\\* and \\\\ and \\a', '*not em* and \\ and \\a'],
    ['```js\nlet a = *b*;\n```\nafter', 'let a = *b*;\nafter'],
    ['~~~\n**raw**\n~~~', '**raw**'],
    ['```\nunclosed *fence*', 'unclosed *fence*'],
    ['> quoted *text*\n> > nested **deeper**', '> quoted text\n> > nested deeper'],
    ['- one **1**\n* two\n1. first _x_', '- one 1\n* two\n1. first x'],
    [
      '[site](https://example.com/a?b=c) and [mail](mailto:a@b.example)',
      'site (https://example.com/a?b=c) and mail (mailto:a@b.example)',
    ],
    ['[**bold** link](http://example.com)', 'bold link (http://example.com)'],
    [
      '[x](javascript:alert(1)) [y](data:text/html,hi)',
      '[x](javascript:alert(1)) [y](data:text/html,hi)',
    ],
    ['![alt](https://example.com/i.png)', '![alt](https://example.com/i.png)'],
    ['# not a heading <b>html</b> | table |', '# not a heading <b>html</b> | table |'],
    ['*unclosed and **half', '*unclosed and **half'],
    ['plain text, nothing to take out', 'plain text, nothing to take out'],
  ];
  for (const [source, text] of cases) {
    it(`reads ${JSON.stringify(source)}`, () => assert.equal(markdownToText(source), text));
  }

  it('keeps its time linear-ish on hostile input of the largest size', () => {
    const bombs = [
      '*a '.repeat(1700),
      '*_'.repeat(2500),
      '**'.repeat(2500),
      '>'.repeat(5000),
      '> '.repeat(2500),
      '[a]('.repeat(1250),
      '`a``'.repeat(1250),
      '\\'.repeat(5000),
      '```\n'.repeat(1250),
    ];
    for (const bomb of bombs) {
      const started = performance.now();
      markdownToText(bomb);
      const ms = performance.now() - started;
      assert.ok(ms < 1000, `${JSON.stringify(bomb.slice(0, 8))}… took ${ms.toFixed(0)} ms`);
    }
  });

  it('refuses text that is only markup', () => {
    assert.throws(() => commentText('```\n```'), /Please write a comment/);
    assert.deepEqual(commentText('**hi**'), {body: 'hi', markdown: '**hi**'});
  });
});

describe('wilsonLowerBound', () => {
  it('ranks many votes above few of the same share, and nothing below zero', () => {
    assert.equal(wilsonLowerBound(0, 0), 0);
    assert.equal(wilsonLowerBound(0, 5), 0);
    assert.ok(wilsonLowerBound(10, 0) > wilsonLowerBound(1, 0));
    assert.ok(wilsonLowerBound(80, 20) > wilsonLowerBound(8, 2));
    assert.ok(wilsonLowerBound(8, 1) > wilsonLowerBound(5, 5));
    // The textbook value for 1 up of 1: about 0.2065.
    assert.ok(Math.abs(wilsonLowerBound(1, 0) - 0.2065) < 0.001);
    assert.equal(voteScore(1, 0), Math.round(wilsonLowerBound(1, 0) * 1e9));
    assert.ok(Number.isSafeInteger(voteScore(1_000_000, 0)));
  });
});

describe('top cursors and flags', () => {
  it('round-trips a top cursor and refuses anything else', () => {
    const cursor = {score: 123, createdAt: '2026-01-01T00:00:00.000Z', id: 'abc', version: 7};
    assert.deepEqual(decodeTopCursor(encodeTopCursor(cursor)), cursor);
    const bad = Buffer.from(JSON.stringify(['top', -1, cursor.createdAt, 'abc', 7])).toString(
      'base64url',
    );
    assert.throws(() => decodeTopCursor(bad), /not valid/);
  });

  it('reads --edit-window in minutes, --down-votes and the vote limits', () => {
    const parsed = parseCliOptions(
      ['--edit-window', '0.5', '--down-votes', '--rate-votes', '5/60', '--rate-voter', 'off'],
      {},
    );
    assert.equal(parsed.editWindowMs, 30_000);
    assert.equal(parsed.downVotes, true);
    assert.deepEqual(parsed.rateLimits?.votes, {count: 5, perSeconds: 60});
    assert.equal(parsed.rateLimits?.votesPerVoter, false);
    assert.equal(parseCliOptions([], {}).editWindowMs, 15 * 60_000);
    assert.equal(parseCliOptions([], {NATTER_EDIT_WINDOW: '0'}).editWindowMs, 0);
    assert.throws(() => parseCliOptions(['--edit-window', '-1'], {}), /--edit-window/);
  });
});
