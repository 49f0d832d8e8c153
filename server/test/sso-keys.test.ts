import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {parseCliOptions} from '../src/cli-options.js';
import {forEachBackend, useFreshDatabase} from './support/backends.js';
import {draft, startTestServer} from './support/server.js';
import {OTHER_SECRET, SSO_SECRET, userToken} from './support/user-tokens.js';

const post = async (url: string, token: string) => {
  const response = await fetch(`${url}/api/comments`, {
    method: 'POST',
    headers: {'Content-Type': 'application/json', 'X-Natter-User': token},
    body: JSON.stringify(draft('/sso/keys')),
  });
  const body = (await response.json()) as {error: {field: string; message: string}};
  return {status: response.status, body};
};

forEachBackend((backend) => {
  describe('SSO key rotation', () => {
    const database = useFreshDatabase(backend);

    it('accepts the old key while it is listed, and refuses it once removed', async () => {
      const oldToken = await userToken({}, {secret: SSO_SECRET});
      const newToken = await userToken({}, {secret: OTHER_SECRET});
      const both = await startTestServer(database.location, {
        ssoSecrets: [OTHER_SECRET, SSO_SECRET],
      });
      try {
        assert.equal((await post(both.url, oldToken)).status, 201);
        assert.equal((await post(both.url, newToken)).status, 201);
      } finally {
        await both.running.close();
      }
      const rotated = await startTestServer(database.location, {ssoSecrets: [OTHER_SECRET]});
      try {
        const refused = await post(rotated.url, oldToken);
        assert.equal(refused.status, 403);
        assert.equal(refused.body.error.field, 'userToken');
        assert.match(refused.body.error.message, /could not be verified/);
        assert.equal((await post(rotated.url, newToken)).status, 201);
      } finally {
        await rotated.running.close();
      }
    });

    it('picks the key a token names with kid, and never falls back to another', async () => {
      const server = await startTestServer(database.location, {
        ssoSecrets: [`2026a:${SSO_SECRET}`, `2026b:${OTHER_SECRET}`],
      });
      try {
        const named = await userToken({}, {secret: OTHER_SECRET, kid: '2026b'});
        assert.equal((await post(server.url, named)).status, 201);
        const unnamed = await userToken({}, {secret: OTHER_SECRET});
        assert.equal((await post(server.url, unnamed)).status, 201, 'no kid: each key is tried');
        const wrong = await post(
          server.url,
          await userToken({}, {secret: OTHER_SECRET, kid: '2026a'}),
        );
        assert.equal(wrong.status, 403);
        assert.match(wrong.body.error.message, /could not be verified/);
        const retired = await post(
          server.url,
          await userToken({}, {secret: SSO_SECRET, kid: '2025'}),
        );
        assert.equal(retired.status, 403);
        assert.match(retired.body.error.message, /key this server no longer knows/);
      } finally {
        await server.running.close();
      }
    });
  });
});

describe('SSO options', () => {
  it('reads repeated flags, or the variable split at commas', () => {
    const flags = parseCliOptions(
      ['--sso-secret', SSO_SECRET, '--sso-secret', `k2:${OTHER_SECRET}`],
      {},
    );
    assert.deepEqual(flags.ssoSecrets, [SSO_SECRET, `k2:${OTHER_SECRET}`]);
    const env = parseCliOptions([], {NATTER_SSO_SECRETS: ` ${SSO_SECRET} ,k2:${OTHER_SECRET}`});
    assert.deepEqual(env.ssoSecrets, [SSO_SECRET, `k2:${OTHER_SECRET}`]);
    assert.deepEqual(parseCliOptions([], {}).ssoSecrets, []);
  });

  it('refuses a short secret or a key id given twice when the server starts', async () => {
    await assert.rejects(
      startTestServer(':memory:', {ssoSecrets: ['short']}),
      /--sso-secret.*too short: use 32 characters or more/,
    );
    await assert.rejects(
      startTestServer(':memory:', {ssoSecrets: [`a:${SSO_SECRET}`, `a:${OTHER_SECRET}`]}),
      /key id "a" is given twice/,
    );
  });
});
