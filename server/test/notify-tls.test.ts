import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, describe, it} from 'node:test';
import {QUICK_OUTBOX, waitFor} from './support/receivers.js';
import {draft, startTestServer} from './support/server.js';
import {startSmtpServer} from './support/smtp.js';

/** A throw-away self-signed certificate for 127.0.0.1. */
function selfSigned(): {key: string; cert: string} {
  const dir = mkdtempSync(join(tmpdir(), 'natter-tls-'));
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
      ],
      {stdio: 'ignore'},
    );
    return {
      key: readFileSync(join(dir, 'key.pem'), 'utf8'),
      cert: readFileSync(join(dir, 'cert.pem'), 'utf8'),
    };
  } finally {
    rmSync(dir, {recursive: true, force: true});
  }
}

describe('mail over TLS', () => {
  let pair: {key: string; cert: string};
  const dir = mkdtempSync(join(tmpdir(), 'natter-tls-db-'));
  before(() => {
    pair = selfSigned();
  });
  after(() => rmSync(dir, {recursive: true, force: true}));

  for (const implicit of [false, true]) {
    const how = implicit ? 'smtps:// (TLS from the start)' : 'smtp:// with STARTTLS';
    it(`is sent through ${how}`, async () => {
      const smtp = await startSmtpServer({...pair, implicit});
      // The test certificate is self-signed; a real server's is checked.
      const url = `${smtp.url}?tls.rejectUnauthorized=false`;
      const server = await startTestServer(join(dir, `${implicit}.db`), {
        moderation: 'all',
        smtp: url,
        mailFrom: 'comments@example.com',
        notifyEmail: 'owner@example.com',
        outbox: QUICK_OUTBOX,
      });
      try {
        await server.postJson('/api/comments', draft('/tls'));
        await waitFor('the mail', () => smtp.received.length === 1);
        assert.deepEqual(smtp.overTls, [true]);
      } finally {
        await server.running.close();
        await smtp.close();
      }
    });
  }
});
