import {css} from 'lit';

/*
 * One set of tokens for every part of the console, light by default and dark
 * when the system prefers it. The colours are the widget's, whose pairs meet
 * WCAG AA for text (4.5:1) and for focus rings and borders (3:1).
 */
export const tokens = css`
  :host {
    color-scheme: light;
    --_text: #1f2328;
    --_muted: #59636e;
    --_background: #ffffff;
    --_surface: #f6f8fa;
    --_border: #818b98;
    --_line: #d1d9e0;
    --_accent: #1d5fbf;
    --_on-accent: #ffffff;
    --_error: #b3261e;
    --_focus-row: #fff5b8;
    --_space: 1rem;
    --_radius: 6px;
    color: var(--_text);
    font: inherit;
    display: block;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      color-scheme: dark;
      --_text: #e6edf3;
      --_muted: #a3acb6;
      --_background: #0f1419;
      --_surface: #182029;
      --_border: #7d8590;
      --_line: #3d444d;
      --_accent: #8ab4f8;
      --_on-accent: #0b1a33;
      --_error: #ffb4ab;
      --_focus-row: #3b3412;
    }
  }
  :host([hidden]) {
    display: none;
  }
`;

/** Controls: real buttons and fields, a visible focus ring, 44px targets on small screens. */
export const controls = css`
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }
  button {
    cursor: pointer;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    padding: 0.3em 0.8em;
    min-height: 2rem;
  }
  button.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
  }
  button:disabled {
    cursor: default;
    opacity: 0.6;
  }
  input:not([type='checkbox'], [type='radio']),
  select,
  textarea {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    padding: 0.35em 0.5em;
    min-height: 2rem;
    box-sizing: border-box;
    max-width: 100%;
  }
  input[type='checkbox'] {
    width: 1.25rem;
    height: 1.25rem;
    accent-color: var(--_accent);
  }
  a {
    color: var(--_accent);
  }
  :focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  h2,
  h3 {
    margin: 0;
    line-height: 1.3;
  }
  h2 {
    font-size: 1.25rem;
  }
  h3 {
    font-size: 1rem;
  }
  .muted {
    color: var(--_muted);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  .empty {
    color: var(--_muted);
    padding: var(--_space) 0;
  }
  @media (max-width: 40rem), (pointer: coarse) {
    button,
    input:not([type='checkbox'], [type='radio']),
    select {
      min-height: 44px;
      min-width: 44px;
    }
    input[type='checkbox'] {
      width: 28px;
      height: 28px;
    }
  }
`;

/** Lists of cards: comments, blocks, threads. */
export const cards = css`
  .cards {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.75rem;
  }
  .card {
    border: 1px solid var(--_line);
    border-radius: var(--_radius);
    padding: 0.75rem;
    display: grid;
    gap: 0.5rem;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .card:focus {
    outline: 2px solid var(--_accent);
    outline-offset: 1px;
  }
  .card:focus-within {
    border-color: var(--_border);
  }
  .card.current {
    background: var(--_focus-row);
  }
  .card.selected {
    border-color: var(--_accent);
  }
`;
