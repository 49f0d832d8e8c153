import {createHmac} from 'node:crypto';
import http from 'node:http';
import https from 'node:https';
import type {CommentRow} from '../db/schema.js';
import type {OutboxEntry} from './outbox.js';
import {checkLiteralHost, publicOnlyLookup} from './address-guard.js';
import type {Sender} from './worker.js';

export type WebhookEvent = 'comment.created' | 'comment.approved' | 'comment.deleted';

export interface WebhookPayload {
  url: string;
  event: WebhookEvent;
  /** The JSON text sent, fixed when the entry is written. */
  body: string;
}

const TIMEOUT_MS = 10_000;

/** One outbox entry per receiving URL, so each is retried on its own. */
export function webhookEntries(
  urls: readonly string[],
  event: WebhookEvent,
  row: CommentRow,
): OutboxEntry[] {
  const body = JSON.stringify({
    event,
    occurredAt: new Date().toISOString(),
    comment: {
      id: row.id,
      thread: row.thread,
      parentId: row.parent_id,
      author: {name: row.author_name, ...(row.author_url ? {url: row.author_url} : {})},
      body: row.body,
      status: row.status,
      createdAt: row.created_at,
    },
  });
  return urls.map((url) => ({kind: 'webhook', payload: {url, event, body} as WebhookPayload}));
}

/** `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`, as docs/notifications.md explains. */
export function signWebhook(secret: string, body: string, seconds: number): string {
  const mac = createHmac('sha256', secret).update(`${seconds}.${body}`).digest('hex');
  return `t=${seconds},v1=${mac}`;
}

export function webhookSender(secret: string, allowPrivate: boolean): Sender {
  return async (payload, entry) => {
    const {url, event, body} = payload as WebhookPayload;
    const target = new URL(url);
    if (!allowPrivate) checkLiteralHost(target);
    const status = await post(target, body, allowPrivate, {
      'Content-Type': 'application/json',
      'User-Agent': 'natter-server',
      'Natter-Event': event,
      'Natter-Delivery': entry.id,
      'Natter-Signature': signWebhook(secret, body, Math.floor(Date.now() / 1000)),
    });
    if (status < 200 || status >= 300) throw new Error(`${target.origin} answered ${status}`);
  };
}

function post(
  url: URL,
  body: string,
  allowPrivate: boolean,
  headers: Record<string, string>,
): Promise<number> {
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const request = client.request(
      url,
      {
        method: 'POST',
        headers: {...headers, 'Content-Length': String(Buffer.byteLength(body))},
        signal: AbortSignal.timeout(TIMEOUT_MS),
        ...(allowPrivate ? {} : {lookup: publicOnlyLookup}),
      },
      (response) => {
        // The answer's body is not needed; reading it frees the socket.
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}
