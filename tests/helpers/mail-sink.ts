import { simpleParser, type ParsedMail } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface MailSink {
  port: number;
  messages: ParsedMail[];
  /** Recipients of the messages received so far, one entry per message. */
  recipients(): string[];
  close(): Promise<void>;
}

/** A local SMTP server that keeps what it receives, parsed: the tests read the real e-mails. */
export async function startMailSink(): Promise<MailSink> {
  const messages: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          messages.push(mail);
          callback();
        })
        .catch(callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    messages,
    recipients: () =>
      messages.map((mail) => {
        const to = Array.isArray(mail.to) ? mail.to[0] : mail.to;
        return to?.value[0]?.address ?? '';
      }),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Waits until the sink holds `count` messages (delivery is asynchronous to the SMTP reply). */
export async function waitForMail(sink: MailSink, count: number, timeoutMs = 5000): Promise<void> {
  for (let waited = 0; sink.messages.length < count && waited < timeoutMs; waited += 50) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
