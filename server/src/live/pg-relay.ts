import {randomUUID} from 'node:crypto';
import {sql, type Kysely} from 'kysely';
import pg from 'pg';
import type {Database} from '../db/schema.js';
import type {ChangeNotice, EventHub} from './hub.js';

const CHANNEL = 'natter_events';

/**
 * Carries live events between instances that share one PostgreSQL database:
 * each instance NOTIFYs its changes and keeps one client LISTENing. Payloads
 * hold ids only (NOTIFY payloads must stay under 8000 bytes); receivers
 * re-read the row. An instance ignores its own notices, which it has already
 * delivered locally.
 */
export async function startPostgresRelay(
  db: Kysely<Database>,
  url: string,
  hub: EventHub,
): Promise<{close(): Promise<void>}> {
  const instance = randomUUID();
  let closed = false;
  let client: pg.Client | undefined;
  let retry: NodeJS.Timeout | undefined;

  const onNotification = (message: pg.Notification) => {
    if (message.channel !== CHANNEL || !message.payload) return;
    try {
      const {from, ...notice} = JSON.parse(message.payload) as ChangeNotice & {from: string};
      if (from === instance) return;
      hub.deliver(notice).catch((error: unknown) => {
        console.error('natter: could not deliver a live event', error);
      });
    } catch (error) {
      console.error('natter: ignoring a malformed live event', error);
    }
  };

  const connect = async (): Promise<void> => {
    const next = new pg.Client({connectionString: url});
    next.on('notification', onNotification);
    next.on('error', (error) => {
      if (closed) return;
      console.error('natter: the live-event connection failed; reconnecting', error.message);
      next.end().catch(() => {});
      scheduleReconnect();
    });
    await next.connect();
    await next.query(`LISTEN ${CHANNEL}`);
    client = next;
  };

  const scheduleReconnect = () => {
    client = undefined;
    clearTimeout(retry);
    retry = setTimeout(() => {
      if (!closed) connect().catch(() => scheduleReconnect());
    }, 1000);
    retry.unref();
  };

  await connect();
  hub.setRelay(async (notice) => {
    const payload = JSON.stringify({...notice, from: instance});
    await sql`select pg_notify(${CHANNEL}, ${payload})`.execute(db);
  });

  return {
    async close() {
      closed = true;
      clearTimeout(retry);
      await client?.end().catch(() => {});
    },
  };
}
