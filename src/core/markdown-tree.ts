/** The tree Natter's Markdown parser makes (markdown.ts): plain data, no DOM. */

export type Inline =
  | {kind: 'text'; text: string}
  | {kind: 'code'; text: string}
  | {kind: 'break'}
  | {kind: 'em' | 'strong'; children: Inline[]}
  | {
      kind: 'link';
      /** A checked http(s) or mailto URL. */
      href: string;
      /** The target as written (`[text](url)`), or the bare URL as written. */
      url: string;
      /** A bare URL in the text rather than `[text](url)`. */
      bare?: boolean;
      children: Inline[];
    };

export type Block =
  | {kind: 'paragraph'; children: Inline[]}
  | {kind: 'code'; text: string}
  | {kind: 'quote'; children: Block[]}
  | {
      kind: 'list';
      ordered: boolean;
      /** The first number of an ordered list. */
      start: number;
      /** `-`, `*` or `.` (after the numbers): kept for the plain text. */
      marker: string;
      items: Block[][];
    };
