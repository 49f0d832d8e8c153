/**
 * The strings of the comments themselves (see messages.ts), imported by the
 * thread view's modules, so they load in the same chunk as the comments.
 */
import type {Message} from './message-types.js';

export const threadMessages = {
  emptyPrompt: 'Be the first to share what you think.',
  // In place of the form, on a thread that takes no new comments
  threadClosed: 'Comments are closed.',
  sortLabel: 'Sort',
  sortOldest: 'Oldest first',
  sortNewest: 'Newest first',
  sortTop: 'Top',
  // The reader's own comments, and votes
  editedMark: 'edited',
  editedAt: 'Edited {time}',
  editButton: 'Edit',
  deleteButton: 'Delete',
  deleteQuestion: 'Delete your comment? This cannot be undone.',
  deleteKeep: 'Keep it',
  voteUp: {one: 'Vote up, {count} vote', other: 'Vote up, {count} votes'},
  voteDown: {one: 'Vote down, {count} vote', other: 'Vote down, {count} votes'},
  announceEdited: 'Your comment was saved.',
  announceDeleted: 'Your comment was deleted.',
  deleteError: 'Your comment could not be deleted. Check your connection and try again.',
  voteError: 'Your vote could not be counted. Check your connection and try again.',
  voteRateLimited: {
    one: 'You are voting too fast; try again in {count} second.',
    other: 'You are voting too fast; try again in {count} seconds.',
  },
  replyButton: 'Reply',
  replyButtonLabel: 'Reply to {name}',
  inReplyTo: 'In reply to {name}',
  inReplyToHidden: 'In reply to a comment that is not shown',
  inReplyToDeleted: 'In reply to a deleted comment',
  anonymous: 'Anonymous',
  deletedComment: 'This comment was deleted.',
  // Beside the name of an author the site signed in
  verifiedAuthor: 'Verified',
  awaitingModeration: 'Your comment is awaiting moderation.',
  sendingComment: 'Sending…',
  queuedComment: 'Will be sent when you are back online.',
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
  loadMoreError: 'More comments could not be loaded.',
  repliesError: 'These replies could not be loaded.',
  liveUnavailable: 'Live updates are off; reload the page to see new comments.',
  // What a screen reader says for a comment it lands on
  commentAria: '{name}, {time}',
  replyAria: '{name}, {time}, reply to {parent}, level {level}',
  // The keyboard help under the thread
  keysTitle: 'Keyboard shortcuts',
  keysIntro: 'With a comment focused (Tab to one of its links or buttons):',
  keysNext: 'J: next comment',
  keysPrevious: 'K: previous comment',
  keysReply: 'R: reply to the comment',
  keysToggle: 'C: show or hide its replies',
  keysEscape: 'Escape, in the reply form: cancel the reply',
  // Starts a reply with the comment's text quoted
  quoteButton: 'Quote',
  quoteButtonLabel: 'Quote {name}',
} satisfies Record<string, Message>;

export type ThreadMessageKey = keyof typeof threadMessages;
