import type {VoteCounts, VoteValue} from '../core/types.js';

/** Fired when the backend has counted the reader's vote (or its withdrawal, `value` 0). */
export class VoteEvent extends Event {
  static readonly eventName = 'natter-vote';
  /** The comment voted on. */
  readonly id: string;
  readonly thread: string;
  readonly value: VoteValue;
  /** The comment's counts after the vote. */
  readonly votes: VoteCounts;

  constructor(id: string, thread: string, value: VoteValue, votes: VoteCounts) {
    super(VoteEvent.eventName, {bubbles: true, composed: true});
    this.id = id;
    this.thread = thread;
    this.value = value;
    this.votes = votes;
  }
}

declare global {
  interface HTMLElementEventMap {
    'natter-vote': VoteEvent;
  }
}
