import {expect} from '@open-wc/testing';
import {http, HttpResponse} from 'msw';
import {createRestAdapter} from '../../src/adapters/rest.js';
import {serverComment, useMockWorker, worker} from './support/msw-worker.js';
import {adapterFailure as failure} from '../support/adapter-failure.js';

const API = '/mock/api/comments';

function adapter() {
  return createRestAdapter({
    endpoint: '/mock',
    retryDelay: 5,
    authorToken: 'token-revalidate-0123456789',
  });
}

describe('rest adapter: conditional reloads (msw)', () => {
  useMockWorker();

  it('sends the last ETag when it reloads a first page and reuses the page on 304', async () => {
    const seen: (string | null)[] = [];
    let version = 1;
    worker.use(
      http.get(API, ({request}) => {
        const asked = request.headers.get('If-None-Match');
        seen.push(asked);
        const etag = `"v${version}"`;
        if (asked === etag) return new HttpResponse(null, {status: 304, headers: {ETag: etag}});
        const comments = Array.from({length: version}, (_, i) => serverComment(`c${i}`));
        return HttpResponse.json({comments, total: version}, {headers: {ETag: etag}});
      }),
    );
    const rest = adapter();
    const first = await rest.list('t', {});
    const again = await rest.list('t', {});
    expect(again).to.deep.equal(first);
    version = 2;
    const changed = await rest.list('t', {});
    expect(changed.total).to.equal(2);
    const other = await rest.list('t', {sort: 'newest'});
    expect(other.total).to.equal(2);
    expect(seen).to.deep.equal([null, '"v1"', '"v1"', null]);
    const next = await rest.list('t', {});
    expect(next.comments.map((c) => c.id)).to.deep.equal(['c0', 'c1']);
    expect(seen.at(-1)).to.equal('"v2"');
  });

  it('never sends an ETag for a later page', async () => {
    const seen: (string | null)[] = [];
    worker.use(
      http.get(API, ({request}) => {
        seen.push(request.headers.get('If-None-Match'));
        return HttpResponse.json({comments: [], total: 0}, {headers: {ETag: '"same"'}});
      }),
    );
    const rest = adapter();
    await rest.list('t', {cursor: 'abc'});
    await rest.list('t', {cursor: 'abc'});
    expect(seen).to.deep.equal([null, null]);
  });

  it('reports a 304 to a request that held nothing as a server fault', async () => {
    worker.use(http.get(API, () => new HttpResponse(null, {status: 304})));
    const error = await failure(adapter().list('t', {}));
    expect(error.code).to.equal('server');
  });
});
