import {css} from 'lit';

export const styles = css`
  :host {
    display: inline;
    color: var(--natter-count-color, inherit);
    font: var(--natter-count-font, inherit);
  }

  :host([hidden]) {
    display: none;
  }
`;
