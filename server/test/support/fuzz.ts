import fc from 'fast-check';

/** Strings that have broken parsers, databases or regular expressions somewhere. */
const NASTY = [
  '',
  ' ',
  '\u0000',
  '\ud800',
  '\udfff',
  '\u202e',
  '\ufeff',
  '\r\n',
  '__proto__',
  'constructor',
  "' OR 1=1 --",
  '"; drop table comments; --',
  '%00',
  '%2e%2e/',
  '../../etc/passwd',
  '/',
  '//',
  '/a?b#c',
  'null',
  '[]',
  '{}',
  '😀',
  'e\u0301',
  'javascript:alert(1)',
  'http:evil.example',
  'https://u:p@evil.example/',
  '/'.repeat(5000) + 'a',
  ' \t'.repeat(3000) + 'x',
  'a'.repeat(6000),
];

export const nastyString = fc.constantFrom(...NASTY);

/** Any text, weighted towards the strings above. */
export const anyText = fc.oneof(
  {weight: 3, arbitrary: nastyString},
  {weight: 3, arbitrary: fc.string({unit: 'binary', maxLength: 300})},
  {weight: 2, arbitrary: fc.string({maxLength: 40})},
  {weight: 1, arbitrary: fc.string({unit: 'binary', minLength: 500, maxLength: 3000})},
);

/** Text a header may carry: visible ASCII and spaces. */
export const headerText = fc
  .string({unit: 'binary-ascii', maxLength: 300})
  .map((text) => text.replace(/[^\x20-\x7e]/g, '').trim());

/** Any JSON value, including the wrong type for every field. */
export const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  {weight: 4, arbitrary: anyText},
  {weight: 1, arbitrary: fc.integer()},
  {weight: 1, arbitrary: fc.double()},
  {weight: 1, arbitrary: fc.boolean()},
  {weight: 1, arbitrary: fc.constant(null)},
  {weight: 1, arbitrary: fc.array(anyText, {maxLength: 3})},
  {weight: 1, arbitrary: fc.dictionary(anyText, anyText, {maxKeys: 3})},
);

const FIELDS = [
  ['thread'],
  ['parentId'],
  ['body'],
  ['author'],
  ['author', 'name'],
  ['author', 'email'],
  ['author', 'url'],
  ['honeypot'],
  ['elapsedMs'],
  ['id'],
  ['status'],
];

export function validDraft(thread: string): Record<string, unknown> {
  return {
    thread,
    parentId: null,
    body: 'A fuzzed comment',
    author: {name: 'Fuzz', email: 'fuzz@example.com', url: 'https://fuzz.example'},
    honeypot: '',
    elapsedMs: 5000,
  };
}

/** A valid draft with one to three fields replaced by anything, or removed. */
export const mutatedDraft = (thread: string, parentIds: string[]) =>
  fc
    .array(
      fc.tuple(
        fc.constantFrom(...FIELDS),
        fc.option(fc.oneof(anyValue, fc.constantFrom(...parentIds))),
      ),
      {minLength: 1, maxLength: 3},
    )
    .map((changes) => {
      const draft = structuredClone(validDraft(thread)) as Record<string, unknown>;
      for (const [path, value] of changes) {
        let target = draft;
        for (const key of path.slice(0, -1)) {
          if (typeof target[key] !== 'object' || target[key] === null) target[key] = {};
          target = target[key] as Record<string, unknown>;
        }
        if (value === null) delete target[path[path.length - 1]];
        else target[path[path.length - 1]] = value;
      }
      return JSON.stringify(draft);
    });

/** JSON text with random characters inserted, removed or replaced. */
export const mangledJson = (thread: string) =>
  fc
    .array(fc.tuple(fc.nat(), fc.nat(3), fc.string({unit: 'binary', maxLength: 4})), {
      minLength: 1,
      maxLength: 4,
    })
    .map((edits) => {
      let text = JSON.stringify(validDraft(thread));
      for (const [at, removed, inserted] of edits) {
        const i = at % (text.length + 1);
        text = text.slice(0, i) + inserted + text.slice(i + removed);
      }
      return text;
    });

/** A query string from known and unknown names with any values, some repeated. */
export const query = (names: string[]) =>
  fc
    .array(fc.tuple(fc.oneof(fc.constantFrom(...names), anyText), anyText), {maxLength: 5})
    .map((pairs) => {
      const params = new URLSearchParams();
      for (const [name, value] of pairs) params.append(name.slice(0, 100), value.slice(0, 300));
      return params.toString();
    });

/** Lone surrogates as U+FFFD, which is what a URL can carry of them. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
export const encode = (text: string) =>
  encodeURIComponent(text.slice(0, 500).replace(LONE_SURROGATE, '\ufffd'));

/** A path segment: a real id, a broken escape, or anything. */
export const pathSegment = (ids: string[]) =>
  fc.oneof(
    fc.constantFrom(...ids),
    fc.constantFrom('%', '%zz', '%E0%A4%A', '%00', '..', '%2F', '%2e%2e', '%C0%AF'),
    anyText.map(encode),
  );
