/**
 * The edit form's part of the English message catalogue (see messages.ts):
 * editing one's own comment in place. It comes with the edit form's code,
 * which loads on the first Edit.
 */
import type {Message} from './message-types.js';

export const editMessages = {
  editTitle: 'Edit your comment',
  saveEdit: 'Save',
  savingEdit: 'Saving…',
  cancelEdit: 'Cancel',
  errorEditClosed: 'The time to edit this comment has passed. Your text stays here to copy.',
  errorEditGone: 'This comment is no longer there. Your text stays here to copy.',
  errorEditNetwork: 'Could not save your changes. Check your connection and try again.',
} satisfies Record<string, Message>;

export type EditMessageKey = keyof typeof editMessages;
