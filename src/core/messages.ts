/**
 * The English message catalogue. Every string a person reads comes from here,
 * so a page can override any of them (`messages` property) and locales can
 * extend the catalogue. A plural message is an object keyed by
 * `Intl.PluralRules` categories; `{name}` placeholders are filled by `format`.
 */

export type PluralMessage = Partial<Record<Intl.LDMLPluralRule, string>> & {other: string};
export type Message = string | PluralMessage;

export const en = {
  // Header and list
  countNone: 'No comments yet',
  count: {one: '{count} comment', other: '{count} comments'},
  // natter-reply-form
  formTitle: 'Leave a reply',
  replyingTo: 'Replying to {name}',
  replyingToComment: 'Replying to a comment',
  cancelReply: 'Cancel reply',
  commentLabel: 'Comment',
  nameLabel: 'Name',
  emailLabel: 'Email',
  emailNote: 'Never shown publicly.',
  websiteLabel: 'Website',
  optionalField: '(optional)',
  commentingAs: 'Commenting as {name}',
  rememberMe: 'Save my name, email, and website in this browser for the next time I comment.',
  honeypotLabel: 'Leave this field empty',
  submit: 'Post comment',
  submitting: 'Posting…',
  submitHint: 'Ctrl+Enter (⌘+Enter on a Mac) posts from the comment box.',
  retry: 'Retry',
  posted: 'Comment posted.',
  postedPending: 'Thank you. Your comment is awaiting moderation.',
  errorBodyMissing: 'Please write your comment first.',
  errorBodyTooLong:
    'Your comment is {count} characters long and the limit is {max}. Please shorten it.',
  errorNameMissing: 'Please enter your name.',
  errorNameTooLong: 'Please shorten your name to {max} characters or fewer.',
  errorEmailMissing: 'Please enter your email address.',
  errorEmailInvalid: 'Please enter an email address like name@example.com.',
  errorEmailTooLong: 'Please use an email address of {max} characters or fewer.',
  errorUrlInvalid:
    'Please enter a web address starting with http:// or https://, or leave it empty.',
  errorUrlTooLong: 'Please use a web address of {max} characters or fewer.',
  errorFieldRejected: '{reason}',
  errorRejected: 'The site did not accept this comment: {reason}',
  errorNetwork: 'Could not send your comment. Check your connection and try again.',
  errorRateLimited: {
    one: 'You are posting too fast; try again in {count} second.',
    other: 'You are posting too fast; try again in {count} seconds.',
  },
  errorRateLimitedSoon: 'You are posting too fast; wait a moment and try again.',
  errorDuplicate: 'It looks like you already posted this comment.',
  errorClosed: 'Comments are closed.',
  errorForbidden:
    'This site does not accept comments sent from this page. If that seems wrong, please tell the site owner.',
  errorParentGone:
    'The comment you are replying to is no longer there. Cancel the reply to post at the top level.',
  errorNotConfigured: 'This form is not connected to a comments service, so it cannot post.',
  // natter-comments
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
  leaveReply: 'Leave a reply',
  writeNewComment: 'Write a new comment instead',
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

export type MessageKey = keyof typeof en;
export type Messages = {[K in MessageKey]: Message};
/** A page may override any subset of the catalogue. */
export type MessageOverrides = Partial<Messages>;

const pluralRules = new Map<string, Intl.PluralRules>();
function pluralCategory(lang: string, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(lang);
    pluralRules.set(lang, rules);
  }
  return rules.select(count);
}

/**
 * Looks up `key` in `overrides` then the English catalogue, picks the plural
 * form for `params.count` when the message has forms, and fills placeholders.
 */
export function format(
  key: MessageKey,
  params: Record<string, string | number> = {},
  overrides: MessageOverrides = {},
  lang = 'en',
): string {
  const message: Message = overrides[key] ?? en[key];
  let text: string;
  if (typeof message === 'string') {
    text = message;
  } else {
    const count = Number(params.count ?? 0);
    text = message[pluralCategory(lang, count)] ?? message.other;
  }
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? formatParam(params[name], lang) : whole,
  );
}

function formatParam(value: string | number, lang: string): string {
  return typeof value === 'number' ? new Intl.NumberFormat(lang).format(value) : value;
}
