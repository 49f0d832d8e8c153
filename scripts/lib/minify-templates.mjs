// A build plugin for the script-tag files: Lit's css`` and html`` template
// literals are text the minifier must leave alone, so their indentation,
// line breaks and CSS comments would ship as written. This takes out only
// what cannot change what a page shows:
//   - css``: comments, and whitespace that CSS ignores (quoted strings kept);
//   - html``: every run of whitespace that holds a line break becomes one
//     space (HTML renders any such run as one space at most), except inside
//     <pre> and <textarea>, where whitespace is content.
// Bound values (`${…}`) are data, not template text, so comment bodies and
// names are never touched.
import {parseAst} from 'vite';

/** CSS quoted strings and comments, so whitespace rules skip strings and drop comments. */
const CSS_TOKENS = /("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')|\/\*[\s\S]*?\*\//g;

/** One stretch of CSS template text (between two `${…}`), minified. */
export function minifyCss(text) {
  let out = '';
  let last = 0;
  const squeeze = (part) =>
    part
      .replace(/\s+/g, ' ')
      // No space is needed around these; `:` keeps the space before it
      // (`a :hover` is a descendant selector), `+`/`-` keep theirs (calc()).
      .replace(/ ?([{};,>]) ?/g, '$1')
      .replace(/: /g, ':')
      .replace(/;}/g, '}');
  // Comments become spaces, in case one stood between two words; the text
  // around them is squeezed as one piece, quoted strings pass unchanged.
  let pending = '';
  for (const match of text.matchAll(CSS_TOKENS)) {
    pending += text.slice(last, match.index);
    last = match.index + match[0].length;
    if (match[1] === undefined) {
      pending += ' ';
    } else {
      out += squeeze(pending) + match[1];
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
