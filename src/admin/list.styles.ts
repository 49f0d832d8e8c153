import {css} from 'lit';

/** The comment lists' own layout: cards with an avatar, context and actions. */
export const listStyles = css`
  section {
    display: grid;
    gap: 0.75rem;
  }
  .top {
    justify-content: space-between;
  }
  .notice {
    min-height: 1.5em;
  }
  .head {
    display: flex;
    gap: 0.75rem;
    align-items: center;
  }
  .avatar {
    width: 2.5rem;
    height: 2.5rem;
    border-radius: 50%;
    flex: none;
    background: var(--_surface);
  }
  .who {
    display: grid;
    min-width: 0;
  }
  .meta,
  .body {
    margin: 0;
  }
  .body {
    white-space: pre-wrap;
  }
  .parent {
    margin: 0;
    padding: 0.25rem 0.75rem;
    border-inline-start: 3px solid var(--_line);
    white-space: pre-wrap;
  }
  .block summary {
    cursor: pointer;
    padding: 0.3em 0;
    color: var(--_accent);
  }
  .block[open] summary {
    margin-bottom: 0.5rem;
  }
  .editor {
    display: grid;
    gap: 0.5rem;
  }
  .editor textarea {
    width: 100%;
  }
  .filters {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 0.75rem;
    align-items: end;
  }
  .filters label {
    display: grid;
    gap: 0.2rem;
  }
  @media (max-width: 40rem), (pointer: coarse) {
    .block summary {
      line-height: 44px;
      padding: 0;
    }
    .filters label,
    .filters input,
    .filters select {
      width: 100%;
    }
  }
`;
