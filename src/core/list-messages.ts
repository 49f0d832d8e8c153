/**
 * The part of the English message catalogue (see messages.ts) that is
 * always there: what `<natter-comments>` shows before its comments load
 * (heading, placeholder, errors), `<natter-count>`'s text, Retry, and the
 * "posted" notices that the form and the thread both speak.
 */
import type {Message} from './message-types.js';

export const listMessages = {
  // Header and list
  countNone: 'No comments yet',
  count: {one: '{count} comment', other: '{count} comments'},
  // natter-comments, before the comments load
  retry: 'Retry',
  commentsLabel: 'Comments',
  loadingComments: 'Loading comments…',
  loadErrorNetwork:
    'The comments server could not be reached. Check your connection, then try again.',
  loadErrorTimeout: 'The comments server took too long to answer. Try again in a moment.',
  loadErrorServer: 'The comments server ran into a problem. Try again in a moment.',
  loadErrorRateLimited:
    'The comments server is getting too many requests. Wait a moment, then try again.',
  loadErrorForbidden: 'The comments server does not serve comments to this site.',
  loadErrorNotFound: 'The comments server did not recognise this address. Check the endpoint.',
  loadErrorInvalid: 'The comments server refused the request for this thread.',
  loadErrorOther: 'Something went wrong while loading the comments.',
  configErrorNoBackend:
    'This comments section has no backend: give it an endpoint attribute or assign an adapter.',
  configErrorNoEndpoint: 'The "{adapter}" adapter needs an endpoint attribute.',
  configErrorUnknownAdapter:
    'There is no "{adapter}" adapter. Use rest, wordpress, local or memory.',
  // Said by the form after a top-level post, and by the section after a reply
  posted: 'Comment posted.',
  postedPending: 'Thank you. Your comment is awaiting moderation.',
  // Offline: the comment waits in this browser
  queuedNotice: 'Saved. Your comment will be sent when you are back online.',
} satisfies Record<string, Message>;

export type ListMessageKey = keyof typeof listMessages;
