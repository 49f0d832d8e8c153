/**
 * Markdown tricks for the hostile-input tests: link and image syntax with
 * schemes hidden by case, white space, control characters and entities,
 * HTML in text, code spans, code blocks and link text, and structures built
 * to make a parser slow or deep (emphasis bombs, 10,000 nested quotes,
 * unclosed brackets and backticks, very long lines). A payload that runs
 * sets `window.__natterPwned`, which the detector watches.
 */
export interface MarkdownInput {
  id: string;
  payload: string;
  /** HTML-looking text in the payload that must show as text (default: every `<tag`). */
  shownAsText?: boolean;
}

const RUN = '__natterPwned=1';

const payloads: (string | [string, {shownAsText: boolean}])[] = [
  // Link and image syntax with schemes that must never become a link.
  `[x](javascript:${RUN})`,
  `[x](JaVaScRiPt:${RUN})`,
  `[x](java\nscript:${RUN})`,
  `[x](java\tscript:${RUN})`,
  `[x]( javascript:${RUN} )`,
  `[x](\u0001javascript:${RUN})`,
  `[x](javascript&#58;${RUN})`,
  `[x](&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;${RUN})`,
  `[x](&#x6A;avascript&#x3A;${RUN})`,
  `[x](%6Aavascript:${RUN})`,
  `[x](java\\script:${RUN})`,
  `[x](<javascript:${RUN}>)`,
  `[x](javascript:${RUN} "title")`,
  `[x](https:javascript:${RUN})`,
  `[x](vbscript:msgbox(1))`,
  `[x](data:text/html,<script>${RUN}</script>)`,
  `[x](file:///etc/passwd)`,
  `![img](javascript:${RUN})`,
  `![img](https://example.com/x.png" onerror="${RUN})`,
  `[a](https://example.com/"onmouseover="${RUN}")`,
  [`[x](mailto:a@example.com?body=<script>${RUN}</script>)`, {shownAsText: false}],
  `[x][1]\n\n[1]: javascript:${RUN}`,
  // HTML in text, link text, code spans, code blocks, quotes and lists.
  `<script>${RUN}</script> in *text*`,
  `**<b onmouseover=${RUN}>bold</b>** and _<i>it</i>_`,
  `[<img src=x onerror=${RUN}>](https://example.com)`,
  `[**<svg onload=${RUN}>**](https://example.com)`,
  `\`<script>${RUN}</script>\` and \`<img src=x onerror=${RUN}>\``,
  `\`\`\`\n<script>${RUN}</script>\n<img src=x onerror=${RUN}>\n\`\`\``,
  `~~~html\n<svg onload=${RUN}>\n~~~`,
  // A fence's info string is not shown.
  [`\`\`\`<script>\nalert(1)\n\`\`\``, {shownAsText: false}],
  `> <img src=x onerror=${RUN}>\n> > <iframe src="javascript:${RUN}">`,
  `- <iframe src="javascript:${RUN}"></iframe>\n- <a href="javascript:${RUN}">a</a>`,
  `1. <details open ontoggle=${RUN}>\n2. <input autofocus onfocus=${RUN}>`,
  `\\<script>${RUN}\\</script> \\[x\\](javascript:${RUN})`,
  `[x](https://example.com)<script>${RUN}</script>`,
  `*<style>*{background:url("javascript:${RUN}")}</style>*`,
  // Structures that make parsers slow, deep or confused.
  '*'.repeat(50_000),
  '**_'.repeat(20_000),
  '**_**_'.repeat(10_000),
  '*a _a '.repeat(5_000) + 'x' + ' a_ a*'.repeat(5_000),
  '`'.repeat(100_000),
  Array.from({length: 2_000}, (_, i) => '`'.repeat((i % 40) + 1) + 'a').join(''),
  '['.repeat(50_000) + `](javascript:${RUN})`,
  '[a]('.repeat(20_000),
  '[a](https://'.repeat(5_000) + ')'.repeat(5_000),
  '>'.repeat(10_000) + ` <script>${RUN}</script>`,
  '> '.repeat(10_000) + 'deep',
  Array.from({length: 400}, (_, i) => '>'.repeat(i + 1) + ' line').join('\n'),
  '- '.repeat(5_000) + 'x',
  Array.from({length: 300}, (_, i) => '  '.repeat(i) + '- item').join('\n'),
  'word *em* '.repeat(20_000),
  `${'x'.repeat(100_000)} <img src=x onerror=${RUN}>`,
  '```\n'.repeat(20_000),
  '\\'.repeat(50_000) + '*a*',
];

export const MARKDOWN_CORPUS: MarkdownInput[] = payloads.map((entry, index) => {
  const [payload, options] = typeof entry === 'string' ? [entry, {}] : entry;
  return {id: `m${index}`, payload, ...options};
});

/** The only elements a Markdown body may contain. */
export const MARKDOWN_ELEMENTS = new Set(
  'DIV P BR EM STRONG CODE PRE BLOCKQUOTE UL OL LI A'.split(' '),
);
