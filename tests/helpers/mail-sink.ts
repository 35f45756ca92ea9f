import { simpleParser, type ParsedMail } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface MailSink {
  port: number;
  messages: ParsedMail[];
  /** Recipients of the messages received so far, one entry per message. */
  recipients(): string[];
  /** No SMTP session open and no message being parsed: nothing is on its way. */
  quiet(): boolean;
  close(): Promise<void>;
}

/** A local SMTP server that keeps what it receives, parsed: the tests read the real e-mails. */
export async function startMailSink(): Promise<MailSink> {
  const messages: ParsedMail[] = [];
  let sessions = 0;
  let parsing = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onConnect(_session, callback) {
      sessions += 1;
      callback();
    },
    onClose() {
      sessions -= 1;
    },
    onData(stream, _session, callback) {
      parsing += 1;
      simpleParser(stream)
        .then((mail) => {
          messages.push(mail);
          callback();
        })
        .catch(callback)
        .finally(() => {
          parsing -= 1;
        });
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
    quiet: () => sessions === 0 && parsing === 0,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Waits until the sink holds `count` messages (delivery is asynchronous to the SMTP reply). */
export async function waitForMail(sink: MailSink, count: number, timeoutMs = 5000): Promise<void> {
  for (let waited = 0; sink.messages.length < count && waited < timeoutMs; waited += 50) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Waits until the sink is quiet — every SMTP session closed, every message
 * parsed — so that "no more mail" is checked when nothing can still arrive,
 * not after a guessed delay.
 */
export async function waitUntilQuiet(sink: MailSink, timeoutMs = 5000): Promise<void> {
  for (let waited = 0; !sink.quiet() && waited < timeoutMs; waited += 10) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  if (!sink.quiet()) throw new Error(`the mail sink still had an open session after ${timeoutMs} ms`);
}
