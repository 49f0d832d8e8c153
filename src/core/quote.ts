/**
 * "Quote" on a comment: its text as a Markdown block quote, and how that
 * joins a draft already being written (it is added after the text, never
 * in place of it).
 */

/** `text` with `> ` before each line, then a blank line to write under. */
export function quoteText(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').trim().split('\n');
  return `${lines.map((line) => (line.trim() ? `> ${line}` : '>')).join('\n')}\n\n`;
}

/** The draft with `quote` added at its end (a blank line apart), or the quote alone. */
export function withQuote(draft: string, quote: string): string {
  const kept = draft.trimEnd();
  return kept ? `${kept}\n\n${quote}` : quote;
}
