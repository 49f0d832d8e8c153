import type {AddressInfo} from 'node:net';
import {simpleParser, type ParsedMail} from 'mailparser';
import {SMTPServer} from 'smtp-server';

/**
 * A real SMTP server on 127.0.0.1 that keeps what it receives: plain text
 * without STARTTLS, or with a certificate, offering STARTTLS or (implicit)
 * speaking TLS from the start. `refuse(n)` makes it answer 451 to the next n messages.
 */
export async function startSmtpServer(tls?: {key: string; cert: string; implicit: boolean}) {
  const received: ParsedMail[] = [];
  /** Whether each received mail came over TLS. */
  const overTls: boolean[] = [];
  let refusals = 0;
  let refused = 0;
  const server = new SMTPServer({
    authOptional: true,
    ...(tls
      ? {key: tls.key, cert: tls.cert, secure: tls.implicit}
      : {disabledCommands: ['STARTTLS']}),
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (refusals > 0) {
          refusals--;
          refused++;
          const error = Object.assign(new Error('Try again later'), {responseCode: 451});
          return callback(error);
        }
        simpleParser(Buffer.concat(chunks)).then(
          (mail) => {
            received.push(mail);
            overTls.push(session.secure);
            callback();
          },
          (error: Error) => callback(error),
        );
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.server.address() as AddressInfo;
  return {
    url: `${tls?.implicit ? 'smtps' : 'smtp'}://127.0.0.1:${port}`,
    received,
    overTls,
    refused: () => refused,
    refuse(count: number) {
      refusals = count;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type SmtpServer = Awaited<ReturnType<typeof startSmtpServer>>;

/** The first link in a mail's text that goes to `/notify/<action>/`. */
export function linkIn(mail: ParsedMail, action: string): string {
  const match = new RegExp(`https?://\\S+/notify/${action}/\\S+`).exec(mail.text ?? '');
  if (!match) throw new Error(`no ${action} link in: ${mail.text}`);
  return match[0];
}
