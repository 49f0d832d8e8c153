/** The strings the loaded section renders (its list, its comments), carried with its code. */
import type {Translate} from '../../core/format.js';
import {listMessages} from '../../core/list-messages.js';
import {threadMessages} from '../../core/thread-messages.js';

export const sectionMessages = {...listMessages, ...threadMessages};
export type SectionTranslate = Translate<keyof typeof sectionMessages>;
