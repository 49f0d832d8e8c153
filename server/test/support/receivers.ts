import http from 'node:http';
import type {AddressInfo} from 'node:net';
import type {Kysely} from 'kysely';
import type {Database, OutboxTable} from '../../src/db/schema.js';

/** Polls `check` until it returns something truthy; fails after `ms` with `what`. */
export async function waitFor<T>(
  what: string,
  check: () => T | Promise<T>,
  ms = 30_000,
): Promise<NonNullable<T>> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface WebhookCall {
  headers: http.IncomingHttpHeaders;
  body: string;
  status: number;
}

/** A webhook receiver on 127.0.0.1 that answers 500 to its first `failures` calls. */
export async function startWebhookReceiver(failures = 0) {
  const calls: WebhookCall[] = [];
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const status = calls.length < failures ? 500 : 204;
      calls.push({headers: request.headers, body: Buffer.concat(chunks).toString('utf8'), status});
      response.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address() as AddressInfo;
  return {
    port,
    url: `http://127.0.0.1:${port}/hook`,
    calls,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function outboxRows(db: Kysely<Database>): Promise<OutboxTable[]> {
  return db.selectFrom('natter_outbox').selectAll().orderBy('created_at').execute();
}

/** Outbox tuning for tests: quick polls and retries. */
export const QUICK_OUTBOX = {pollMs: 100, retryBaseMs: 100, retryMaxMs: 400};
