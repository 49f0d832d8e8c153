/**
 * Plain text out of backend HTML (WordPress bodies, entity-encoded names).
 * The HTML is parsed in a `DOMParser` document, which never runs scripts,
 * loads images or touches the page. Where parsing is impossible (no DOM, or
 * an enforced Trusted Types policy), a careful character scan stands in.
 */

let parser: DOMParser | undefined;

interface HtmlPolicy {
  /** Returns TrustedHTML; typed as a string because the DOM typings' sinks take strings. */
  createHTML(input: string): string;
}
interface PolicyFactory {
  createPolicy(name: string, rules: {createHTML(input: string): string}): HtmlPolicy;
}

/** The `natter` Trusted Types policy: `null` when the page refused the name. */
let policy: HtmlPolicy | null | undefined;

/**
 * Under Trusted Types, `parseFromString` takes only TrustedHTML. The
 * document it makes is inert (no script runs, nothing loads, nothing reaches
 * the page), so a policy that passes the text through is safe for this one
 * use. It is created on the first parse, so only pages whose comments carry
 * HTML (WordPress) need to allow the name: `trusted-types natter`.
 */
function trustedHtml(html: string): string | undefined {
  const factory = (globalThis as {trustedTypes?: PolicyFactory}).trustedTypes;
  if (!factory) return html;
  if (policy === undefined) {
    try {
      policy = factory.createPolicy('natter', {createHTML: (input) => input});
    } catch {
      policy = null;
    }
  }
  // A page that refused the name enforces Trusted Types: a plain string
  // would only be refused again, so the character scan stands in.
  return policy ? policy.createHTML(html) : undefined;
}

function parse(html: string): Document | undefined {
  try {
    const trusted = trustedHtml(html);
    if (trusted === undefined) return undefined;
    parser ??= new DOMParser();
    return parser.parseFromString(trusted, 'text/html');
  } catch {
    return undefined;
  }
}

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

/**
 * The text of `html` without an HTML parser: tags are skipped and numeric
 * and the common named entities decoded. A fallback only.
 */
export function roughText(html: string): string {
  let text = '';
  let inTag = false;
  for (const char of html) {
    if (char === '<') inTag = true;
    else if (char === '>' && inTag) inTag = false;
    else if (!inTag) text += char;
  }
  return text.replace(/&(#x[\da-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] !== '#') return NAMED[name.toLowerCase()] ?? whole;
    const hex = name[1] === 'x' || name[1] === 'X';
    const code = hex ? parseInt(name.slice(2), 16) : Number(name.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** `Tom&#225;s &amp; Ana` → `Tomás & Ana`. Tags, if any, are dropped. */
export function decodeEntities(text: string): string {
  if (!text.includes('&') && !text.includes('<')) return text;
  const doc = parse(text);
  return doc ? (doc.body.textContent ?? '') : roughText(text);
}

const BLOCKS = new Set(
  'P DIV BLOCKQUOTE PRE UL OL LI H1 H2 H3 H4 H5 H6 TABLE TR HR FIGURE'.split(' '),
);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

/**
 * A plain-text version of an HTML body, as a reader would see it: blocks
 * become paragraphs separated by a blank line, `<br>` a line break, white
 * space collapses as it does when rendered (except inside `<pre>`), and
 * entities are decoded.
 */
export function htmlToText(html: string): string {
  const doc = parse(html);
  if (!doc) return roughText(html).trim();
  const out: string[] = [];
  const walk = (node: Node, pre: boolean) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const text = child.nodeValue ?? '';
        out.push(pre ? text : text.replace(/\s+/g, ' '));
      } else if (child.nodeType === 1) {
        const name = (child as Element).tagName;
        if (SKIPPED.has(name)) continue;
        if (name === 'BR') {
          out.push('\n');
          continue;
        }
        const block = BLOCKS.has(name);
        if (block) out.push('\n\n');
        walk(child, pre || name === 'PRE');
        if (block) out.push('\n\n');
      }
    }
  };
  walk(doc.body, false);
  // Line by line: a `/[ \t]*\n/` search is quadratic on a long run of spaces.
  return out
    .join('')
    .split('\n')
    .map(trimSpacesAndTabs)
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

function trimSpacesAndTabs(line: string): string {
  const blank = (code: number) => code === 0x20 || code === 0x09;
  let start = 0;
  let end = line.length;
  while (start < end && blank(line.charCodeAt(start))) start++;
  while (end > start && blank(line.charCodeAt(end - 1))) end--;
  return line.slice(start, end);
}
