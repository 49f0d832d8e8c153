/**
 * Votes in the in-browser store. Each vote is kept as cast, `[voter, value,
 * seq]`, and the last one per voter counts (0 takes a vote back). `seq`
 * comes from the store's one counter, so the counts can be read as they were
 * at an earlier moment: the `top` order of a first page stays the order of
 * every later page (store-top.ts).
 */
import type {Comment, VoteCounts} from '../../core/types.js';
import type {Ballot, StoredComment} from './store-data.js';

export type {Ballot};

export interface Tally {
  votes: VoteCounts;
  /** The viewer's standing vote. */
  mine?: 1 | -1;
}

/** The counts from `ballots` cast up to `asOf` (all of them by default). */
export function tally(ballots: Ballot[] | undefined, viewer?: string, asOf = Infinity): Tally {
  const last = new Map<string, number>();
  for (const [voter, value, seq] of ballots ?? []) if (seq <= asOf) last.set(voter, value);
  const votes = {up: 0, down: 0};
  for (const value of last.values()) {
    if (value === 1) votes.up++;
    else if (value === -1) votes.down++;
  }
  const mine = viewer === undefined ? undefined : last.get(viewer);
  return mine === 1 || mine === -1 ? {votes, mine} : {votes};
}

/** The lower bound of the Wilson score interval (95%): how good a comment is at least, given its votes. */
export function wilsonLowerBound({up, down}: VoteCounts): number {
  const n = up + down;
  if (n === 0) return 0;
  const z = 1.96;
  const p = up / n;
  const z2 = z * z;
  const centre = p + z2 / (2 * n);
  const spread = z * Math.sqrt((p * (1 - p) + z2 / (4 * n)) / n);
  return (centre - spread) / (1 + z2 / n);
}

/** What only this reader sees of a comment: their vote, whether it is theirs, the counts. */
export function addReaderFields(
  comment: Comment,
  stored: StoredComment,
  viewer: string | undefined,
): Comment {
  if (stored.status === 'deleted') return comment;
  if (stored.editedAt) comment.editedAt = stored.editedAt;
  const {votes, mine} = tally(stored.ballots, viewer);
  comment.votes = votes;
  if (mine) comment.myVote = mine;
  if (viewer !== undefined && stored.authorKey === viewer) comment.own = true;
  return comment;
}

/**
 * What a seed says beyond a comment's public fields: its votes and edit time,
 * and whose it is (the seeding reader's when marked `own`, and when held).
 */
export function seededFields(
  raw: unknown,
  clean: Comment,
  authorKey: string | undefined,
): Pick<StoredComment, 'editedAt' | 'ballots' | 'authorKey'> {
  const mine = clean.status === 'pending' || (isRecord(raw) && raw.own === true);
  return {...readVoteFields(raw), authorKey: mine ? authorKey : undefined};
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function count(value: unknown): number {
  return typeof value === 'number' && Number.isInteger(value) && value > 0
    ? Math.min(value, 100_000)
    : 0;
}

/** The edit time and votes a seed or stored JSON carries; unreadable parts are left out. */
export function readVoteFields(raw: unknown): Pick<StoredComment, 'editedAt' | 'ballots'> {
  if (!isRecord(raw)) return {};
  const found: Pick<StoredComment, 'editedAt' | 'ballots'> = {};
  if (typeof raw.editedAt === 'string' && !Number.isNaN(Date.parse(raw.editedAt))) {
    found.editedAt = new Date(raw.editedAt).toISOString();
  }
  if (Array.isArray(raw.ballots)) {
    found.ballots = raw.ballots.filter(
      (b): b is Ballot =>
        Array.isArray(b) &&
        b.length === 3 &&
        typeof b[0] === 'string' &&
        (b[1] === 1 || b[1] === -1 || b[1] === 0) &&
        Number.isInteger(b[2]),
    );
  } else if (isRecord(raw.votes)) {
    // A seed's counts come from people this store never met: one ballot each, counted from the start.
    const ballots: Ballot[] = [];
    for (let i = count(raw.votes.up); i > 0; i--) ballots.push([`seed-up-${i}`, 1, 0]);
    for (let i = count(raw.votes.down); i > 0; i--) ballots.push([`seed-down-${i}`, -1, 0]);
    if (ballots.length) found.ballots = ballots;
  }
  return found;
}
