/**
 * React components for Natter's elements, made with `@lit/react`: properties
 * (`adapter`, `messages`, `user`) are set as properties, not attributes, and
 * `natter-*` events are `on…` props.
 *
 * ```tsx
 * import {NatterComments} from 'natter/react';
 * <NatterComments endpoint="https://comments.example.com" onNatterCommentPosted={(e) => …} />
 * ```
 *
 * Importing this module registers the elements (through `natter/define`).
 * React is a peer dependency: install it yourself.
 */
import {createComponent, type EventName} from '@lit/react';
import * as React from 'react';
import './define.js';
import {NatterComments as NatterCommentsElement} from './components/natter-comments/natter-comments.js';
import {NatterCount as NatterCountElement} from './components/natter-count/natter-count.js';
import type {CommentPostedEvent} from './events/comment-posted-event.js';
import type {NatterErrorEvent} from './events/error-event.js';
import type {LoadedEvent} from './events/loaded-event.js';

/** `<natter-comments>` for React. */
export const NatterComments = createComponent({
  tagName: 'natter-comments',
  elementClass: NatterCommentsElement,
  react: React,
  events: {
    onNatterLoaded: 'natter-loaded' as EventName<LoadedEvent>,
    onNatterCommentPosted: 'natter-comment-posted' as EventName<CommentPostedEvent>,
    onNatterError: 'natter-error' as EventName<NatterErrorEvent>,
  },
});

/** `<natter-count>` for React. */
export const NatterCount = createComponent({
  tagName: 'natter-count',
  elementClass: NatterCountElement,
  react: React,
  events: {
    onNatterError: 'natter-error' as EventName<NatterErrorEvent>,
  },
});
