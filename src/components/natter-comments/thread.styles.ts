/**
 * The styles of the comments themselves, adopted by `<natter-comments>` when
 * the thread view loads (see thread-view.ts). The section's own styles, in
 * natter-comments.styles.ts, define the tokens these use.
 */
import {css, unsafeCSS} from 'lit';
import {AVATAR_COLOURS} from '../../core/avatar.js';

// One class per generated-avatar colour: the template only picks a class name.
const avatarColours = unsafeCSS(
  AVATAR_COLOURS.map((colour, i) => `.avatar.c${i} { background: ${colour}; }`).join('\n'),
);

export const threadStyles = css`
  ol {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .thread {
    display: grid;
    gap: var(--_space);
  }
  /* Off-screen top-level blocks skip layout and paint until they come near. */
  .thread > li {
    content-visibility: auto;
    contain-intrinsic-size: auto 10rem;
  }
  .replies {
    margin-top: calc(var(--_space) / 2);
    margin-inline-start: calc(var(--_avatar) / 2);
    padding-inline-start: calc(var(--_indent) - 1px);
    border-inline-start: 1px solid var(--_border);
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  .replies.flat {
    margin-inline-start: 0;
    padding-inline-start: 0;
    border: 0;
  }
  .comment {
    border-radius: var(--_radius);
    padding: calc(var(--_space) / 2);
    transition: background-color 0.6s;
  }
  .comment.highlighted {
    background: var(--_highlight);
  }
  /* Told apart by its "Sending…" note and a tinted box; fading it would take
     its text below 4.5:1 contrast. */
  .comment.sending {
    background: var(--_surface);
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 0.6em;
    min-height: var(--_avatar);
  }
  .author {
    font-weight: 600;
    color: inherit;
    overflow-wrap: anywhere;
  }
  /* Text from commenters: stacked combining marks ("Zalgo") are clipped to
     its own box, with room for focus rings, and never paint over others. */
  .author,
  .context,
  .body {
    overflow: clip;
    overflow-clip-margin: 4px;
  }
  .author:not([href]) {
    text-decoration: none;
  }
  .permalink,
  .context,
  .state {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .permalink {
    text-decoration: none;
  }
  .permalink:hover {
    text-decoration: underline;
  }
  .context {
    flex-basis: 100%;
    overflow-wrap: anywhere;
    margin: 0;
    padding-inline-start: calc(var(--_avatar) + 0.6em);
  }
  .body,
  .state,
  .actions {
    margin-inline-start: calc(var(--_avatar) + 0.6em);
  }
  .body {
    overflow-wrap: anywhere;
    line-height: 1.55;
  }
  .body p {
    margin: 0.4em 0;
  }
  /* Blocks of backend HTML take their direction from their own text (plain
     bodies have dir="auto" per paragraph); long preformatted lines wrap. */
  .body.html :is(p, li, blockquote, pre) {
    unicode-bidi: plaintext;
  }
  .body pre {
    white-space: pre-wrap;
  }
  .tombstone {
    font-style: italic;
    color: var(--_muted);
  }
  .state {
    margin-block: 0.25em;
  }
  a {
    color: var(--_accent);
  }
  .avatar {
    position: relative;
    flex: none;
    display: inline-grid;
    place-items: center;
    inline-size: var(--_avatar);
    block-size: var(--_avatar);
    border-radius: 50%;
    overflow: hidden;
    color: #ffffff;
    font-weight: 600;
    font-size: calc(var(--_avatar) * 0.4);
    line-height: 1;
    user-select: none;
  }
  .avatar.none {
    background: var(--_surface);
    border: 1px dashed var(--_border);
  }
  .avatar img {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
    background: var(--_surface);
  }
  ${avatarColours}
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .actions button,
  .more-replies button {
    color: var(--_accent);
    background: transparent;
    border: 1px solid transparent;
    padding-inline: 0.4em;
    font-size: 0.9em;
  }
  .actions button:hover,
  .more-replies button:hover {
    border-color: var(--_border);
  }
  .more-replies {
    margin-top: 0.25em;
  }
  /* As tall as its button (natter-comments.styles.ts: 2rem at least, one
     line plus padding and border), and the button keeps its start edge
     when its count grows. */
  /* "N new comments" floats over the thread's top edge (and stays in view
     further down), taking no space: its arrival moves nothing the reader is
     reading. At the start edge, a longer count grows it without moving it. */
  .incoming {
    position: sticky;
    top: 0.5rem;
    z-index: 1;
    display: flex;
    align-items: start;
    block-size: 0;
  }
  .new-comments {
    box-shadow: 0 2px 8px rgb(0 0 0 / 0.3);
  }
  .load-more {
    display: grid;
    justify-items: center;
    gap: 0.5em;
  }
  .comment:focus {
    outline: none;
  }
  /* Drawn inside the comment: top-level blocks contain their paint, which
     would clip a ring drawn outside them. */
  .comment:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: -2px;
  }
  .reply-slot {
    margin-block: calc(var(--_space) / 2) var(--_space);
    margin-inline-start: calc(var(--_avatar) + 0.6em);
  }
  .keys {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .keys summary {
    cursor: pointer;
    min-block-size: 24px;
  }
  .keys p,
  .keys ul {
    margin: 0.25em 0;
  }
  /* Byline links are targets of their own: at least 24 px tall (WCAG 2.5.8). */
  .author,
  .permalink {
    display: inline-flex;
    align-items: center;
    min-block-size: 24px;
  }
  /* A narrow section (a phone): text goes under the byline instead of beside
     the avatar, and each level indents less, so a reply five deep keeps most
     of the width. It follows the section's width, not the window's. */
  @container natter (max-width: 32rem) {
    .thread {
      --_avatar: 2rem;
      --_indent: min(var(--natter-indent, 1.5rem), 0.75rem);
    }
    .replies {
      margin-inline-start: 0.25rem;
    }
    .context {
      padding-inline-start: 0;
    }
    .body,
    .state,
    .actions,
    .reply-slot {
      margin-inline-start: 0;
    }
  }
`;
