import {expect} from '@open-wc/testing';
import {resolveAdapter} from '../../src/adapters/resolve.js';

type Settings = {root?: unknown; nonce?: unknown};
const page = globalThis as {wpApiSettings?: Settings; fetch: typeof fetch};

/** The X-WP-Nonce header of the first request a resolved WordPress adapter makes. */
async function nonceSent(endpoint: string, settings?: Settings): Promise<string | null> {
  const realFetch = page.fetch;
  let header: string | null = 'no request';
  page.wpApiSettings = settings;
  page.fetch = (async (_input: RequestInfo | URL, init: RequestInit = {}) => {
    header = new Headers(init.headers).get('X-WP-Nonce');
    return new Response('[]', {status: 200, headers: {'X-WP-TotalPages': '1'}});
  }) as typeof fetch;
  try {
    const adapter = await resolveAdapter('wordpress', endpoint);
    await adapter.list('12', {}).catch(() => {});
  } finally {
    page.fetch = realFetch;
    delete page.wpApiSettings;
  }
  return header;
}

describe('resolveAdapter("wordpress") and the page nonce', () => {
  it("sends WordPress's wpApiSettings.nonce to the REST root it belongs to", async () => {
    const sent = await nonceSent('https://blog.example/wp-json', {
      root: 'https://blog.example/wp-json/',
      nonce: 'a1b2c3',
    });
    expect(sent).to.equal('a1b2c3');
  });

  it('keeps the nonce from another site, and works without one', async () => {
    const other = {root: 'https://other.example/wp-json/', nonce: 'a1b2c3'};
    expect(await nonceSent('https://blog.example/wp-json', other)).to.equal(null);
    expect(await nonceSent('https://blog.example/wp-json')).to.equal(null);
    expect(await nonceSent('https://blog.example/wp-json', {root: 42, nonce: {}})).to.equal(null);
  });
});
