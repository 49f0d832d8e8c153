/**
 * The reader's votes: a press counts at once (the button shows pressed, the
 * count moves), the backend's answer then sets the true counts, and a refusal
 * puts back what was there and says why. One request per comment at a time.
 */
import {isAdapterError} from '../../adapters/errors.js';
import {asError} from '../../core/as-error.js';
import type {Comment, VoteCounts, VoteValue} from '../../core/types.js';
import {NatterErrorEvent} from '../../events/error-event.js';
import {VoteEvent} from '../../events/vote-event.js';
import type {FormContext} from './reply-form-host.js';
import type {SectionTranslate} from './section-words.js';
import type {ThreadState} from './thread-state.js';

/** What the reader's actions use of the section. */
export interface VoteTools {
  host: EventTarget;
  data: FormContext;
  state: ThreadState;
  t: SectionTranslate;
  announce: (text: string) => void;
}

/** Counts after the reader's vote moves from `before` to `after`. */
export function recount(votes: VoteCounts | undefined, before: VoteValue, after: VoteValue) {
  const {up = 0, down = 0} = votes ?? {};
  return {
    up: Math.max(0, up - Number(before === 1) + Number(after === 1)),
    down: Math.max(0, down - Number(before === -1) + Number(after === -1)),
  };
}

export class VoteActions {
  private readonly inFlight = new Set<string>();

  constructor(private readonly tools: VoteTools) {}

  async toggle(id: string, action: 'vote-up' | 'vote-down'): Promise<void> {
    const {data, state, t, announce, host} = this.tools;
    const adapter = data.adapter;
    const node = state.tree?.get(id);
    if (!adapter?.vote || !node || node.comment.own || this.inFlight.has(id)) return;
    const before = node.comment;
    const old: VoteValue = before.myVote ?? 0;
    const wanted: VoteValue = action === 'vote-up' ? 1 : -1;
    const value: VoteValue = old === wanted ? 0 : wanted;
    this.inFlight.add(id);
    this.set(id, recount(before.votes, old, value), value);
    try {
      const result = await adapter.vote(data.threadKey, id, value);
      this.set(id, result.votes, result.myVote ?? 0);
      host.dispatchEvent(new VoteEvent(id, data.threadKey, value, result.votes));
    } catch (caught) {
      const error = asError(caught);
      this.set(id, before.votes, old);
      const wait = isAdapterError(error) && error.code === 'rate-limited' ? error.retryAfter : 0;
      announce(wait && wait > 0 ? t('voteRateLimited', {count: Math.ceil(wait)}) : t('voteError'));
      host.dispatchEvent(new NatterErrorEvent(error, 'vote'));
    } finally {
      this.inFlight.delete(id);
    }
  }

  /** Shows counts and the reader's vote on the comment as it is now (live events may have changed it). */
  private set(id: string, votes: VoteCounts | undefined, mine: VoteValue): void {
    const current = this.tools.state.tree?.get(id)?.comment;
    if (!current) return;
    const next: Comment = {...current, votes: votes ?? {up: 0, down: 0}};
    if (mine === 0) delete next.myVote;
    else next.myVote = mine;
    this.tools.state.applyLive({type: 'updated', comment: next});
  }
}
