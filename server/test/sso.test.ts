import assert from 'node:assert/strict';
import {generateKeyPair, SignJWT} from 'jose';
import {describe, it} from 'node:test';
import {forEachBackend} from './support/backends.js';
import {draft, useServer} from './support/server.js';
import {nowSeconds, OTHER_SECRET, rawToken, SSO_SECRET, userToken} from './support/user-tokens.js';

const asUser = (token: string, browser = 'browser-one-token') => ({
  'X-Natter-User': token,
  'X-Natter-Author': browser,
});

/** A draft with no author at all: a signed-in reader's form sends none. */
const bare = (thread: string) => {
  const body = draft(thread);
  delete body.author;
  return body;
};

forEachBackend((backend) => {
  describe('signed-in readers (SSO)', () => {
    const server = useServer(backend, {ssoSecrets: [SSO_SECRET]});

    const refusal = async (token: string, pattern: RegExp) => {
      const {status, body} = await server.current.postJson(
        '/api/comments',
        draft('/sso/refused'),
        asUser(token),
      );
      assert.equal(status, 403, JSON.stringify(body));
      assert.equal(body.error.code, 'forbidden');
      assert.equal(body.error.field, 'userToken');
      assert.match(body.error.message, pattern);
    };

    it('takes the author from the token, marks the comment verified, and shows it so', async () => {
      const token = await userToken({
        name: 'Grace Hopper',
        email: 'grace@example.com',
        url: 'https://grace.example',
        avatar: 'https://cdn.example/grace.png',
      });
      const typed = draft('/sso/basic', {author: {name: 'Someone Else', email: 'x@example.com'}});
      const created = await server.current.postJson('/api/comments', typed, asUser(token));
      assert.equal(created.status, 201, JSON.stringify(created.body));
      const {author} = created.body.comment;
      assert.deepEqual(author, {
        name: 'Grace Hopper',
        url: 'https://grace.example/',
        avatar: 'https://cdn.example/grace.png',
        verified: true,
      });
      const bareDraft = await server.current.postJson(
        '/api/comments',
        bare('/sso/basic'),
        asUser(token),
      );
      assert.equal(bareDraft.status, 201, 'a draft may leave the author out');
      const list = await server.current.getJson('/api/comments?thread=/sso/basic');
      assert.deepEqual(
        list.body.comments.map((c: {author: {verified?: boolean}}) => c.author.verified),
        [true, true],
      );
      const anonymous = await server.current.postJson('/api/comments', draft('/sso/basic'));
      assert.equal(
        anonymous.body.comment.author.verified,
        undefined,
        'anonymous is never verified',
      );
    });

    it('accepts a numeric id claim in place of sub', async () => {
      const token = await userToken({sub: undefined, id: 42, name: 'Numbered'});
      const {status} = await server.current.postJson(
        '/api/comments',
        bare('/sso/id'),
        asUser(token),
      );
      assert.equal(status, 201);
    });

    it('refuses an expired token, and the same token replayed once it has expired', async () => {
      await refusal(await userToken({exp: nowSeconds() - 5}), /expired; reload the page/);
      const token = await userToken({exp: nowSeconds() + 2});
      const first = await server.current.postJson(
        '/api/comments',
        bare('/sso/replay'),
        asUser(token),
      );
      assert.equal(first.status, 201);
      await new Promise((resolve) => setTimeout(resolve, 3100));
      await refusal(token, /expired/);
    });

    it('refuses a token without exp, or one that lives longer than 24 hours', async () => {
      await refusal(await userToken({exp: undefined}), /no expiry time/);
      await refusal(await userToken({exp: nowSeconds() + 25 * 3600}), /too long/);
    });

    it('refuses a forged signature and a changed payload', async () => {
      await refusal(await userToken({}, {secret: OTHER_SECRET}), /could not be verified/);
      const [header, , signature] = (await userToken()).split('.');
      const payload = Buffer.from(
        JSON.stringify({sub: 'admin', name: 'Admin', exp: nowSeconds() + 60}),
      ).toString('base64url');
      await refusal(`${header}.${payload}.${signature}`, /could not be verified/);
    });

    it('refuses alg none, RS256 and other HMAC algorithms', async () => {
      const claims = {sub: 'user-1', name: 'Grace', exp: nowSeconds() + 60};
      await refusal(
        rawToken({alg: 'none', typ: 'JWT'}, claims),
        /signed with "none"; .*only HS256/,
      );
      await refusal(rawToken({alg: 'None'}, claims, 'x'), /only HS256/);
      const {privateKey} = await generateKeyPair('RS256');
      const rs = await new SignJWT(claims).setProtectedHeader({alg: 'RS256'}).sign(privateKey);
      await refusal(rs, /signed with "RS256"/);
      await refusal(await userToken({}, {alg: 'HS384'}), /signed with "HS384"/);
      await refusal(rawToken({typ: 'JWT'}, claims, 'x'), /signed with "none"/);
    });

    it('refuses missing and odd claims, and unreadable tokens', async () => {
      await refusal(await userToken({sub: undefined}), /does not say who you are/);
      await refusal(await userToken({sub: ''}), /does not say who you are/);
      await refusal(await userToken({sub: {id: 1}}), /does not say who you are/);
      await refusal(await userToken({name: undefined}), /no usable name/);
      await refusal(await userToken({name: 'x'.repeat(81)}), /no usable name/);
      await refusal(await userToken({name: 'Bad\u0000Name'}), /no usable name/);
      await refusal(await userToken({email: 'not an address'}), /email address that is not valid/);
      await refusal(await userToken({url: 'javascript:alert(1)'}), /url that is not an http/);
      await refusal(await userToken({avatar: 42}), /avatar that is not an http/);
      await refusal(await userToken({nbf: nowSeconds() + 600}), /not valid yet/);
      await refusal('not-a-token', /could not be read/);
      await refusal('a.b.c', /could not be read/);
      await refusal('x'.repeat(9000), /could not be read/);
    });

    it('still serves reads to a reader whose token went bad, as an anonymous reader', async () => {
      const expired = await userToken({exp: nowSeconds() - 5});
      const {status} = await server.current.getJson(
        '/api/comments?thread=/sso/read',
        asUser(expired),
      );
      assert.equal(status, 200);
    });

    it('lets a token through CORS preflight', async () => {
      const response = await server.current.request('/api/comments', {
        method: 'OPTIONS',
        headers: {Origin: server.current.url, 'Access-Control-Request-Method': 'POST'},
      });
      assert.equal(response.status, 204);
    });

    it('keeps a verified name from anonymous posts, whatever its case or invisible characters', async () => {
      const token = await userToken({sub: 'ada-1', name: 'Ada Lovelace'});
      const signed = await server.current.postJson(
        '/api/comments',
        bare('/sso/names'),
        asUser(token),
      );
      assert.equal(signed.status, 201);
      for (const name of [
        'Ada Lovelace',
        'ada lovelace',
        ' ADA  LOVELACE ',
        'Ada\u200b Lovelace',
      ]) {
        const {status, body} = await server.current.postJson(
          '/api/comments',
          draft('/sso/names', {author: {name, email: 'ada@example.com'}}),
          {'X-Natter-Author': 'anonymous-browser-1'},
        );
        assert.equal(status, 400, name);
        assert.equal(body.error.code, 'validation');
        assert.equal(body.error.field, 'name');
        assert.match(body.error.message, /sign in to use it, or choose another name/);
      }
      const other = await server.current.postJson(
        '/api/comments',
        draft('/sso/names', {author: {name: 'Ada Byron', email: 'ada@example.com'}}),
      );
      assert.equal(other.status, 201, 'other names stay free');
      const namesake = await userToken({sub: 'another-ada', name: 'Ada Lovelace'});
      const second = await server.current.postJson(
        '/api/comments',
        bare('/sso/names'),
        asUser(namesake),
      );
      assert.equal(second.status, 201, 'another signed-in reader may share the name');
    });
  });

  describe('signed-in readers own their comments in any browser', () => {
    const server = useServer(backend, {ssoSecrets: [SSO_SECRET], moderation: 'all'});

    it('shows a held comment to the same user in a second browser, and to nobody else', async () => {
      const token = await userToken({sub: 'owner-7', name: 'Owner Seven'});
      const posted = await server.current.postJson(
        '/api/comments',
        bare('/sso/own'),
        asUser(token, 'browser-a-token-1'),
      );
      assert.equal(posted.body.comment.status, 'pending');
      const list = (headers: Record<string, string>) =>
        server.current.getJson('/api/comments?thread=/sso/own', headers);
      const elsewhere = await list(
        asUser(await userToken({sub: 'owner-7', name: 'Owner Seven'}), 'browser-b-token-2'),
      );
      assert.deepEqual(
        elsewhere.body.comments.map((c: {id: string}) => c.id),
        [posted.body.comment.id],
      );
      assert.equal((await list({'X-Natter-Author': 'browser-a-token-1'})).body.comments.length, 0);
      const someoneElse = await userToken({sub: 'owner-8', name: 'Owner Eight'});
      assert.equal((await list(asUser(someoneElse, 'browser-a-token-1'))).body.comments.length, 0);
      const again = await server.current.postJson(
        '/api/comments',
        bare('/sso/own'),
        asUser(token, 'browser-b-token-2'),
      );
      assert.equal(again.body.comment.author.avatar, posted.body.comment.author.avatar);
    });
  });

  describe('a server without an SSO secret', () => {
    const server = useServer(backend);

    it('refuses a user token on a write with a clear error, not ignoring it', async () => {
      const {status, body} = await server.current.postJson(
        '/api/comments',
        draft('/sso/off'),
        asUser(await userToken()),
      );
      assert.equal(status, 403);
      assert.equal(body.error.field, 'userToken');
      assert.match(body.error.message, /does not accept sign-ins/);
      assert.equal(await server.current.rowCount(), 0);
    });
  });
});
