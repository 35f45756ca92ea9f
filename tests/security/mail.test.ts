import type { Knex } from 'knex';
import { startMailSink, waitForMail, type MailSink } from '../helpers/mail-sink';
import { as, call } from './helpers/client';
import { connect } from './helpers/db';
import { makeOrder, makePortalUser } from './helpers/fixtures';
import { startProductionServer, type ProductionServer } from './helpers/production';
import { actors, prepareWorld, world } from './helpers/world';

/**
 * Finding 5: without SMTP, forgot-password answered 500 for a known address
 * and 200 for an unknown one (user enumeration), and Strapi's sendmail
 * provider tried to deliver directly. Now: no SMTP → a clear 400, the same
 * for every address, nothing written, nothing sent; with SMTP → the same 200
 * for every address, and no token left behind when the mail fails.
 */
const forgot = (base: string, email: string) => call(base, 'POST', '/api/auth/forgot-password', { email });
const tokenOf = async (db: Knex, email: string) =>
  ((await db('up_users').where({ email }).first()) as { reset_password_token: string | null }).reset_password_token;

describe('without SMTP (the shared server)', () => {
  const w = world();
  const who = actors(w);
  let db: Knex;
  beforeAll(() => {
    db = connect(w.database);
  });
  afterAll(async () => {
    await db.destroy();
  });

  it('says password reset is unavailable, identically for a known and an unknown address, and writes no token', async () => {
    const { customer } = await makeOrder(who.api);
    const account = await makePortalUser(who.superAdmin, 'customer', customer.documentId);
    const known = await forgot(w.base, account.email);
    const unknown = await forgot(w.base, 'nobody@portal.test');
    expect(known.status).toBe(400);
    expect(known.text).toBe(unknown.text);
    expect(known.body.error.message).toMatch(/not available.*no e-mail/);
    expect(await tokenOf(db, account.email)).toBeNull();

    const confirmKnown = await call(w.base, 'POST', '/api/auth/send-email-confirmation', { email: account.email });
    const confirmUnknown = await call(w.base, 'POST', '/api/auth/send-email-confirmation', {
      email: 'nobody@portal.test',
    });
    expect([confirmKnown.status, confirmUnknown.status]).toEqual([400, 400]);
    expect(confirmKnown.text).toBe(confirmUnknown.text);
  });

  it('gives the same answer for a malformed address (nothing to enumerate there either)', async () => {
    const res = await forgot(w.base, 'not an address');
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(/not available/);
  });
});

describe('with SMTP', () => {
  let sink: MailSink;
  let server: ProductionServer;
  let db: Knex;
  let account: { email: string; password: string };

  beforeAll(async () => {
    sink = await startMailSink();
    server = await startProductionServer('mail', {
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(sink.port),
      EMAIL_FROM: 'gendan@factory.test',
    });
    const w = await prepareWorld(server.base, server.database);
    const { customer } = await makeOrder(as(server.base, w.fullAccessToken));
    account = await makePortalUser(as(server.base, w.superAdmin.token), 'customer', customer.documentId);
    db = connect(server.database);
  }, 180_000);
  afterAll(async () => {
    await db?.destroy();
    await server?.stop();
    await sink?.close().catch(() => undefined);
  });

  it('answers a known and an unknown address alike, and mails only the known one', async () => {
    const known = await forgot(server.base, account.email);
    const unknown = await forgot(server.base, 'nobody@portal.test');
    expect([known.status, known.text]).toEqual([200, unknown.text]);
    expect(known.body).toEqual({ ok: true });
    await waitForMail(sink, 1);
    expect(sink.recipients()).toEqual([account.email]);
    expect(await tokenOf(db, account.email)).toEqual(expect.any(String));
  });

  it('answers alike when the mail server is down, and leaves no reset token behind', async () => {
    await sink.close();
    const known = await forgot(server.base, account.email);
    const unknown = await forgot(server.base, 'nobody@portal.test');
    expect([known.status, known.text]).toEqual([200, unknown.text]);
    expect(await tokenOf(db, account.email)).toBeNull();
  });
});
