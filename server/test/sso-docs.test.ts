import assert from 'node:assert/strict';
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';
import {describe, it} from 'node:test';
import {forEachBackend, useScratchDir} from './support/backends.js';
import {ssoExample} from './support/doc-examples.js';
import {useServer} from './support/server.js';
import {SSO_SECRET} from './support/user-tokens.js';

type Signer = (user: object, secret: string, seconds?: number) => string;

forEachBackend((backend) => {
  describe('the Node signing example of docs/sso.md', () => {
    const server = useServer(backend, {ssoSecrets: [SSO_SECRET]});
    const scratch = useScratchDir('natter-sso-node-');

    it('signs a token natter-server accepts as that reader', async () => {
      const file = join(scratch.path, 'sign.mjs');
      writeFileSync(file, ssoExample('node'));
      const {natterUserToken} = (await import(pathToFileURL(file).href)) as {
        natterUserToken: Signer;
      };
      const token = natterUserToken(
        {id: 7, name: 'Zoë Node', email: 'zoe@example.com'},
        SSO_SECRET,
      );
      const post = (userToken: string) =>
        server.current.postJson(
          '/api/comments',
          {thread: '/sso/docs-node', body: 'Signed in Node', honeypot: '', elapsedMs: 5000},
          {'X-Natter-User': userToken},
        );
      const {status, body} = await post(token);
      assert.equal(status, 201, JSON.stringify(body));
      assert.equal(body.comment.author.name, 'Zoë Node');
      assert.equal(body.comment.author.verified, true);
      const wrongKey = natterUserToken({id: 7, name: 'Zoë Node'}, 'x'.repeat(40));
      assert.equal((await post(wrongKey)).status, 403, 'the test can tell a bad signature');
    });
  });
});
