import {css} from 'lit';
import {markdownStyles} from '../markdown-body.styles.js';
import {writePreviewStyles} from './write-preview.styles.js';

export const styles = css`
  /* light-dark() follows the page's color-scheme, so a dark page gets dark defaults. */
  :host {
    display: block;
    font: var(--natter-font, inherit);
    color: var(--natter-text, inherit);
    --_accent: var(--natter-accent, light-dark(#1d5fbf, #8ab4f8));
    --_on-accent: var(--natter-on-accent, light-dark(#ffffff, #0b1a33));
    --_error: var(--natter-error, light-dark(#b3261e, #ffb4ab));
    --_surface: var(--natter-surface, Field);
    --_border: var(--natter-border, light-dark(#767676, #9a9a9a));
    --_radius: var(--natter-radius, 6px);
  }

  :host([hidden]) {
    display: none;
  }

  form {
    display: grid;
    gap: 1rem;
  }

  h2 {
    margin: 0;
    font-size: 1.1em;
    /* "Replying to <name>": a name of any length wraps. */
    overflow-wrap: anywhere;
  }

  fieldset {
    display: grid;
    gap: 1rem;
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }

  .replying {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.5rem 1rem;
  }

  .field {
    display: grid;
    gap: 0.3rem;
  }

  label {
    font-weight: 600;
  }

  .optional,
  .note {
    font-weight: normal;
    color: var(--natter-muted, inherit);
    font-size: 0.9em;
  }

  .note,
  .error,
  .notice {
    margin: 0;
  }

  input[type='text'],
  input[type='email'],
  input[type='url'],
  textarea {
    box-sizing: border-box;
    inline-size: 100%;
    padding: 0.5rem 0.6rem;
    font: inherit;
    color: var(--natter-text, FieldText);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  textarea {
    min-block-size: 8rem;
    resize: vertical;
  }

  [aria-invalid='true'] {
    border-color: var(--_error);
    border-width: 2px;
  }

  .error {
    color: var(--_error);
    font-weight: 600;
  }

  .consent {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
  }

  .consent label {
    font-weight: normal;
  }

  /* A 24 px box: the smallest touch target WCAG 2.5.8 allows. */
  .consent input {
    flex: none;
    inline-size: 24px;
    block-size: 24px;
    margin: 0;
    accent-color: var(--_accent);
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75rem;
  }

  button {
    font: inherit;
    padding: 0.45rem 1rem;
    border-radius: var(--_radius);
    border: 1px solid var(--_accent);
    background: transparent;
    color: var(--_accent);
    cursor: pointer;
  }

  button[type='submit'] {
    background: var(--_accent);
    color: var(--_on-accent);
    font-weight: 600;
  }

  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }

  :focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }

  .notice.failed {
    color: var(--_error);
    font-weight: 600;
  }

  .sign-out {
    color: var(--_accent);
  }

  /* Off-screen rather than display: none, which some bots check for. */
  .trap {
    position: absolute;
    inset-inline-start: -10000px;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
  }
  ${markdownStyles}
  ${writePreviewStyles}
`;
