import {expect} from '@open-wc/testing';
import {MAX_BLOCK_DEPTH, parseMarkdown, type Block, type Inline} from '../../src/core/markdown.js';
import {MAX_INLINE_DEPTH} from '../../src/core/markdown-emphasis.js';
import {parseInline} from '../../src/core/markdown-inline.js';

const text = (value: string): Inline => ({kind: 'text', text: value});
const em = (...children: Inline[]): Inline => ({kind: 'em', children});
const strong = (...children: Inline[]): Inline => ({kind: 'strong', children});
const paragraph = (...children: Inline[]): Block => ({kind: 'paragraph', children});

/** The links of a text, as [what shows, href]. */
function links(source: string): [string, string][] {
  const found: [string, string][] = [];
  const walk = (nodes: Inline[]) => {
    for (const node of nodes) {
      if (node.kind === 'link') found.push([shown(node.children), node.href]);
      if ('children' in node) walk(node.children);
    }
  };
  walk(parseInline(source));
  return found;
}

function shown(nodes: Inline[]): string {
  return nodes
    .map((node) =>
      node.kind === 'text' || node.kind === 'code'
        ? node.text
        : node.kind === 'break'
          ? '\n'
          : shown(node.children),
    )
    .join('');
}

/** How deep elements nest in a tree of blocks and inlines. */
function depthOf(value: unknown): number {
  if (Array.isArray(value)) return Math.max(0, ...value.map(depthOf));
  if (value && typeof value === 'object') {
    const node = value as {children?: unknown; items?: unknown};
    const inner = node.children ?? node.items;
    return inner === undefined ? 0 : 1 + depthOf(inner);
  }
  return 0;
}

describe('parseInline', () => {
  it('reads emphasis and strong with either marker', () => {
    expect(parseInline('*a* _b_ **c** __d__')).to.deep.equal([
      em(text('a')),
      text(' '),
      em(text('b')),
      text(' '),
      strong(text('c')),
      text(' '),
      strong(text('d')),
    ]);
  });

  it('nests emphasis the way CommonMark does', () => {
    expect(parseInline('***a** b*')).to.deep.equal([em(strong(text('a')), text(' b'))]);
    expect(parseInline('*a **b***')).to.deep.equal([em(text('a '), strong(text('b')))]);
    expect(parseInline('**a*')).to.deep.equal([text('*'), em(text('a'))]);
  });

  it('leaves underscores inside words and unmatched markers as text', () => {
    expect(parseInline('snake_case_name')).to.deep.equal([text('snake_case_name')]);
    expect(parseInline('2 * 3 * 4')).to.deep.equal([text('2 * 3 * 4')]);
    expect(parseInline('*open')).to.deep.equal([text('*open')]);
  });

  it('reads code spans, which keep markers and backslashes literally', () => {
    expect(parseInline('a `*b* \\` c')).to.deep.equal([
      text('a '),
      {kind: 'code', text: '*b* \\'},
      text(' c'),
    ]);
    expect(parseInline('`` a`b ``')).to.deep.equal([{kind: 'code', text: 'a`b'}]);
    expect(parseInline('``unclosed`')).to.deep.equal([text('``unclosed`')]);
  });

  it('takes backslash escapes out', () => {
    expect(parseInline('\\*not\\* \\_em\\_ \\\\ \\a')).to.deep.equal([text('*not* _em_ \\ \\a')]);
  });

  it('keeps line breaks', () => {
    expect(parseInline('one  \ntwo')).to.deep.equal([text('one'), {kind: 'break'}, text('two')]);
  });

  it('makes links of http(s) and mailto targets only', () => {
    expect(links('[site](https://example.com/a_(b)) [mail](mailto:a@example.com)')).to.deep.equal([
      ['site', 'https://example.com/a_(b)'],
      ['mail', 'mailto:a@example.com'],
    ]);
    for (const bad of [
      '[x](javascript:alert(1))',
      '[x](JaVaScRiPt:alert(1))',
      '[x](java\nscript:alert(1))',
      '[x](javascript&#58;alert(1))',
      '[x](&#106;avascript:alert(1))',
      '[x](data:text/html,hi)',
      '[x](vbscript:msgbox)',
      '[x](//evil.example/)',
    ]) {
      expect(links(bad), bad).to.deep.equal([]);
      expect(shown(parseInline(bad)), bad).to.equal(bad.replace('\n', '\n'));
    }
  });

  it('shows image syntax as text, linking only a bare address in it', () => {
    expect(shown(parseInline('![img](javascript:alert(1))'))).to.equal(
      '![img](javascript:alert(1))',
    );
    expect(links('![img](javascript:alert(1))')).to.deep.equal([]);
    expect(links('![i](https://a.example/i.png)')).to.deep.equal([
      ['https://a.example/i.png', 'https://a.example/i.png'],
    ]);
  });

  it('links bare addresses as plain comments do, but not inside a link', () => {
    expect(links('see https://example.com/x_y.')).to.deep.equal([
      ['https://example.com/x_y', 'https://example.com/x_y'],
    ]);
    expect(links('[https://a.example](https://b.example)')).to.deep.equal([
      ['https://a.example', 'https://b.example/'],
    ]);
  });

  it('makes no link inside a link, and no link with a title', () => {
    const found = links('[a [b](https://b.example) c](https://c.example)');
    // The outer brackets stay text; the address after them is bare.
    expect(found).to.deep.equal([
      ['b', 'https://b.example/'],
      ['https://c.example', 'https://c.example/'],
    ]);
    expect(links('[x](https://a.example "title")')).to.deep.equal([
      ['https://a.example', 'https://a.example/'],
    ]);
  });

  it('formats inside link text', () => {
    expect(parseInline('[*a*](https://a.example)')).to.deep.equal([
      {
        kind: 'link',
        href: 'https://a.example/',
        url: 'https://a.example',
        children: [em(text('a'))],
      },
    ]);
  });

  it(`nests emphasis at most ${MAX_INLINE_DEPTH} deep, the rest as text`, () => {
    const source = '*a _a '.repeat(20) + 'x' + ' a_ a*'.repeat(20);
    const tree = parseInline(source);
    expect(depthOf(tree)).to.equal(MAX_INLINE_DEPTH);
    expect(shown(tree)).to.have.length(source.length - 2 * MAX_INLINE_DEPTH);
  });
});

describe('parseMarkdown', () => {
  it('separates paragraphs at blank lines', () => {
    expect(parseMarkdown('one\n\n\ntwo\r\nthree')).to.deep.equal([
      paragraph(text('one')),
      paragraph(text('two'), {kind: 'break'}, text('three')),
    ]);
  });

  it('reads fenced code blocks with backticks or tildes, unclosed ones to the end', () => {
    expect(parseMarkdown('```js\nlet a = *b*;\n  <script>\n```\nafter')).to.deep.equal([
      {kind: 'code', text: 'let a = *b*;\n  <script>'},
      paragraph(text('after')),
    ]);
    expect(parseMarkdown('~~~\na\n~~~')).to.deep.equal([{kind: 'code', text: 'a'}]);
    expect(parseMarkdown('```\nopen')).to.deep.equal([{kind: 'code', text: 'open'}]);
  });

  it('reads nested block quotes', () => {
    expect(parseMarkdown('> a\n> > b\n\nc')).to.deep.equal([
      {
        kind: 'quote',
        children: [paragraph(text('a')), {kind: 'quote', children: [paragraph(text('b'))]}],
      },
      paragraph(text('c')),
    ]);
  });

  it('reads bullet and numbered lists, nested ones too', () => {
    const [list, numbered] = parseMarkdown('- a\n- b\n  * c\n\n3. x\n4. y');
    expect(list).to.deep.equal({
      kind: 'list',
      ordered: false,
      start: 1,
      marker: '-',
      items: [
        [paragraph(text('a'))],
        [
          paragraph(text('b')),
          {kind: 'list', ordered: false, start: 1, marker: '*', items: [[paragraph(text('c'))]]},
        ],
      ],
    });
    expect(numbered).to.include({kind: 'list', ordered: true, start: 3, marker: '.'});
  });

  it('starts a list after a line of text, except a number other than 1', () => {
    expect(parseMarkdown('Things:\n- a').map((b) => b.kind)).to.deep.equal(['paragraph', 'list']);
    expect(parseMarkdown('in\n2019. it rained').map((b) => b.kind)).to.deep.equal(['paragraph']);
  });

  it('shows headings, tables, HTML and rules as the text they are', () => {
    const source = '# title\n| a | b |\n<b>bold</b>\n---';
    expect(parseMarkdown(source)).to.deep.equal([
      paragraph(
        text('# title'),
        {kind: 'break'},
        text('| a | b |'),
        {kind: 'break'},
        text('<b>bold</b>'),
        {kind: 'break'},
        text('---'),
      ),
    ]);
  });

  it(`nests quotes and lists at most ${MAX_BLOCK_DEPTH} deep, the rest as text`, () => {
    const blocks = parseMarkdown('>'.repeat(10_000) + ' deep');
    expect(depthOf(blocks)).to.equal(MAX_BLOCK_DEPTH + 1);
    let inner: Block = blocks[0];
    while (inner.kind === 'quote') inner = inner.children[0];
    expect(inner.kind).to.equal('paragraph');
    expect(shown((inner as {children: Inline[]}).children)).to.equal(
      '>'.repeat(10_000 - MAX_BLOCK_DEPTH) + ' deep',
    );
  });
});
