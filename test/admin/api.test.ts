import {expect} from '@open-wc/testing';
import {AdminApiError, createAdminApi} from '../../src/admin/api.js';
import {describeError, threadUrl} from '../../src/admin/describe.js';

/** A fetch that answers `response` and remembers what it was asked. */
function answering(response: () => Response) {
  const seen: {url: string; init: RequestInit}[] = [];
  const fetch = (async (url: string, init: RequestInit) => {
    seen.push({url, init});
    return response();
  }) as typeof globalThis.fetch;
  return {seen, api: createAdminApi({fetch})};
}

async function failure(promise: Promise<unknown>): Promise<AdminApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AdminApiError) return error;
    throw error;
  }
  throw new Error('It did not fail.');
}

describe('the admin API client', () => {
  it('sends the cookie, JSON bodies and only the query parameters given', async () => {
    const {seen, api} = answering(() => Response.json({comments: []}));
    await api.comments({status: 'all', order: 'newest', q: 'a b', thread: '', author: undefined});
    expect(seen[0].url).to.equal('/api/admin/comments?status=all&order=newest&q=a+b');
    expect(seen[0].init.credentials).to.equal('same-origin');
    await api.edit('id/1', 'text').catch(() => undefined);
    expect(seen[1].url).to.equal('/api/admin/comments/id%2F1');
    expect(seen[1].init.method).to.equal('PATCH');
    expect(seen[1].init.body).to.equal('{"body":"text"}');
    expect(new Headers(seen[1].init.headers).get('Content-Type')).to.equal('application/json');
  });

  it('turns error answers into errors with the server’s code, field and wait', async () => {
    const limited = answering(
      () =>
        new Response(JSON.stringify({error: {code: 'rate-limited', message: 'Slow down.'}}), {
          status: 429,
          headers: {'Retry-After': '30'},
        }),
    );
    const error = await failure(limited.api.signIn('x'));
    expect([error.code, error.status, error.retryAfter]).to.deep.equal(['rate-limited', 429, 30]);
    expect(describeError(error)).to.equal('Too many attempts. Try again in 30 seconds.');

    const invalid = answering(() =>
      Response.json(
        {error: {code: 'validation', message: 'Too long.', field: 'body'}},
        {status: 400},
      ),
    );
    const refused = await failure(invalid.api.edit('a', 'x'));
    expect([refused.code, refused.field, describeError(refused)]).to.deep.equal([
      'validation',
      'body',
      'Too long.',
    ]);
  });

  it('names a proxy’s non-JSON error by its status, and a lost connection as network', async () => {
    const proxy = answering(() => new Response('<h1>Bad gateway</h1>', {status: 401}));
    expect((await failure(proxy.api.session())).code).to.equal('unauthorized');
    const fetch = (() =>
      Promise.reject(new TypeError('Failed to fetch'))) as typeof globalThis.fetch;
    const lost = await failure(createAdminApi({fetch}).blocks());
    expect(lost.code).to.equal('network');
    expect(describeError(lost)).to.contain('could not be reached');
  });

  it('links path-like thread keys to the site’s pages, and nothing else', () => {
    expect(threadUrl('/posts/a?x=1', 'https://blog.example')).to.equal(
      'https://blog.example/posts/a?x=1',
    );
    expect(threadUrl('//evil.example/x', 'https://blog.example')).to.equal(undefined);
    expect(threadUrl('post-42', 'https://blog.example')).to.equal(undefined);
    expect(threadUrl('/posts/a', undefined)).to.equal(undefined);
  });
});
