import type {Context} from 'hono';
import {HttpError, validationError} from '../http/errors.js';
import {readCommentId, readJsonObject, requireJson} from '../http/request.js';
import {readViewer} from '../http/viewer.js';
import type {Services} from '../services.js';
import {castVote} from '../store/votes.js';

/**
 * `POST /api/comments/:id/vote` with `{"value": 1 | -1 | 0}`: casts,
 * changes or takes back the reader's one vote. Answers the counts and the
 * reader's vote; subscribers hear the counts (never who voted).
 */
export async function voteOnComment(services: Services, c: Context): Promise<Response> {
  const {options, limits, hub} = services;
  requireJson(c);
  const id = readCommentId(c.req.param('id') ?? '');
  await limits.votes.take(services.clientAddress(c));
  const {value} = await readJsonObject(c);
  if (value !== 1 && value !== -1 && value !== 0) {
    throw validationError('value', 'value must be 1 (up), -1 (down) or 0 (no vote).');
  }
  if (value === -1 && !options.downVotes) {
    throw validationError('value', 'This site takes up-votes only.');
  }
  const {tokenHash} = await readViewer(services, c);
  if (tokenHash === null) {
    throw new HttpError(403, 'forbidden', 'Voting needs an author token (X-Natter-Author).');
  }
  await limits.votesPerVoter.take(tokenHash);
  const outcome = await castVote(services.db, {id, voter: tokenHash, value});
  const {row} = outcome;
  if (outcome.changed) await hub.publish({type: 'voted', thread: row.thread, id: row.id});
  const answer: {votes: {up: number; down: number}; myVote?: number} = {
    votes: {up: Number(row.votes_up), down: Number(row.votes_down)},
  };
  if (outcome.value !== 0) answer.myVote = outcome.value;
  return c.json(answer);
}
