import type {Comment} from '../../core/types.js';
import type {CallOptions, CommentChange, CommentsAdapter, VoteResult, VoteValue} from '../types.js';
import {readServerComment, readVotes} from './comment.js';
import {requestJson, type HttpConfig} from './request.js';
import {malformed, record} from './shape.js';

/** What the requests of `createOwnActions` need from their adapter. */
export interface OwnActionContext {
  config: HttpConfig;
  /** Base URL of the server, for avatar URLs. */
  base: string;
  /** The URL of a comment, or of something under it. */
  commentUrl(id: string, tail?: string): string;
  /** The headers every request sends: the author token first of all. */
  headers(extra?: Record<string, string>): Record<string, string>;
}

type OwnActions = Required<Pick<CommentsAdapter, 'update' | 'remove' | 'vote'>>;

/**
 * Edit, delete and vote, as `PATCH`, `DELETE` and `POST …/vote` on the
 * reference server (docs/protocol.md). An edit and a vote set a value, so a
 * retry after a lost answer does no harm; a delete is sent once, as a retry
 * of one that went through would answer "not found".
 */
export function createOwnActions(context: OwnActionContext): OwnActions {
  const {config, base} = context;
  const json = {'Content-Type': 'application/json'};
  const readOne = (data: unknown): Comment => {
    const comment = readServerComment(record(data).comment, {base});
    if (!comment) throw malformed('back the comment in a form that cannot be read');
    return comment;
  };
  return {
    async update(_thread: string, id: string, change: CommentChange, options: CallOptions = {}) {
      const data = await requestJson(
        {
          method: 'PATCH',
          url: context.commentUrl(id),
          headers: context.headers(json),
          body: JSON.stringify({body: change.body}),
          signal: options.signal,
          kind: 'write',
        },
        config,
      );
      return readOne(data);
    },

    async remove(_thread: string, id: string, options: CallOptions = {}) {
      const data = record(
        await requestJson(
          {
            method: 'DELETE',
            url: context.commentUrl(id),
            headers: context.headers(),
            signal: options.signal,
            kind: 'write',
          },
          {...config, retries: 0},
        ),
      );
      return data.comment === null ? null : readOne(data);
    },

    async vote(_thread: string, id: string, value: VoteValue, options: CallOptions = {}) {
      const data = record(
        await requestJson(
          {
            method: 'POST',
            url: context.commentUrl(id, 'vote'),
            headers: context.headers(json),
            body: JSON.stringify({value}),
            signal: options.signal,
            kind: 'write',
          },
          config,
        ),
      );
      const votes = readVotes(data.votes);
      if (!votes) throw malformed('vote counts that cannot be read');
      const result: VoteResult = {votes};
      if (data.myVote === 1 || data.myVote === -1) result.myVote = data.myVote;
      return result;
    },
  };
}
