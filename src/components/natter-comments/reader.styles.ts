/** Styles of the reader's own actions (reader-view.ts), part of the thread's styles. */
import {css} from 'lit';

export const readerStyles = css`
  .edited {
    color: var(--_muted);
    font-size: 0.85em;
  }
  .actions .vote {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    border-color: var(--_border);
  }
  .actions .vote[aria-pressed='true'] {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
  }
  .actions .vote:disabled {
    color: var(--_muted);
    cursor: default;
  }
  .confirm {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
  }
  .actions .danger {
    border-color: var(--_error);
    color: var(--_error);
    font-weight: 600;
  }
  .edit-slot {
    margin-block: 0.5em;
  }
`;
