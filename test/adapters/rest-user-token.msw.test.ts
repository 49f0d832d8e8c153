import {expect} from '@open-wc/testing';
import {http, HttpResponse} from 'msw';
import {createRestAdapter} from '../../src/adapters/rest.js';
import type {NewComment} from '../../src/core/types.js';
import {adapterFailure as failure} from '../support/adapter-failure.js';
import {fakeUserToken} from '../support/user-token.js';
import {serverComment, useMockWorker, worker} from './support/msw-worker.js';

const API = '/mock/api/comments';
const draft: NewComment = {parentId: null, body: 'Hello', author: {name: 'Grace'}};
const TOKEN = fakeUserToken({sub: 'u1', name: 'Grace Hopper', exp: 2e9});

const adapter = () =>
  createRestAdapter({endpoint: '/mock', retryDelay: 5, authorToken: 'token-1234567890abcdef'});

describe('rest adapter with a user token (msw)', () => {
  useMockWorker();

  it('sends X-Natter-User on reads and writes once set, and stops when cleared', async () => {
    const seen: (string | null)[] = [];
    worker.use(
      http.get(API, ({request}) => {
        seen.push(request.headers.get('X-Natter-User'));
        return HttpResponse.json({comments: [], total: 0});
      }),
      http.get(`${API}/:id/replies`, ({request}) => {
        seen.push(request.headers.get('X-Natter-User'));
        return HttpResponse.json({comments: []});
      }),
      http.post(API, ({request}) => {
        seen.push(request.headers.get('X-Natter-User'));
        return HttpResponse.json({comment: serverComment('n1')}, {status: 201});
      }),
    );
    const rest = adapter();
    await rest.list('t', {});
    rest.setUserToken(TOKEN);
    await rest.list('t', {});
    await rest.listReplies('t', 'a1', {});
    await rest.create('t', draft, {idempotencyKey: 'k-1'});
    rest.setUserToken(null);
    await rest.create('t', draft, {idempotencyKey: 'k-2'});
    expect(seen).to.deep.equal([null, TOKEN, TOKEN, TOKEN, null]);
  });

  it('never takes a signed-out answer for a signed-in reader from its revalidation cache', async () => {
    let calls = 0;
    worker.use(
      http.get(API, ({request}) => {
        calls++;
        // The server's ETag does not depend on the token here, as a careless cache's would not.
        if (request.headers.get('If-None-Match') === '"v1"') {
          return new HttpResponse(null, {status: 304, headers: {ETag: '"v1"'}});
        }
        const own = request.headers.get('X-Natter-User') ? [serverComment('held')] : [];
        return HttpResponse.json({comments: own, total: own.length}, {headers: {ETag: '"v1"'}});
      }),
    );
    const rest = adapter();
    expect((await rest.list('t', {})).comments).to.have.length(0);
    rest.setUserToken(TOKEN);
    expect((await rest.list('t', {})).comments.map((c) => c.id)).to.deep.equal(['held']);
    expect(calls).to.equal(2);
  });

  it('keeps the verified mark of an author and drops any other value', async () => {
    worker.use(
      http.get(API, () =>
        HttpResponse.json({
          comments: [
            serverComment('a', {author: {name: 'Grace', verified: true}}),
            serverComment('b', {author: {name: 'Faker', verified: 'yes'}}),
          ],
          total: 2,
        }),
      ),
    );
    const {comments} = await adapter().list('t', {});
    expect(comments[0].author.verified).to.equal(true);
    expect(comments[1].author).to.not.have.property('verified');
  });

  it('reports a refused token as forbidden on the field userToken, with the server message', async () => {
    const message = 'Your sign-in has expired; reload the page to sign in again.';
    worker.use(
      http.post(API, () =>
        HttpResponse.json({error: {code: 'forbidden', message, field: 'userToken'}}, {status: 403}),
      ),
    );
    const rest = adapter();
    rest.setUserToken(TOKEN);
    const error = await failure(rest.create('t', draft, {idempotencyKey: 'k-3'}));
    expect(error.code).to.equal('forbidden');
    expect(error.field).to.equal('userToken');
    expect(error.message).to.equal(message);
  });
});
