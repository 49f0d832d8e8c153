/** The keys of the whole catalogue (see messages.ts), taken from its parts. */
import type {editMessages} from './edit-messages.js';
import type {formMessages} from './form-messages.js';
import type {listMessages} from './list-messages.js';
import type {Message} from './message-types.js';
import type {threadMessages} from './thread-messages.js';

export type MessageKey =
  | keyof typeof listMessages
  | keyof typeof threadMessages
  | keyof typeof formMessages
  | keyof typeof editMessages;
export type Messages = {[K in MessageKey]: Message};
/** A page may override any subset of the catalogue. */
export type MessageOverrides = Partial<Messages>;
