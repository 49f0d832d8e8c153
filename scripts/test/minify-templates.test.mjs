// The template minifier of the script-tag build: each rewrite must leave CSS
// that a browser reads exactly as the source, and leave alone what it cannot
// prove equal (strings, words that hold a zero, long hex colours).
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {minifyCss, minifyHtml, minifyTemplates} from '../lib/minify-templates.mjs';

describe('minifyCss', () => {
  test('drops comments and the white space CSS ignores, keeping descendant selectors', () => {
    assert.equal(
      minifyCss('\n  /* why */\n  .a :hover > b {\n    color: red;\n    margin: 0 auto;\n  }\n'),
      ' .a :hover>b{color:red;margin:0 auto}',
    );
  });

  test('writes the shorter spelling of numbers, colours and weights', () => {
    assert.equal(
      minifyCss('a { opacity: 0.6; margin: -0.5em 0.25em; color: #FFFFFF; font-weight: normal; }'),
      'a{opacity:.6;margin:-0.5em .25em;color:#FFF;font-weight:400}',
    );
    assert.equal(minifyCss('b { font-weight: bold }'), 'b{font-weight:700}');
  });

  test('leaves alone zeros inside names and numbers, and colours that have no short form', () => {
    assert.equal(
      minifyCss('.c0.x { width: 10.5px; color: #1d5fbf; background: #aabbccdd; }'),
      '.c0.x{width:10.5px;color:#1d5fbf;background:#aabbccdd}',
    );
  });

  test('takes the spaces out of calc() division and multiplication, not addition', () => {
    assert.equal(
      minifyCss('a { gap: calc(var(--s) / 2) calc(var(--a) * 0.4) calc(1rem + 2px); }'),
      'a{gap:calc(var(--s)/2) calc(var(--a)*.4) calc(1rem + 2px)}',
    );
  });

  test('unquotes a plain name in an attribute selector, and no other string', () => {
    assert.equal(
      minifyCss(":host([theme='dark']) input[type=\"text\"] [data-x='a b'] { content: 'x'; }"),
      ":host([theme=dark]) input[type=text] [data-x='a b']{content:'x'}",
    );
    assert.equal(
      minifyCss("a::after { content: '0.5 #ffffff'; }"),
      "a::after{content:'0.5 #ffffff'}",
    );
  });
});

describe('minifyHtml', () => {
  test('collapses line-broken white space but keeps <pre> and <textarea> text', () => {
    assert.equal(
      minifyHtml('<p>\n  a\n  b\n</p><pre>\n x\n</pre>'),
      '<p> a b </p><pre>\n x\n</pre>',
    );
  });
});

describe('minifyTemplates', () => {
  test('rewrites css`` and html`` template text, never bound values', () => {
    const code =
      'const s = css`a { opacity: 0.5; }`;\nconst t = html`<p>\n  ${"0.5  \\n x"}\n</p>`;';
    assert.equal(
      minifyTemplates(code),
      'const s = css`a{opacity:.5}`;\nconst t = html`<p> ${"0.5  \\n x"} </p>`;',
    );
  });
});
