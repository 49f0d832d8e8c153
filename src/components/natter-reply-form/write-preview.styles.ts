import {css} from 'lit';

/** The Write and Preview tabs, the preview panel and the formatting help (write-preview.ts). */
export const writePreviewStyles = css`
  .write-preview {
    display: grid;
    gap: 0.5rem;
    min-inline-size: 0;
  }
  .tabs {
    display: flex;
    gap: 0.25rem;
    border-block-end: 1px solid var(--_border);
  }
  .tabs [role='tab'] {
    margin-block-end: -1px;
    padding: 0.35rem 0.9rem;
    border: 0;
    border-block-end: 3px solid transparent;
    border-radius: var(--_radius) var(--_radius) 0 0;
    color: inherit;
  }
  .tabs [role='tab'][aria-selected='true'] {
    border-block-end-color: var(--_accent);
    color: var(--_accent);
    font-weight: 600;
  }
  [role='tabpanel'][hidden] {
    display: none;
  }
  .preview {
    box-sizing: border-box;
    min-inline-size: 0;
    min-block-size: 8rem;
    padding: 0.25rem 0.6rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow-wrap: anywhere;
    line-height: 1.55;
  }
  .preview .body p {
    margin: 0.4em 0;
  }
  .preview-empty {
    color: var(--natter-muted, inherit);
    font-style: italic;
  }
  .formatting {
    font-size: 0.9em;
  }
  .formatting summary {
    inline-size: fit-content;
    color: var(--_accent);
    cursor: pointer;
  }
  .formatting ul {
    display: grid;
    gap: 0.25rem;
    margin: 0.4rem 0 0;
    padding-inline-start: 1.2rem;
  }
  .formatting code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
  }
`;
