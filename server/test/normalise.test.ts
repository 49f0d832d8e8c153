import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {forEachBackend} from './support/backends.js';
import {draft, useServer, type TestServer} from './support/server.js';

async function storedRow(s: TestServer, id: string) {
  const {db} = s.running.comments.services;
  return db.selectFrom('comments').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

const withUrl = (url: string) => ({author: {name: 'Ada', email: 'ada@example.com', url}});

forEachBackend((backend) => {
  describe('normalised on the server, for every client', () => {
    const server = useServer(backend);

    it('drops control characters from bodies except line feed and tab', async () => {
      const s = server.current;
      const sent = '\u0007Ring\u001b[31m red\u001b[0m\r\nnext\tline\u007f\u0085 end\u0008';
      const {status, body} = await s.postJson('/api/comments', draft('/n/body', {body: sent}));
      assert.equal(status, 201, JSON.stringify(body));
      const expected = 'Ring[31m red[0m\nnext\tline end';
      assert.equal(body.comment.body, expected);
      assert.equal((await storedRow(s, body.comment.id)).body, expected);
      const listed = await s.getJson('/api/comments?thread=/n/body');
      assert.equal(listed.body.comments[0].body, expected);
    });

    it('treats a body of control characters only as empty', async () => {
      const before = await server.current.rowCount();
      const {status, body} = await server.current.postJson(
        '/api/comments',
        draft('/n/empty', {body: '\u0007\u001b \u0008'}),
      );
      assert.equal(status, 400);
      assert.equal(body.error.field, 'body');
      assert.equal(await server.current.rowCount(), before);
    });

    it('stores websites as the URL standard serialises them', async () => {
      const s = server.current;
      const cases: [string, string][] = [
        ['http:evil.example', 'http://evil.example/'],
        ['https:/\\evil.example', 'https://evil.example/'],
        ['https:\\\\evil.example\\path', 'https://evil.example/path'],
        ['HTTPS://Evil.EXAMPLE:443/a/../b', 'https://evil.example/b'],
        ['https://bücher.example/ä b', 'https://xn--bcher-kva.example/%C3%A4%20b'],
        ['https://ada.example', 'https://ada.example/'],
      ];
      for (const [given, stored] of cases) {
        const {status, body} = await s.postJson('/api/comments', draft('/n/url', withUrl(given)));
        assert.equal(status, 201, `${given}: ${JSON.stringify(body)}`);
        assert.equal(body.comment.author.url, stored, given);
        assert.equal((await storedRow(s, body.comment.id)).author_url, stored, given);
      }
    });

    it('refuses websites with credentials or another scheme, storing nothing', async () => {
      const s = server.current;
      const before = await s.rowCount();
      for (const given of [
        'https://user:pass@evil.example/',
        'https://user@evil.example',
        'http://:secret@evil.example',
        'http:user:pass@evil.example',
        'ftp:evil.example',
        'javascript:alert(1)//http://x',
      ]) {
        const {status, body} = await s.postJson('/api/comments', draft('/n/cred', withUrl(given)));
        assert.equal(status, 400, given);
        assert.equal(body.error.code, 'validation');
        assert.equal(body.error.field, 'url', given);
      }
      assert.equal(await s.rowCount(), before);
    });
  });
});
