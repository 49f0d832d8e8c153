// A build plugin for the script-tag files: Lit's css`` and html`` template
// literals are text the minifier must leave alone, so their indentation,
// line breaks and CSS comments would ship as written. This takes out only
// what cannot change what a page shows:
//   - css``: comments, whitespace that CSS ignores, and the longer of two
//     spellings of one value (`0.5` → `.5`, `#ffffff` → `#fff`,
//     `font-weight: normal` → `400`, `[type='text']` → `[type=text]`);
//     other quoted strings are kept as written;
//   - html``: every run of whitespace that holds a line break becomes one
//     space (HTML renders any such run as one space at most), except inside
//     <pre> and <textarea>, where whitespace is content.
// Bound values (`${…}`) are data, not template text, so comment bodies and
// names are never touched.
import {parseAst} from 'vite';

/** CSS quoted strings and comments, so whitespace rules skip strings and drop comments. */
const CSS_TOKENS = /("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')|\/\*[\s\S]*?\*\//g;

/** Spellings CSS reads alike, the shorter one second. */
const CSS_SHORTER = [
  // No space is needed around these; `:` keeps the space before it
  // (`a :hover` is a descendant selector), `+`/`-` keep theirs (calc()).
  [/ ?([{};,>/]) ?/g, '$1'],
  [/: /g, ':'],
  [/;}/g, '}'],
  // Multiplication in calc(): between a closing parenthesis or a number and a number.
  [/([)\d]) ?\* ?(?=[\d.])/g, '$1*'],
  // A leading zero, not inside a word (`c0.5`), a number (`10.5`) or a hex colour.
  [/(?<![\w.#-])0\.(\d)/g, '.$1'],
  [/#([\da-f])\1([\da-f])\2([\da-f])\3(?![\da-f])/gi, '#$1$2$3'],
  [/font-weight:normal(?=[;}])/g, 'font-weight:400'],
  [/font-weight:bold(?=[;}])/g, 'font-weight:700'],
];

/** A quoted attribute-selector value that is a plain name needs no quotes. */
const PLAIN_NAME = /^(["'])(-?[A-Za-z_][\w-]*)\1$/;

/** One stretch of CSS template text (between two `${…}`), minified. */
export function minifyCss(text) {
  let out = '';
  let last = 0;
  const squeeze = (part) =>
    CSS_SHORTER.reduce(
      (done, [pattern, by]) => done.replace(pattern, by),
      part.replace(/\s+/g, ' '),
    );
  // Comments become spaces, in case one stood between two words; the text
  // around them is squeezed as one piece, quoted strings pass unchanged
  // unless they are a name in `[attr='name']`.
  let pending = '';
  for (const match of text.matchAll(CSS_TOKENS)) {
    pending += text.slice(last, match.index);
    last = match.index + match[0].length;
    if (match[1] === undefined) {
      pending += ' ';
    } else {
      const name = PLAIN_NAME.exec(match[1]);
      const inSelector = /=\s*$/.test(pending) && /^\s*\]/.test(text.slice(last));
      out += squeeze(pending) + (name && inSelector ? name[2] : match[1]);
      pending = '';
    }
  }
  return out + squeeze(pending + text.slice(last));
}

/** Elements whose text keeps its whitespace. */
const VERBATIM = /(<(pre|textarea)\b[^>]*>)([\s\S]*?)(<\/\2\s*>)/gi;
const VERBATIM_OPEN = /<(pre|textarea)\b/i;

/** One stretch of HTML template text, with line-broken whitespace collapsed. */
export function minifyHtml(text) {
  const squeeze = (part) => part.replace(/\s*\n\s*/g, ' ');
  let out = '';
  let last = 0;
  for (const match of text.matchAll(VERBATIM)) {
    out += squeeze(text.slice(last, match.index) + match[1]) + match[3] + match[4];
    last = match.index + match[0].length;
  }
  return out + squeeze(text.slice(last));
}

/**
 * Whether an html`` template may be rewritten: a <pre> or <textarea> whose
 * content runs across a `${…}` cannot be told apart from its surroundings.
 */
function htmlIsSafe(quasis) {
  return quasis.every((quasi) => {
    const text = quasi.value.raw.replace(VERBATIM, '');
    return !VERBATIM_OPEN.test(text);
  });
}

/** Tagged templates `css`/`html` in `code`, with the edits that minify them. */
export function minifyTemplates(code) {
  const ast = parseAst(code);
  const edits = [];
  const visit = (node) => {
    if (!node || typeof node.type !== 'string') return;
    if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier') {
      const quasis = node.quasi.quasis;
      const minify =
        node.tag.name === 'css'
          ? minifyCss
          : node.tag.name === 'html' && htmlIsSafe(quasis)
            ? minifyHtml
            : undefined;
      if (minify) {
        for (const quasi of quasis) {
          const raw = code.slice(quasi.start, quasi.end);
          const small = minify(raw);
          if (small !== raw) edits.push({start: quasi.start, end: quasi.end, text: small});
        }
      }
    }
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) value.forEach(visit);
      else if (value && typeof value === 'object') visit(value);
    }
  };
  visit(ast);
  let out = code;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  }
  return out;
}

/** The Vite plugin: applies to the project's own modules under `srcDir`. */
export function minifyLitTemplates(srcDir) {
  return {
    name: 'natter-minify-lit-templates',
    transform(code, id) {
      if (!id.startsWith(srcDir) || !/\.[cm]?[jt]s$/.test(id)) return undefined;
      if (!/\b(css|html)`/.test(code)) return undefined;
      return {code: minifyTemplates(code), map: null};
    },
  };
}
