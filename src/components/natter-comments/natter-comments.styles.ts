import {css} from 'lit';

/*
 * The theme is pure CSS, so there is no flash before scripts run: light
 * tokens by default, dark ones for theme="dark" or, when the theme is auto,
 * for readers whose system prefers dark. `color-scheme` follows along, so
 * the reply form (which uses light-dark()) and form controls match.
 */
const light = css`
  color-scheme: light;
  --_text: var(--natter-text, #1f2328);
  --_muted: var(--natter-muted, #59636e);
  --_background: var(--natter-background, #ffffff);
  --_surface: var(--natter-surface, #f6f8fa);
  --_border: var(--natter-border, #d1d9e0);
  --_accent: var(--natter-accent, #1d5fbf);
  --_on-accent: var(--natter-on-accent, #ffffff);
  --_error: var(--natter-error, #b3261e);
  --_highlight: var(--natter-highlight, #fff5b8);
`;

const dark = css`
  color-scheme: dark;
  --_text: var(--natter-text, #e6edf3);
  --_muted: var(--natter-muted, #a3acb6);
  --_background: var(--natter-background, #0f1419);
  --_surface: var(--natter-surface, #182029);
  --_border: var(--natter-border, #3d444d);
  --_accent: var(--natter-accent, #8ab4f8);
  --_on-accent: var(--natter-on-accent, #0b1a33);
  --_error: var(--natter-error, #ffb4ab);
  --_highlight: var(--natter-highlight, #3b3412);
`;

export const styles = css`
  :host {
    ${light}
    --_radius: var(--natter-radius, 8px);
    --_space: var(--natter-spacing, 1rem);
    --_indent: var(--natter-indent, 1.5rem);
    --_avatar: var(--natter-avatar-size, 2.5rem);
    display: block;
    font: var(--natter-font, inherit);
    color: var(--_text);
    background: var(--_background);
  }
  :host([theme='dark']) {
    ${dark}
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${dark}
    }
  }
  :host([hidden]) {
    display: none;
  }
  .natter {
    display: grid;
    gap: var(--_space);
    /* The comments' layout follows the section's width (thread.styles.ts). */
    container: natter / inline-size;
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: calc(var(--_space) / 2) var(--_space);
    border-bottom: 1px solid var(--_border);
    padding-bottom: calc(var(--_space) / 2);
  }
  h2 {
    margin: 0;
    font-size: 1.25em;
    line-height: 1.3;
  }
  .sort {
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    color: var(--_muted);
    font-size: 0.9em;
  }
  select {
    font: inherit;
    color: var(--_text);
    background: var(--_background);
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    padding: 0.25em 0.5em;
  }
  /* Grid items may shrink below their longest word, so no text widens the section. */
  .natter > *,
  .thread > li,
  .replies > li {
    min-width: 0;
  }
  button {
    font: inherit;
    cursor: pointer;
    border-radius: calc(var(--_radius) / 2);
    min-height: 2rem;
    padding: 0.25em 0.75em;
  }
  .load-more button,
  .new-comments,
  .retry {
    color: var(--_on-accent);
    background: var(--_accent);
    border: 1px solid var(--_accent);
    font-weight: 600;
  }
  button:disabled {
    cursor: default;
    opacity: 0.7;
  }
  :focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .problem {
    border: 1px solid var(--_error);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  .problem p,
  .error {
    margin: 0 0 0.5em;
    color: var(--_error);
  }
  .empty,
  .note,
  .loading-text {
    margin: 0;
    color: var(--_muted);
  }
  .skeleton {
    display: grid;
    gap: var(--_space);
    min-height: 14rem;
  }
  .skeleton-comment {
    display: flex;
    gap: 0.6em;
  }
  .skeleton-avatar,
  .skeleton-lines span {
    background: var(--_surface);
    border-radius: var(--_radius);
  }
  .skeleton-avatar {
    flex: none;
    inline-size: var(--_avatar);
    block-size: var(--_avatar);
    border-radius: 50%;
  }
  .skeleton-lines {
    flex: 1;
    display: grid;
    gap: 0.5em;
  }
  .skeleton-lines span {
    block-size: 0.8em;
  }
  .skeleton-lines span:last-child {
    inline-size: 60%;
  }
  @media (prefers-reduced-motion: no-preference) {
    .skeleton-avatar,
    .skeleton-lines span {
      animation: pulse 1.6s ease-in-out infinite;
    }
  }
  @keyframes pulse {
    50% {
      opacity: 0.5;
    }
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
`;
