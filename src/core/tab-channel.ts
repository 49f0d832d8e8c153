/**
 * What one tab of a site tells its others about the reader's own doings, so
 * every open copy of a page stays in step without asking the backend: a
 * comment accepted or queued, a draft saved or sent. Same-origin tabs only
 * (`BroadcastChannel`); where it is missing, nothing is shared.
 */
import type {Draft} from './drafts.js';
import type {Comment} from './types.js';

export type TabMessage =
  | {kind: 'posted'; thread: string; comment: Comment; tempId?: string}
  | {kind: 'queued'; thread: string; comment: Comment}
  | {kind: 'draft'; thread: string; parentId: string | null; draft: Draft}
  | {kind: 'sent'; thread: string; parentId: string | null; key: string};

export interface TabChannel {
  post(message: TabMessage): void;
  close(): void;
}

const NAME = 'natter';

/** Listens to the other tabs; `onMessage` never hears this channel's own posts. */
export function openTabChannel(onMessage: (message: TabMessage) => void): TabChannel {
  if (typeof BroadcastChannel !== 'function') return {post() {}, close() {}};
  const channel = new BroadcastChannel(NAME);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const message = event.data as Partial<TabMessage> | null;
    if (message && typeof message.kind === 'string' && typeof message.thread === 'string') {
      onMessage(message as TabMessage);
    }
  };
  return {
    post(message) {
      try {
        channel.postMessage(message);
      } catch {
        // A closed channel (the page is going away) has no one left to tell.
      }
    },
    close: () => channel.close(),
  };
}
