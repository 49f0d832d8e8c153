import {css} from 'lit';

/**
 * How a Markdown body looks, in the comment list and in the form's preview:
 * code on the surface colour, code blocks that scroll sideways inside their
 * own box (a long line never widens the page), quotes with a rule at their
 * start edge. Only tokens both elements define, so dark themes follow.
 */
export const markdownStyles = css`
  .body.md code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.9em;
    padding: 0.05em 0.3em;
    border-radius: 4px;
    background: var(--_surface);
    border: 1px solid var(--_border);
    overflow-wrap: anywhere;
  }
  .body.md pre {
    margin: 0.5em 0;
    padding: 0.6em 0.8em;
    border-radius: var(--_radius, 6px);
    background: var(--_surface);
    border: 1px solid var(--_border);
    white-space: pre;
    overflow-wrap: normal;
    overflow-x: auto;
    max-inline-size: 100%;
    box-sizing: border-box;
    /* Code reads left to right on any page. */
    direction: ltr;
    text-align: left;
  }
  .body.md pre code {
    padding: 0;
    border: 0;
    background: none;
    overflow-wrap: normal;
  }
  .body.md blockquote {
    margin: 0.5em 0;
    padding-inline-start: 0.8em;
    border-inline-start: 3px solid var(--_border);
    color: var(--_muted, inherit);
  }
  .body.md :is(ul, ol) {
    list-style: disc;
    margin: 0.4em 0;
    padding-inline-start: 1.6em;
  }
  .body.md ol {
    list-style: decimal;
  }
  .body.md li > p {
    margin: 0.15em 0;
  }
  .body.md :is(blockquote, li) {
    unicode-bidi: plaintext;
  }
`;
