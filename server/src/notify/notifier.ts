import type {Kysely} from 'kysely';
import type {CommentRow, Database, StoredStatus} from '../db/schema.js';
import type {Identity} from '../domain/identity.js';
import type {ResolvedOptions} from '../options.js';
import {OWNER_LINK_DAYS, ownerLinkExpiry, signedLink} from './links.js';
import {ownerMail, replyMail} from './messages.js';
import {enqueue, type OutboxEntry} from './outbox.js';
import {webhookEntries} from './webhooks.js';
import type {OutboxWorker} from './worker.js';

/**
 * Decides which mails and webhook calls a change causes, and writes them to
 * the outbox inside the caller's transaction, so they exist exactly when
 * the change does.
 */
export class Notifier {
  constructor(
    private readonly options: ResolvedOptions,
    private readonly identity: Identity,
    private readonly worker: OutboxWorker | null,
  ) {}

  /** Whether this server sends mail, so the widget may offer reply notifications. */
  get sendsMail(): boolean {
    return Boolean(this.options.smtp && this.options.mailFrom);
  }

  /** A new comment was stored; `base` is the server's address for links. */
  async created(trx: Kysely<Database>, row: CommentRow, base: string): Promise<void> {
    const entries: OutboxEntry[] = [...this.webhooks('comment.created', row)];
    const owner = this.options.notifyEmail;
    if (this.sendsMail && owner && (row.status === 'pending' || this.options.notifyAll)) {
      entries.push({
        kind: 'mail',
        dedupeKey: `owner:${row.id}`,
        payload: ownerMail(owner, row, this.ownerLinks(row, base), OWNER_LINK_DAYS),
      });
    }
    entries.push(...(await this.replyMails(trx, row, base)));
    await this.write(trx, entries);
  }

  /** The owner moved a comment from `before` to its row's status. */
  async changed(
    trx: Kysely<Database>,
    before: StoredStatus,
    row: CommentRow,
    base: string,
  ): Promise<void> {
    const entries: OutboxEntry[] = [];
    if (row.status === 'published' && before !== 'published') {
      entries.push(...this.webhooks('comment.approved', row));
      entries.push(...(await this.replyMails(trx, row, base)));
    }
    if (row.status === 'deleted') entries.push(...this.webhooks('comment.deleted', row));
    await this.write(trx, entries);
  }

  /** After the transaction committed: send without waiting for the next poll. */
  nudge(): void {
    this.worker?.nudge();
  }

  private ownerLinks(row: CommentRow, base: string) {
    const expires = ownerLinkExpiry();
    const link = (action: 'approve' | 'delete') =>
      signedLink(this.identity, base, action, row.id, expires);
    return {
      approve: row.status === 'pending' ? link('approve') : undefined,
      delete: link('delete'),
      console: `${base}/admin`,
    };
  }

  /**
   * A published reply tells its parent's author, when they asked, once per
   * reply: not for their own replies, not when blocked or unsubscribed.
   */
  private async replyMails(
    trx: Kysely<Database>,
    row: CommentRow,
    base: string,
  ): Promise<OutboxEntry[]> {
    if (!this.sendsMail || row.status !== 'published' || !row.parent_id) return [];
    const parent = await trx
      .selectFrom('comments')
      .selectAll()
      .where('id', '=', row.parent_id)
      .executeTakeFirst();
    if (!parent || !parent.notify_replies || parent.status !== 'published') return [];
    const emailKey = parent.email_key;
    if (!parent.author_email || !emailKey) return [];
    if (parent.author_key === row.author_key || emailKey === row.email_key) return [];
    const blocked = await trx
      .selectFrom('natter_blocks')
      .select('id')
      .where((eb) =>
        eb.or([eb('email_key', '=', emailKey), eb('author_key', '=', parent.author_key)]),
      )
      .executeTakeFirst();
    const unsubscribed = await trx
      .selectFrom('natter_unsubscribes')
      .select('email_key')
      .where('email_key', '=', emailKey)
      .executeTakeFirst();
    if (blocked || unsubscribed) return [];
    const unsubscribe = signedLink(this.identity, base, 'unsubscribe', emailKey);
    return [
      {
        kind: 'mail',
        dedupeKey: `reply:${row.id}:${emailKey}`,
        payload: replyMail(parent, row, unsubscribe),
      },
    ];
  }

  private webhooks(event: Parameters<typeof webhookEntries>[1], row: CommentRow) {
    return this.options.webhooks.length ? webhookEntries(this.options.webhooks, event, row) : [];
  }

  private async write(trx: Kysely<Database>, entries: OutboxEntry[]): Promise<void> {
    if (entries.length) await enqueue(trx, entries);
  }
}
