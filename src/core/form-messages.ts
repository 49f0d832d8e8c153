/**
 * The reply form's part of the English message catalogue (see messages.ts),
 * imported by `<natter-reply-form>` and the modules that render its parts.
 */
import type {Message} from './message-types.js';

export const formMessages = {
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
  signOut: 'Sign out',
  rememberMe: 'Save my name, email, and website in this browser for the next time I comment.',
  notifyReplies: 'Notify me of replies by email',
  honeypotLabel: 'Leave this field empty',
  submit: 'Post comment',
  submitting: 'Posting…',
  submitHint: 'Ctrl+Enter (⌘+Enter on a Mac) posts from the comment box.',
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
  errorSignIn:
    'Your sign-in could not be used (it may have expired). Reload the page to sign in again; your comment stays here.',
  errorParentGone:
    'The comment you are replying to is no longer there. Cancel the reply to post at the top level.',
  errorNotConfigured: 'This form is not connected to a comments service, so it cannot post.',
  leaveReply: 'Leave a reply',
  writeNewComment: 'Write a new comment instead',
  // The Write and Preview tabs, and the list of formatting a comment may use
  writeTab: 'Write',
  previewTab: 'Preview',
  previewEmpty: 'Nothing to preview yet.',
  formattingHelp: 'Formatting',
  formatItalic: 'italic',
  formatBold: 'bold',
  formatCode: 'code',
  formatCodeBlock: 'a line of ``` before and after a code block',
  formatQuote: 'quote',
  formatListItem: 'list item',
  formatLink: 'link',
} satisfies Record<string, Message>;

export type FormMessageKey = keyof typeof formMessages;
