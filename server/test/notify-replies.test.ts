import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import {forEachBackend} from './support/backends.js';
import {pause, QUICK_OUTBOX, waitFor} from './support/receivers.js';
import {ADMIN_TOKEN, draft, useServer} from './support/server.js';
import {linkIn, startSmtpServer, type SmtpServer} from './support/smtp.js';

const ADA = {'X-Natter-Author': 'ada-browser-token'};
const BOB = {'X-Natter-Author': 'bob-browser-token'};
const ada = {name: 'Ada', email: 'ada@example.com'};
const bob = {name: 'Bob\u2028Subject: forged', email: 'bob@example.com'};

forEachBackend((backend) => {
  describe('mail about replies', () => {
    let smtp: SmtpServer;
    before(async () => {
      smtp = await startSmtpServer();
    });
    after(() => smtp.close());
    const server = useServer(backend, () => ({
      moderation: 'first-time',
      smtp: smtp.url,
      mailFrom: 'comments@example.com',
      outbox: QUICK_OUTBOX,
    }));
    const post = async (body: Record<string, unknown>, headers: Record<string, string>) => {
      const posted = await server.current.postJson('/api/comments', body, headers);
      assert.equal(posted.status, 201, JSON.stringify(posted.body));
      return posted.body.comment as {id: string; status: string};
    };
    const owner = (method: string, path: string, body: unknown) =>
      server.current.request(path, {
        method,
        headers: {Authorization: `Bearer ${ADMIN_TOKEN}`, 'Content-Type': 'application/json'},
        body: JSON.stringify(body),
      });
    let parentId = '';

    it('refuses the request without an email address, and a value that is not true or false', async () => {
      const noEmail = draft('/r/a', {author: {name: 'Ada'}, notifyReplies: true});
      const answer = await server.current.postJson('/api/comments', noEmail, ADA);
      assert.equal(answer.status, 400);
      assert.equal(answer.body.error.field, 'email');
      const wrong = draft('/r/a', {author: ada, notifyReplies: 'yes'});
      assert.equal((await server.current.postJson('/api/comments', wrong, ADA)).status, 400);
    });

    it('mails the author once per reply, with one-click unsubscribe headers; not for their own', async () => {
      // First-time moderation: each author gets one approved comment first.
      for (const [who, headers] of [
        [ada, ADA],
        [bob, BOB],
      ] as const) {
        const first = await post(draft('/r/intro', {author: who}), headers);
        await server.current.admin('POST', `/api/admin/comments/${first.id}/approve`);
      }
      parentId = (await post(draft('/r/a', {author: ada, notifyReplies: true}), ADA)).id;
      await post(draft('/r/a', {parentId, author: ada}), ADA);
      const reply = await post(draft('/r/a', {parentId, author: bob, body: 'A <i>reply</i>'}), BOB);
      const mail = await waitFor('the reply mail', () => smtp.received[0]);
      const to = mail.to && !Array.isArray(mail.to) ? mail.to.value[0]?.address : undefined;
      assert.equal(to, 'ada@example.com');
      assert.equal(mail.subject, 'Bob Subject: forged replied to your comment on /r/a');
      assert.equal(mail.headers.get('subject'), mail.subject, 'no header was split off');
      assert.match(mail.text ?? '', /A <i>reply<\/i>/);
      assert.match(String(mail.html), /A &lt;i&gt;reply&lt;\/i&gt;/);
      const unsubscribe = linkIn(mail, 'unsubscribe');
      const line = (key: string) =>
        mail.headerLines.find((header) => header.key === key)?.line.replace(/\r?\n\s+/g, ' ');
      assert.equal(line('list-unsubscribe'), `List-Unsubscribe: <${unsubscribe}>`);
      assert.equal(
        line('list-unsubscribe-post'),
        'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
      );
      await pause(1000);
      assert.equal(smtp.received.length, 1, 'no mail for her own reply');
      // Held and approved again: still one mail for this reply.
      const path = `/api/admin/comments/${reply.id}/status`;
      assert.equal((await owner('POST', path, {status: 'pending'})).status, 200);
      assert.equal((await owner('POST', path, {status: 'published'})).status, 200);
      await pause(800);
      assert.equal(smtp.received.length, 1);
    });

    it('mails about a held reply once it is approved', async () => {
      const held = await post(
        draft('/r/a', {parentId, author: {name: 'Cy', email: 'cy@example.com'}}),
        {'X-Natter-Author': 'cy-browser-token'},
      );
      assert.equal(held.status, 'pending');
      await pause(800);
      assert.equal(smtp.received.length, 1, 'nothing while it is held');
      await server.current.admin('POST', `/api/admin/comments/${held.id}/approve`);
      await waitFor('the second reply mail', () => smtp.received.length === 2);
      assert.match(smtp.received[1]!.subject ?? '', /^Cy replied/);
    });

    it('sends nothing more once the address unsubscribed with the one-click POST', async () => {
      const unsubscribe = linkIn(smtp.received[0]!, 'unsubscribe');
      const page = await fetch(unsubscribe);
      assert.equal(page.status, 200, 'a GET only shows the button');
      const done = await fetch(unsubscribe, {
        method: 'POST',
        headers: {'Content-Type': 'application/x-www-form-urlencoded'},
        body: 'List-Unsubscribe=One-Click',
      });
      assert.equal(done.status, 200);
      await post(draft('/r/a', {parentId, author: bob}), BOB);
      await pause(1000);
      assert.equal(smtp.received.length, 2);
    });

    it('sends nothing to a blocked author', async () => {
      const parent = await post(draft('/r/b', {author: bob, notifyReplies: true}), BOB);
      const blocked = await owner('POST', '/api/admin/blocks', {commentId: parent.id});
      assert.equal(blocked.status, 201);
      await post(draft('/r/b', {parentId: parent.id, author: ada}), ADA);
      await pause(1000);
      assert.equal(smtp.received.length, 2);
    });
  });
});
