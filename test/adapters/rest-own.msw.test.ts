import {expect} from '@open-wc/testing';
import {http, HttpResponse, sse} from 'msw';
import {parseCommentEvent} from '../../src/adapters/rest/events-source.js';
import {createRestAdapter, type RestAdapterOptions} from '../../src/adapters/rest.js';
import type {CommentEvent} from '../../src/adapters/types.js';
import {serverComment, useMockWorker, worker} from './support/msw-worker.js';
import {adapterFailure as failure} from '../support/adapter-failure.js';

const API = '/own/api/comments';
const TOKEN = 'token-own-1234567890';

function adapter(options: Partial<RestAdapterOptions> = {}) {
  return createRestAdapter({endpoint: '/own', retryDelay: 5, authorToken: TOKEN, ...options});
}

const refusal = (status: number, code: string, message: string, field?: string) =>
  HttpResponse.json({error: {code, message, ...(field ? {field} : {})}}, {status});

describe('rest adapter: edit, delete, vote (msw)', () => {
  useMockWorker();

  it('sends an edit as PATCH with the author token and reads the Markdown, editedAt and own fields', async () => {
    let sent: {method: string; token: string | null; body: unknown} | undefined;
    worker.use(
      http.patch(`${API}/:id`, async ({request, params}) => {
        sent = {
          method: request.method,
          token: request.headers.get('X-Natter-Author'),
          body: await request.json(),
        };
        return HttpResponse.json({
          comment: serverComment(String(params.id), {
            body: 'New text',
            markdown: 'New **text**',
            editedAt: '2026-11-27T10:20:00.000Z',
            votes: {up: 2, down: 0},
            own: true,
            editableUntil: '2026-11-27T10:30:00.000Z',
            secret: 'dropped',
          }),
        });
      }),
    );
    const comment = await adapter().update('/t', 'a b', {body: 'New **text**'});
    expect(sent).to.deep.equal({method: 'PATCH', token: TOKEN, body: {body: 'New **text**'}});
    expect(comment).to.deep.include({
      id: 'a b',
      body: 'New text',
      markdown: 'New **text**',
      editedAt: '2026-11-27T10:20:00.000Z',
      own: true,
      editableUntil: '2026-11-27T10:30:00.000Z',
    });
    expect(comment.votes).to.deep.equal({up: 2, down: 0});
    expect(comment).to.not.have.property('secret');
  });

  it('maps refusals of an edit: forbidden (with the server’s reason), not-found, validation of the body', async () => {
    const answers = [
      refusal(403, 'forbidden', 'The time to edit this comment has passed.'),
      refusal(404, 'not-found', 'There is no such comment.'),
      refusal(400, 'validation', 'Please write a comment.', 'body'),
    ];
    worker.use(http.patch(`${API}/:id`, () => answers.shift()));
    const late = await failure(adapter().update('/t', 'a', {body: 'x'}));
    expect(late.code).to.equal('forbidden');
    expect(late.message).to.match(/time to edit/);
    expect((await failure(adapter().update('/t', 'a', {body: 'x'}))).code).to.equal('not-found');
    const empty = await failure(adapter().update('/t', 'a', {body: ''}));
    expect([empty.code, empty.field]).to.deep.equal(['validation', 'body']);
  });

  it('retries an edit after a dropped connection (it sets a value), but never a delete', async () => {
    let edits = 0;
    let deletes = 0;
    worker.use(
      http.patch(`${API}/:id`, () =>
        ++edits === 1 ? HttpResponse.error() : HttpResponse.json({comment: serverComment('a')}),
      ),
      http.delete(`${API}/:id`, () => {
        deletes++;
        return HttpResponse.error();
      }),
    );
    expect((await adapter().update('/t', 'a', {body: 'x'})).id).to.equal('a');
    expect(edits).to.equal(2);
    expect((await failure(adapter().remove('/t', 'a'))).code).to.equal('network');
    expect(deletes).to.equal(1);
  });

  it('deletes with DELETE: null when gone, the tombstone when replies keep it', async () => {
    const answers = [
      HttpResponse.json({comment: null}),
      HttpResponse.json({
        comment: serverComment('a', {status: 'deleted', body: '', author: {name: ''}}),
      }),
      refusal(403, 'forbidden', 'This comment is not yours to change.'),
    ];
    let token: string | null = null;
    worker.use(
      http.delete(`${API}/:id`, ({request}) => {
        token = request.headers.get('X-Natter-Author');
        return answers.shift();
      }),
    );
    expect(await adapter().remove('/t', 'a')).to.equal(null);
    expect(token).to.equal(TOKEN);
    const tombstone = await adapter().remove('/t', 'a');
    expect(tombstone?.status).to.equal('deleted');
    expect(tombstone?.body).to.equal('');
    expect((await failure(adapter().remove('/t', 'a'))).code).to.equal('forbidden');
  });

  it('votes with POST …/vote and reads the counts and the reader’s vote', async () => {
    const sent: unknown[] = [];
    worker.use(
      http.post(`${API}/:id/vote`, async ({request}) => {
        const {value} = (await request.json()) as {value: number};
        sent.push(value);
        return HttpResponse.json(
          value === 0 ? {votes: {up: 0, down: 0}} : {votes: {up: 1, down: 0}, myVote: value},
        );
      }),
    );
    expect(await adapter().vote('/t', 'a', 1)).to.deep.equal({votes: {up: 1, down: 0}, myVote: 1});
    expect(await adapter().vote('/t', 'a', 0)).to.deep.equal({votes: {up: 0, down: 0}});
    expect(sent).to.deep.equal([1, 0]);
  });

  it('maps refusals of a vote and refuses counts it cannot read', async () => {
    const answers = [
      refusal(403, 'forbidden', 'You cannot vote on your own comment.'),
      refusal(400, 'validation', 'This site takes up-votes only.', 'value'),
      refusal(429, 'rate-limited', 'Too many votes.'),
      HttpResponse.json({votes: {up: -1, down: 'x'}}),
    ];
    worker.use(
      http.post(`${API}/:id/vote`, () => {
        const answer = answers.shift();
        if (answers.length === 1) answer!.headers.set('Retry-After', '30');
        return answer;
      }),
    );
    expect((await failure(adapter().vote('/t', 'a', 1))).code).to.equal('forbidden');
    const down = await failure(adapter().vote('/t', 'a', -1));
    expect([down.code, down.field]).to.deep.equal(['validation', 'value']);
    const limited = await failure(adapter().vote('/t', 'a', 1));
    expect([limited.code, limited.retryAfter]).to.deep.equal(['rate-limited', 30]);
    expect((await failure(adapter().vote('/t', 'a', 1))).code).to.equal('server');
  });

  it('offers markdown and top, and down-votes once a list says the server takes them', async () => {
    const lists = [
      {comments: [], total: 0},
      {comments: [], total: 0, downVotes: true},
      {comments: [], total: 0},
    ];
    let sort: string | null = null;
    worker.use(
      http.get(API, ({request}) => {
        sort = new URL(request.url).searchParams.get('sort');
        return HttpResponse.json(lists.shift());
      }),
    );
    const rest = adapter();
    expect(rest.capabilities).to.deep.include({markdown: true, top: true, downVotes: false});
    await rest.list('/t', {sort: 'top'});
    expect(sort).to.equal('top');
    expect(rest.capabilities.downVotes).to.equal(false);
    await rest.list('/t', {sort: 'top', cursor: 'next'});
    expect(rest.capabilities.downVotes).to.equal(true);
    await rest.list('/t', {sort: 'top', cursor: 'again'});
    expect(rest.capabilities.downVotes).to.equal(false, 'a server restarted without them');
    expect(adapter({downVotes: true}).capabilities.downVotes).to.equal(true);
  });

  it('hears voted events with counts and ignores malformed ones', async () => {
    worker.use(
      sse('/own/api/events', ({client}) => {
        client.send({event: 'voted', data: {id: 'a', votes: {up: 'many'}}} as never);
        client.send({event: 'voted', data: {id: '', votes: {up: 1, down: 0}}} as never);
        client.send({event: 'voted', data: {id: 'a', votes: {up: 3, down: 1}}} as never);
      }),
    );
    const events: CommentEvent[] = [];
    const stop = adapter().subscribe('/t', (event) => events.push(event));
    try {
      for (let waited = 0; events.length === 0 && waited < 3000; waited += 20) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(events).to.deep.equal([{type: 'voted', id: 'a', votes: {up: 3, down: 1}}]);
    } finally {
      stop();
    }
    const updated = parseCommentEvent(
      'updated',
      JSON.stringify({comment: serverComment('b', {markdown: '*b*', editedAt: 'not a date'})}),
    );
    expect(updated?.type === 'updated' && updated.comment.markdown).to.equal('*b*');
    expect(updated?.type === 'updated' && updated.comment.editedAt).to.equal(undefined);
  });
});
