import type {AddressInfo} from 'node:net';
import {simpleParser, type ParsedMail} from 'mailparser';
import {SMTPServer} from 'smtp-server';

/**
 * A real SMTP server on 127.0.0.1 (plain text, no STARTTLS) that keeps what
 * it receives. `refuse(n)` makes it answer 451 to the next n messages.
 */
export async function startSmtpServer() {
  const received: ParsedMail[] = [];
  let refusals = 0;
  let refused = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
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
    url: `smtp://127.0.0.1:${port}`,
    received,
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
