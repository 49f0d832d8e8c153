import type {Kysely} from 'kysely';
import {createTransport} from 'nodemailer';
import type {Database} from '../db/schema.js';
import {PermanentFailure, type Sender} from './worker.js';

/** A mail as the outbox keeps it: composed when the comment was written. */
export interface MailPayload {
  to: string;
  subject: string;
  text: string;
  html: string;
  headers?: Record<string, string>;
  /** For mail to commenters: checked against unsubscribes right before sending. */
  emailKey?: string;
}

/**
 * Sends outbox mails through the SMTP server of `--smtp`. `smtp://` upgrades
 * with STARTTLS when the server offers it; `smtps://` speaks TLS from the start.
 * The Message-ID comes from the outbox entry, so a mail sent again after a
 * crash carries the same one and mail programs can tell it is a repeat.
 */
export function mailSender(smtp: string, from: string, db: Kysely<Database>): Sender {
  const transport = createTransport({
    url: smtp,
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 60_000,
  });
  const domain = /@([^>\s]+)>?\s*$/.exec(from)?.[1] ?? 'natter.invalid';
  return async (payload, entry) => {
    const mail = payload as MailPayload;
    if (mail.emailKey) {
      const opted = await db
        .selectFrom('natter_unsubscribes')
        .select('email_key')
        .where('email_key', '=', mail.emailKey)
        .executeTakeFirst();
      // Unsubscribed since the mail was queued: dropping it counts as done.
      if (opted) return;
    }
    try {
      await transport.sendMail({
        from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        headers: mail.headers,
        messageId: `<${entry.id}@${domain}>`,
      });
    } catch (error) {
      const code = (error as {responseCode?: number}).responseCode;
      // 5xx is the server's final word on this mail; 4xx and network trouble may pass.
      if (code !== undefined && code >= 500) throw new PermanentFailure((error as Error).message);
      throw error;
    }
  };
}
