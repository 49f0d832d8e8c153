import assert from 'node:assert/strict';
import {after, before, describe, it} from 'node:test';
import {postgresBackend, type TestDatabase} from './support/backends.js';
import {outboxRows, pause, QUICK_OUTBOX, waitFor} from './support/receivers.js';
import {draft, startTestServer, type TestServer} from './support/server.js';
import {startSmtpServer, type SmtpServer} from './support/smtp.js';

const backend = postgresBackend();

describe(
  'two instances on one PostgreSQL',
  {skip: backend ? false : 'DATABASE_URL is not set'},
  () => {
    let smtp: SmtpServer;
    let database: TestDatabase;
    const servers: TestServer[] = [];
    before(async () => {
      smtp = await startSmtpServer();
      database = await backend!.fresh();
      for (let i = 0; i < 2; i++) {
        servers.push(
          await startTestServer(database.location, {
            moderation: 'all',
            smtp: smtp.url,
            mailFrom: 'comments@example.com',
            notifyEmail: 'owner@example.com',
            outbox: {...QUICK_OUTBOX, pollMs: 50},
          }),
        );
      }
    });
    after(async () => {
      for (const server of servers) await server.running.close();
      await smtp.close();
      await database?.drop();
    });

    it('send each mail exactly once', async () => {
      // Refusals make the entries wait and come due while both instances poll.
      smtp.refuse(4);
      const count = 8;
      for (let i = 0; i < count; i++) {
        const server = servers[i % 2]!;
        const posted = await server.postJson('/api/comments', draft(`/instances/${i}`));
        assert.equal(posted.status, 201);
      }
      await waitFor('every mail', () => smtp.received.length >= count);
      await pause(1500);
      assert.equal(smtp.received.length, count);
      const subjects = new Set(smtp.received.map((mail) => mail.subject));
      assert.equal(subjects.size, count, 'one mail per comment');
      const ids = new Set(smtp.received.map((mail) => mail.messageId));
      assert.equal(ids.size, count);
      const rows = await outboxRows(servers[0]!.running.comments.services.db);
      assert.ok(rows.every((row) => row.state === 'sent'));
    });
  },
);
