import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, it} from 'node:test';
import {forEachBackend, useScratchDir} from '../support/backends.js';
import {ssoExample} from '../support/doc-examples.js';
import {useServer} from '../support/server.js';
import {SSO_SECRET} from '../support/user-tokens.js';

/** Signs with the PHP example of docs/sso.md, run by the real `php`; a missing `php` fails the test. */
function signWithPhp(dir: string, user: Record<string, unknown>, secret: string): string {
  const file = join(dir, 'sign.php');
  const call = `\necho natter_user_token(json_decode(getenv('NATTER_USER'), true), getenv('NATTER_SECRET'));\n`;
  writeFileSync(file, ssoExample('php') + call);
  const php = process.env.NATTER_PHP ?? 'php';
  return execFileSync(php, [file], {
    encoding: 'utf8',
    env: {...process.env, NATTER_USER: JSON.stringify(user), NATTER_SECRET: secret},
  }).trim();
}

forEachBackend((backend) => {
  describe('the PHP signing example of docs/sso.md', () => {
    const server = useServer(backend, {ssoSecrets: [SSO_SECRET]});
    const scratch = useScratchDir('natter-sso-php-');

    it('signs a token natter-server accepts as that reader', async () => {
      const token = signWithPhp(scratch.path, {id: 8, name: 'Zoë Élan / PHP'}, SSO_SECRET);
      assert.match(token, /^[\w-]+\.[\w-]+\.[\w-]+$/);
      const post = (userToken: string) =>
        server.current.postJson(
          '/api/comments',
          {thread: '/sso/docs-php', body: 'Signed in PHP', honeypot: '', elapsedMs: 5000},
          {'X-Natter-User': userToken},
        );
      const {status, body} = await post(token);
      assert.equal(status, 201, JSON.stringify(body));
      assert.equal(body.comment.author.name, 'Zoë Élan / PHP');
      assert.equal(body.comment.author.verified, true);
      const wrongKey = signWithPhp(scratch.path, {id: 8, name: 'Zoë'}, 'y'.repeat(40));
      assert.equal((await post(wrongKey)).status, 403, 'the test can tell a bad signature');
    });
  });
});
