/**
 * The list's part of the English message catalogue (see messages.ts): the
 * strings of `<natter-comments>` and `<natter-count>`, and a few the reply
 * form shares.
 */
import type {Message} from './messages.js';

export const listMessages = {
  // Header and list
  countNone: 'No comments yet',
  count: {one: '{count} comment', other: '{count} comments'},
  // natter-comments
  retry: 'Retry',
  posted: 'Comment posted.',
  postedPending: 'Thank you. Your comment is awaiting moderation.',
  commentsLabel: 'Comments',
  loadingComments: 'Loading comments…',
  emptyPrompt: 'Be the first to share what you think.',
  sortLabel: 'Sort',
  sortOldest: 'Oldest first',
  sortNewest: 'Newest first',
  replyButton: 'Reply',
  replyButtonLabel: 'Reply to {name}',
  inReplyTo: 'In reply to {name}',
  inReplyToHidden: 'In reply to a comment that is not shown',
  inReplyToDeleted: 'In reply to a deleted comment',
  anonymous: 'Anonymous',
  deletedComment: 'This comment was deleted.',
  awaitingModeration: 'Your comment is awaiting moderation.',
  sendingComment: 'Sending…',
  showReplies: {one: 'Show {count} reply', other: 'Show {count} replies'},
  hideReplies: 'Hide replies',
  moreReplies: {one: 'Show {count} more reply', other: 'Show {count} more replies'},
  loadMore: 'Load more comments',
  loadingMore: 'Loading…',
  newComments: {one: 'Show {count} new comment', other: 'Show {count} new comments'},
  announceLoaded: {one: 'Loaded {count} comment.', other: 'Loaded {count} comments.'},
  announceNew: {
    one: '{count} new comment is available.',
    other: '{count} new comments are available.',
  },
  announceRevealed: {one: 'Showing {count} new comment.', other: 'Showing {count} new comments.'},
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
  loadMoreError: 'More comments could not be loaded.',
  repliesError: 'These replies could not be loaded.',
  configErrorNoBackend:
    'This comments section has no backend: give it an endpoint attribute or assign an adapter.',
  configErrorNoEndpoint: 'The "{adapter}" adapter needs an endpoint attribute.',
  configErrorUnknownAdapter:
    'There is no "{adapter}" adapter. Use rest, wordpress, local or memory.',
  liveUnavailable: 'Live updates are off; reload the page to see new comments.',
  // (keys are added by the components that use them; keep them grouped by element)
} satisfies Record<string, Message>;
