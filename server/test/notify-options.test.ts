import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {parseCliOptions} from '../src/cli-options.js';
import {isPrivateAddress} from '../src/notify/address-guard.js';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {openDatabase} from '../src/db/connect.js';
import {enqueue, pruneSent, retryDelay} from '../src/notify/outbox.js';
import {DEFAULT_OUTBOX, resolveOptions} from '../src/options.js';

describe('notification options', () => {
  it('reads webhooks from repeated flags or a comma-separated variable', () => {
    const flags = parseCliOptions(
      ['--webhook', 'https://a.example/h', '--webhook', 'https://b.example/h'],
      {NATTER_WEBHOOKS: 'https://ignored.example', NATTER_WEBHOOK_ALLOW_PRIVATE: '1'},
    );
    assert.deepEqual(flags.webhooks, ['https://a.example/h', 'https://b.example/h']);
    assert.equal(flags.webhookAllowPrivate, true);
    const env = parseCliOptions([], {
      NATTER_WEBHOOKS: 'https://a.example/h, https://b.example/h',
      NATTER_WEBHOOK_SECRET: 's'.repeat(16),
      NATTER_PUBLIC_URL: 'https://comments.example/',
    });
    assert.deepEqual(env.webhooks, ['https://a.example/h', 'https://b.example/h']);
    assert.equal(env.webhookSecret, 's'.repeat(16));
    assert.equal(resolveOptions(env).publicUrl, 'https://comments.example');
    assert.deepEqual(parseCliOptions([], {}).webhooks, []);
  });

  it('reads the mail settings', () => {
    const options = parseCliOptions(
      [
        '--smtp',
        'smtps://u:p@mail.example:465',
        '--notify-email',
        'me@example.com',
        '--notify-all',
      ],
      {NATTER_MAIL_FROM: 'Comments <c@example.com>'},
    );
    assert.equal(options.smtp, 'smtps://u:p@mail.example:465');
    assert.equal(options.mailFrom, 'Comments <c@example.com>');
    assert.equal(options.notifyEmail, 'me@example.com');
    assert.equal(options.notifyAll, true);
    assert.equal(resolveOptions(options).notifyAll, true);
  });

  it('explains settings that cannot work', () => {
    assert.throws(() => resolveOptions({database: 'x.db', smtp: 'mail.example'}), /smtp:\/\//);
    assert.throws(
      () => resolveOptions({database: 'x.db', smtp: 'smtp://mail.example'}),
      /mailFrom \(--mail-from\) is needed/,
    );
    assert.throws(
      () => resolveOptions({database: 'x.db', notifyEmail: 'me@example.com'}),
      /notifyEmail needs smtp/,
    );
    const db = {database: 'x.db'};
    assert.throws(() => resolveOptions({...db, webhooks: ['https://a.example']}), /webhookSecret/);
    assert.throws(
      () => resolveOptions({...db, webhooks: ['ftp://a.example'], webhookSecret: 'x'.repeat(16)}),
      /http:\/\/ or https:\/\//,
    );
    assert.throws(() => resolveOptions({...db, publicUrl: 'comments.example'}), /publicUrl/);
    assert.throws(() => resolveOptions({...db, outbox: {pollMs: 0}}), /outbox.pollMs/);
  });
});

describe('the outbox', () => {
  it('waits longer after each failure, up to the cap, with jitter', () => {
    const tuning = {...DEFAULT_OUTBOX, retryBaseMs: 1000, retryMaxMs: 8000};
    for (let i = 0; i < 20; i++) {
      const first = retryDelay(1, tuning);
      assert.ok(first >= 500 && first <= 1000, `first retry after ${first} ms`);
      const third = retryDelay(3, tuning);
      assert.ok(third >= 2000 && third <= 4000, `third retry after ${third} ms`);
      const late = retryDelay(30, tuning);
      assert.ok(late >= 4000 && late <= 8000, `capped at ${late} ms`);
    }
  });

  it('forgets sent entries after a while and keeps failed ones', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'natter-outbox-'));
    const {db} = await openDatabase(join(dir, 'natter.db'));
    try {
      await enqueue(
        db,
        [1, 2, 3].map((n) => ({kind: 'mail' as const, payload: {n}})),
      );
      const ids = (await db.selectFrom('natter_outbox').select('id').orderBy('id').execute()).map(
        (row) => row.id,
      );
      const old = new Date(Date.now() - 40 * 86_400_000).toISOString();
      const recent = new Date().toISOString();
      const set = (id: string, state: 'sent' | 'failed', at: string) =>
        db.updateTable('natter_outbox').set({state, sent_at: at}).where('id', '=', id).execute();
      await set(ids[0]!, 'sent', old);
      await set(ids[1]!, 'sent', recent);
      await set(ids[2]!, 'failed', old);
      await pruneSent(db, 30);
      const left = await db.selectFrom('natter_outbox').select('id').orderBy('id').execute();
      assert.deepEqual(
        left.map((row) => row.id),
        [ids[1], ids[2]],
      );
    } finally {
      await db.destroy();
      rmSync(dir, {recursive: true, force: true});
    }
  });

  it('knows which addresses are private', () => {
    for (const address of ['127.0.0.1', '10.1.2.3', '192.168.0.1', '172.20.0.1', '169.254.1.1']) {
      assert.ok(isPrivateAddress(address), address);
    }
    for (const address of ['::1', 'fd00::1', 'fe80::1', '::ffff:127.0.0.1', '0.0.0.0']) {
      assert.ok(isPrivateAddress(address), address);
    }
    for (const address of ['93.184.216.34', '2606:4700::1111', '8.8.8.8']) {
      assert.ok(!isPrivateAddress(address), address);
    }
  });
});
