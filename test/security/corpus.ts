/**
 * Hostile input for the widget: every string here goes through every field
 * and every rendering path in the security tests. Written for Natter after
 * the kinds of payload collected by the OWASP XSS Filter Evasion Cheat Sheet,
 * DOMPurify's test fixtures (mutation XSS) and the Big List of Naughty
 * Strings (control characters, Unicode). A payload that runs sets
 * `window.__natterPwned` or calls `alert`, which the detector watches.
 */

export type Category = 'markup' | 'scheme' | 'control' | 'attribute' | 'unicode';
export type Source = 'owasp' | 'dompurify' | 'blns' | 'natter';

export interface HostileInput {
  id: string;
  category: Category;
  source: Source;
  payload: string;
}

/** What a payload does when it runs. */
const RUN = '__natterPwned=1';

const entries: [Category, Source, string][] = [
  // Tags and mutation XSS.
  ['markup', 'owasp', `<script>${RUN}</script>`],
  ['markup', 'owasp', `<img src=x onerror=${RUN}>`],
  ['markup', 'owasp', `<svg onload=${RUN}>`],
  ['markup', 'owasp', `<svg><script>${RUN}</script></svg>`],
  ['markup', 'owasp', `<body onload=${RUN}>`],
  ['markup', 'owasp', `<iframe src="javascript:${RUN}"></iframe>`],
  ['markup', 'owasp', `<iframe srcdoc="<script>parent.${RUN}</script>"></iframe>`],
  ['markup', 'owasp', `<details open ontoggle=${RUN}><summary>s</summary></details>`],
  ['markup', 'owasp', `<input autofocus onfocus=${RUN}>`],
  ['markup', 'owasp', `<video><source onerror="${RUN}"></video>`],
  ['markup', 'owasp', `<object data="javascript:${RUN}"></object>`],
  ['markup', 'owasp', `<embed src="javascript:${RUN}">`],
  ['markup', 'owasp', `<base href="javascript:${RUN}//">`],
  ['markup', 'owasp', `<meta http-equiv="refresh" content="0;url=javascript:${RUN}">`],
  ['markup', 'owasp', `<scr<script>ipt>${RUN}</scr</script>ipt>`],
  ['markup', 'owasp', `<IMG SRC=JaVaScRiPt:alert(1)>`],
  ['markup', 'owasp', `<a href="#" onclick="${RUN}" onmouseover="alert(1)">hover me</a>`],
  ['markup', 'owasp', `<style>*{background:url("javascript:${RUN}")}</style>styled`],
  ['markup', 'dompurify', `<math><mtext><table><mglyph><style><img src=x onerror=${RUN}>`],
  ['markup', 'dompurify', `<noscript><p title="</noscript><img src=x onerror=${RUN}>">`],
  [
    'markup',
    'dompurify',
    `<form><math><mtext></form><form><mglyph><svg><mtext><style><path id="</style><img onerror=${RUN} src>">`,
  ],
  ['markup', 'dompurify', `<svg></p><style><a id="</style><img src=1 onerror=${RUN}>">`],
  ['markup', 'dompurify', `<xmp><p title="</xmp><img src=x onerror=${RUN}>">`],
  ['markup', 'dompurify', `<listing>&lt;img src=1 onerror=${RUN}&gt;</listing>`],
  ['markup', 'dompurify', `<!--<img src="--><img src=x onerror=${RUN}//">`],
  ['markup', 'dompurify', `<svg><a xlink:href="javascript:${RUN}"><text y="20">x</text></a></svg>`],
  ['markup', 'dompurify', `<math href="javascript:${RUN}">math link</math>`],
  ['markup', 'dompurify', `<template><img src=x onerror=${RUN}></template>template`],
  ['markup', 'dompurify', `<a href="jav&#x09;ascript:${RUN}">tabbed</a>`],
  ['markup', 'dompurify', `<p id="__proto__" name="cookie">clobber</p><form id="x"><img name="y">`],

  // URL schemes hidden by case, white space, control characters and entities.
  ['scheme', 'owasp', `javascript:${RUN}`],
  ['scheme', 'owasp', `JaVaScRiPt:${RUN}`],
  ['scheme', 'owasp', ` javascript:${RUN}`],
  ['scheme', 'owasp', `\tjava\tscript:${RUN}`],
  ['scheme', 'owasp', `java\nscript:${RUN}`],
  ['scheme', 'owasp', `\u0001javascript:${RUN}`],
  ['scheme', 'owasp', `\u00a0javascript:${RUN}`],
  ['scheme', 'owasp', `\ufeffjavascript:${RUN}`],
  ['scheme', 'owasp', `javascript&#58;${RUN}`],
  ['scheme', 'owasp', '&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;' + RUN],
  ['scheme', 'owasp', `&#x6A;avascript&#x3A;${RUN}`],
  ['scheme', 'owasp', `jav&#x09;ascript:${RUN}`],
  ['scheme', 'owasp', `vbscript:msgbox(1)`],
  ['scheme', 'owasp', `data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==`],
  ['scheme', 'owasp', `data:text/html,<script>${RUN}</script>`],
  ['scheme', 'natter', `file:///etc/passwd`],
  ['scheme', 'natter', `//evil.example/steal`],
  ['scheme', 'natter', `https:javascript:${RUN}`],
  ['scheme', 'natter', `https://example.com/"onmouseover="${RUN}`],
  ['scheme', 'natter', `https://example.com/<script>${RUN}</script>`],
  ['scheme', 'natter', `mailto:someone@example.com?body=<img src=x onerror=${RUN}>`],
  ['scheme', 'natter', `www.example.com/javascript:${RUN}`],

  // Control characters and Unicode white space.
  ['control', 'blns', 'nul\u0000inside'],
  ['control', 'blns', '\u0007bell\u0008backspace\u001b[31mred\u001b[0m'],
  ['control', 'blns', 'line\u2028separator\u2029paragraph\u0085next'],
  ['control', 'blns', '\u00a0\u1680\u2000\u2001\u2002\u2003\u200a\u202f\u205f\u3000spaces'],
  ['control', 'blns', '\u200b\u200c\u200d\u2060\ufeff'],
  ['control', 'blns', 'lone \ud800 surrogate'],
  ['control', 'blns', 'non\ufffe\uffffcharacters'],
  ['control', 'blns', '\r\n\r\n\t\t   \r\n'],
  ['control', 'blns', 'tab\tand\vvertical\fform feed'],

  // Breaking out of attributes, text and templates.
  ['attribute', 'owasp', `" onmouseover="${RUN}`],
  ['attribute', 'owasp', `' onmouseover='${RUN}`],
  ['attribute', 'owasp', '`` onmouseover=' + RUN],
  ['attribute', 'owasp', `"><img src=x onerror=${RUN}>`],
  ['attribute', 'owasp', `'><svg onload=${RUN}>`],
  ['attribute', 'owasp', `</textarea><script>${RUN}</script>`],
  ['attribute', 'owasp', `</title><script>${RUN}</script>`],
  ['attribute', 'owasp', `</style><script>${RUN}</script>`],
  ['attribute', 'blns', `{{constructor.constructor('${RUN}')()}}`],
  ['attribute', 'blns', '${' + RUN + '}'],
  ['attribute', 'blns', `<![CDATA[<script>${RUN}</script>]]>`],
  ['attribute', 'natter', `comment-1" id="heading`],
  ['attribute', 'natter', `<!-- lit$1234$ --><?lit$5678$>`],

  // Unicode and layout abuse.
  ['unicode', 'blns', '\u202egnp.exe'],
  ['unicode', 'blns', 'left\u202dforced\u202cright \u2067isolate never closed'],
  ['unicode', 'blns', '\u2066\u2066\u2066\u2068\u202b\u202a nested'],
  ['unicode', 'blns', 'Z' + '\u0336\u0351\u035b\u0300\u0301\u0302\u0303\u0304\u0305'.repeat(8)],
  ['unicode', 'blns', '\u0e01' + '\u0e49\u0e47'.repeat(40)],
  ['unicode', 'natter', 'a'.repeat(10_000)],
  ['unicode', 'natter', 'https://example.com/' + 'b'.repeat(9_980)],
  [
    'unicode',
    'blns',
    '\u{1f469}\u200d\u{1f469}\u200d\u{1f467}\u200d\u{1f466} \u{1f3f3}\ufe0f\u200d\u{1f308}',
  ],
  ['unicode', 'blns', 'tag\u{e0041}\u{e0042}\u{e0043}smuggled'],
  ['unicode', 'blns', '\u3164\u2800\u115f'],
  ['unicode', 'blns', 'مرحبا بالعالم שלום עולם'],
  ['unicode', 'blns', '\u{1d400}\u{1d41d}\u{1d41a} \u0410\u0434\u0430'],
  ['unicode', 'blns', '\ufdfd\ua9c1\u2e3b'],
];

export const CORPUS: HostileInput[] = entries.map(([category, source, payload], index) => ({
  id: `h${index}`,
  category,
  source,
  payload,
}));
