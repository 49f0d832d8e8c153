import {css} from 'lit';

/** The console's frame: header with the sections, the alert, the help dialog. */
export const shellStyles = css`
  :host {
    max-width: 60rem;
    margin: 0 auto;
    padding: 0.75rem;
    box-sizing: border-box;
  }
  header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem 1rem;
    border-bottom: 1px solid var(--_line);
    padding-bottom: 0.5rem;
    margin-bottom: 1rem;
  }
  h1 {
    font-size: 1.375rem;
    margin: 0;
  }
  nav {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
  }
  nav a {
    display: inline-flex;
    align-items: center;
    padding: 0.3em 0.7em;
    border-radius: var(--_radius);
    text-decoration: none;
    color: var(--_text);
  }
  nav a[aria-current='page'] {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  nav a:hover {
    text-decoration: underline;
  }
  .narrow {
    max-width: 24rem;
    display: grid;
    gap: 1rem;
  }
  .sign-in {
    display: grid;
    gap: 0.5rem;
  }
  .alert.shown {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    border: 1px solid var(--_error);
    border-radius: var(--_radius);
    padding: 0.5rem 0.75rem;
    margin-bottom: 1rem;
    color: var(--_error);
  }
  .alert p {
    margin: 0;
  }
  dialog {
    color: var(--_text);
    background: var(--_background);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    max-width: min(30rem, calc(100vw - 2rem));
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  dialog dl {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.4rem 1rem;
  }
  dialog dd {
    margin: 0;
  }
  kbd {
    font:
      0.9em ui-monospace,
      monospace;
    border: 1px solid var(--_border);
    border-radius: 4px;
    padding: 0.05em 0.4em;
  }
  @media (max-width: 40rem), (pointer: coarse) {
    nav a {
      min-height: 44px;
      min-width: 44px;
      justify-content: center;
    }
  }
`;
