import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import {forEachBackend} from './support/backends.js';
import {outboxRows, pause, QUICK_OUTBOX, waitFor} from './support/receivers.js';
import {draft, startTestServer, useServer} from './support/server.js';
import {linkIn, startSmtpServer, type SmtpServer} from './support/smtp.js';

const OWNER = 'owner@example.com';
const mailOptions = (smtp: SmtpServer) => ({
  smtp: smtp.url,
  mailFrom: 'Comments <comments@example.com>',
  notifyEmail: OWNER,
  outbox: QUICK_OUTBOX,
});

forEachBackend((backend) => {
  describe('mail to the owner', () => {
    let smtp: SmtpServer;
    before(async () => {
      smtp = await startSmtpServer();
    });
    after(() => smtp.close());
    const server = useServer(backend, () => ({moderation: 'all', ...mailOptions(smtp)}));

    it('tells of a held comment, escaped, with links that act only on POST', async () => {
      const posted = await server.current.postJson(
        '/api/comments',
        draft('/mail/held', {
          body: '<script>alert(1)</script> & more',
          author: {name: 'Eve <b>', email: 'eve@example.com'},
        }),
      );
      const id = posted.body.comment.id;
      const mail = await waitFor('the owner mail', () => smtp.received[0]);
      assert.equal(mail.subject, 'Held for review: a comment by Eve <b> on /mail/held');
      assert.deepEqual(
        mail.to && !Array.isArray(mail.to) ? mail.to.value.map((a) => a.address) : [],
        [OWNER],
      );
      assert.match(mail.text ?? '', /<script>alert\(1\)<\/script> & more/);
      const html = String(mail.html);
      assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt; &amp; more/);
      assert.match(html, /Eve &lt;b&gt;/);
      assert.doesNotMatch(html, /<script>|<b>/);

      const approve = linkIn(mail, 'approve');
      assert.ok(approve.startsWith(server.current.url), approve);
      const shown = await fetch(approve);
      assert.equal(shown.status, 200);
      assert.match(shown.headers.get('content-security-policy') ?? '', /form-action 'self'/);
      assert.match(await shown.text(), /<form method="post">/);
      const queue = await server.current.admin('GET', '/api/admin/comments?status=pending');
      assert.equal(queue.body.comments.length, 1, 'opening the link changed nothing');

      const tampered = approve.replace(/.$/, (last) => (last === '0' ? '1' : '0'));
      assert.equal((await fetch(tampered, {method: 'POST'})).status, 403);
      // Another id: the last character changed, whatever it was.
      const otherId = `${id.slice(0, -1)}${id.endsWith('x') ? 'y' : 'x'}`;
      const other = approve.replace(id, otherId);
      assert.equal((await fetch(other, {method: 'POST'})).status, 403, 'signed for one comment');

      const done = await fetch(approve, {method: 'POST'});
      assert.equal(done.status, 200);
      const list = await server.current.getJson('/api/comments?thread=/mail/held');
      assert.deepEqual(
        list.body.comments.map((c: {id: string}) => c.id),
        [id],
      );
      assert.equal(list.body.notify, true, 'the list says this server sends mail');
    });

    it('has delete links that work without signing in', async () => {
      await server.current.postJson('/api/comments', draft('/mail/delete'));
      const mail = await waitFor('a second mail', () => smtp.received[1]);
      const response = await fetch(linkIn(mail, 'delete'), {method: 'POST'});
      assert.equal(response.status, 200);
      const all = await server.current.admin('GET', '/api/admin/comments?status=deleted');
      assert.equal(all.body.comments.length, 1);
    });

    it('refuses a link whose time is up', async () => {
      const mail = smtp.received[1]!;
      const expired = linkIn(mail, 'delete').replace(/expires=\d+/, 'expires=1000');
      assert.equal((await fetch(expired, {method: 'POST'})).status, 403);
    });
  });

  describe('mail to the owner about every comment', () => {
    let smtp: SmtpServer;
    before(async () => {
      smtp = await startSmtpServer();
    });
    after(() => smtp.close());
    const server = useServer(backend, () => ({...mailOptions(smtp), notifyAll: true}));

    it('tells of a published comment, with a delete link and no approve link', async () => {
      const posted = await server.current.postJson('/api/comments', draft('/mail/all'));
      assert.equal(posted.body.comment.status, 'published');
      const mail = await waitFor('the owner mail', () => smtp.received[0]);
      assert.equal(mail.subject, 'New comment by Ada on /mail/all');
      assert.doesNotMatch(mail.text ?? '', /\/notify\/approve\//);
      assert.equal((await fetch(linkIn(mail, 'delete'), {method: 'POST'})).status, 200);
      const list = await server.current.getJson('/api/comments?thread=/mail/all');
      assert.equal(list.body.total, 0, 'deleted from the mail');
    });
  });

  describe('mail through an SMTP server that refuses for a while', () => {
    let smtp: SmtpServer;
    before(async () => {
      smtp = await startSmtpServer();
    });
    after(() => smtp.close());
    const server = useServer(backend, () => ({moderation: 'all', ...mailOptions(smtp)}));

    it('is retried and delivered once', async () => {
      smtp.refuse(2);
      await server.current.postJson('/api/comments', draft('/mail/refused'));
      await waitFor('the mail', () => smtp.received.length === 1);
      assert.equal(smtp.refused(), 2);
      await pause(1000);
      assert.equal(smtp.received.length, 1, 'sent once');
      const rows = await outboxRows(server.current.running.comments.services.db);
      assert.deepEqual(
        rows.map((row) => [row.state, row.attempts]),
        [['sent', 3]],
      );
    });
  });

  describe('mail across a restart', () => {
    let smtp: SmtpServer;
    let database: Awaited<ReturnType<typeof backend.fresh>>;
    before(async () => {
      smtp = await startSmtpServer();
      database = await backend.fresh();
    });
    after(async () => {
      await smtp.close();
      await database.drop();
    });

    it('is sent once by the next start when the first could not send it', async () => {
      smtp.refuse(1000);
      const first = await startTestServer(database.location, {
        moderation: 'all',
        ...mailOptions(smtp),
      });
      await first.postJson('/api/comments', draft('/mail/restart'));
      await waitFor('a refused attempt', () => smtp.refused() >= 1);
      await first.running.close();
      smtp.refuse(0);
      const second = await startTestServer(database.location, {
        moderation: 'all',
        ...mailOptions(smtp),
      });
      try {
        await waitFor('the mail', () => smtp.received.length === 1);
        await pause(1000);
        assert.equal(smtp.received.length, 1);
        assert.match(smtp.received[0]!.subject ?? '', /Held for review/);
      } finally {
        await second.running.close();
      }
    });
  });
});
