/**
 * Keeps the other open tabs of this page in step with the reader's own
 * posts (core/tab-channel.ts): a comment accepted here shows there at once,
 * without waiting for live updates (which a backend may not have), and a
 * comment queued offline here shows there as waiting too.
 */
import {openTabChannel, type TabChannel} from '../../core/tab-channel.js';
import type {Comment} from '../../core/types.js';
import type {ThreadState} from './thread-state.js';

export class TabSync {
  private readonly channel: TabChannel;

  constructor(
    private readonly thread: string,
    state: ThreadState,
  ) {
    this.channel = openTabChannel((message) => {
      if (message.thread !== thread) return;
      if (message.kind === 'posted') state.confirmPosted(message.comment, message.tempId);
      else if (message.kind === 'queued') state.markQueued(message.comment);
    });
  }

  posted(comment: Comment, tempId?: string): void {
    this.channel.post({kind: 'posted', thread: this.thread, comment, tempId});
  }

  queued(comment: Comment): void {
    this.channel.post({kind: 'queued', thread: this.thread, comment});
  }

  close(): void {
    this.channel.close();
  }
}
