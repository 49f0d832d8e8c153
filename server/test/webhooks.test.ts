import assert from 'node:assert/strict';
import {createHmac, timingSafeEqual} from 'node:crypto';
import {after, before, describe, it} from 'node:test';
import {enqueue} from '../src/notify/outbox.js';
import {forEachBackend} from './support/backends.js';
import {
  outboxRows,
  pause,
  QUICK_OUTBOX,
  startWebhookReceiver,
  waitFor,
  type WebhookCall,
} from './support/receivers.js';
import {draft, useServer} from './support/server.js';

const SECRET = 'webhook-secret-for-tests-0123456789';

/** What docs/notifications.md tells a receiver to do. */
function verify(call: WebhookCall, secret: string): boolean {
  const header = String(call.headers['natter-signature'] ?? '');
  const match = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(header);
  if (!match) return false;
  const expected = createHmac('sha256', secret).update(`${match[1]}.${call.body}`).digest();
  return timingSafeEqual(expected, Buffer.from(match[2]!, 'hex'));
}

forEachBackend((backend) => {
  describe('webhooks', () => {
    let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
    before(async () => {
      receiver = await startWebhookReceiver(2);
    });
    after(() => receiver.close());
    const server = useServer(backend, () => ({
      moderation: 'all',
      webhooks: [receiver.url],
      webhookSecret: SECRET,
      webhookAllowPrivate: true,
      outbox: QUICK_OUTBOX,
    }));

    it('delivers comment.created once after two failed attempts, signed', async () => {
      const posted = await server.current.postJson('/api/comments', draft('/hooks/a'));
      assert.equal(posted.status, 201);
      const success = await waitFor('a successful call', () =>
        receiver.calls.find((call) => call.status === 204),
      );
      assert.equal(receiver.calls.length, 3);
      assert.deepEqual(
        receiver.calls.map((call) => call.status),
        [500, 500, 204],
      );
      const deliveries = new Set(receiver.calls.map((call) => call.headers['natter-delivery']));
      assert.equal(deliveries.size, 1, 'every attempt names the same delivery');
      assert.ok(verify(success, SECRET), 'the signature verifies');
      assert.ok(!verify(success, 'another-secret-0123456789'), 'and not with another key');
      const event = JSON.parse(success.body);
      assert.equal(event.event, 'comment.created');
      assert.equal(success.headers['natter-event'], 'comment.created');
      assert.equal(event.comment.id, posted.body.comment.id);
      assert.equal(event.comment.status, 'pending');
      assert.equal(event.comment.author.email, undefined, 'no email address leaves the server');
      await pause(1000);
      assert.equal(receiver.calls.length, 3, 'nothing is sent again once it succeeded');
      const rows = await outboxRows(server.current.running.comments.services.db);
      assert.deepEqual(
        rows.map((row) => [row.state, row.attempts]),
        [['sent', 3]],
      );
    });

    it('tells of approvals and deletions', async () => {
      const posted = await server.current.postJson('/api/comments', draft('/hooks/b'));
      const id = posted.body.comment.id;
      await waitFor('comment.created', () => receiver.calls.length === 4);
      assert.equal(
        (await server.current.admin('POST', `/api/admin/comments/${id}/approve`)).status,
        200,
      );
      assert.equal((await server.current.admin('DELETE', `/api/admin/comments/${id}`)).status, 200);
      await waitFor('two more calls', () => receiver.calls.length >= 6);
      const events = receiver.calls.slice(4).map((call) => JSON.parse(call.body));
      assert.deepEqual(events.map((e) => e.event).sort(), ['comment.approved', 'comment.deleted']);
      assert.ok(events.every((e) => e.comment.id === id));
      assert.ok(receiver.calls.slice(4).every((call) => verify(call, SECRET)));
    });

    it('leaves mail to instances that can send it', async () => {
      const {db} = server.current.running.comments.services;
      await enqueue(db, [{kind: 'mail', payload: {to: 'x@example.com'}, dedupeKey: 'left'}]);
      await pause(1000);
      const row = (await outboxRows(db)).find((entry) => entry.dedupe_key === 'left');
      assert.deepEqual([row?.state, row?.attempts], ['pending', 0]);
    });
  });

  describe('webhooks to private addresses', () => {
    let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
    before(async () => {
      receiver = await startWebhookReceiver();
    });
    after(() => receiver.close());
    const server = useServer(backend, () => ({
      webhooks: [receiver.url, `http://localhost:${receiver.port}/by-name`],
      webhookSecret: SECRET,
      outbox: QUICK_OUTBOX,
    }));

    it('are refused without --webhook-allow-private, by address and by name', async () => {
      assert.equal((await server.current.postJson('/api/comments', draft('/hooks/p'))).status, 201);
      const {db} = server.current.running.comments.services;
      const rows = await waitFor('both calls given up', async () => {
        const all = await outboxRows(db);
        return all.length === 2 && all.every((row) => row.state === 'failed') ? all : undefined;
      });
      for (const row of rows) assert.match(row.last_error ?? '', /private address/);
      assert.equal(receiver.calls.length, 0);
    });
  });
});
