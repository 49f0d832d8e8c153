/** z for a 95% confidence interval. */
const Z = 1.96;

/** Scores are stored as integers (portable comparisons): the bound times this. */
export const SCORE_SCALE = 1e9;

/**
 * The lower bound of the Wilson score interval over up- and down-votes: how
 * good a comment is at least, with 95% confidence. Few votes rank below
 * many votes of the same share, so one lucky up-vote does not lead the thread.
 */
export function wilsonLowerBound(up: number, down: number): number {
  const n = up + down;
  if (n <= 0) return 0;
  const share = up / n;
  const z2 = Z * Z;
  const centre = share + z2 / (2 * n);
  const spread = Z * Math.sqrt((share * (1 - share) + z2 / (4 * n)) / n);
  return Math.max(0, (centre - spread) / (1 + z2 / n));
}

/** The stored `score` of a comment with these votes. */
export function voteScore(up: number, down: number): number {
  return Math.round(wilsonLowerBound(up, down) * SCORE_SCALE);
}
