import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import request from 'supertest';
import { format } from 'date-fns';
import type { ReminderRunResult } from '../../src/modules/reminders/contracts';
import { REMINDER_TYPES } from '../../src/modules/reminders/domain/compose';
import { errorPaths, http } from '../helpers/http';
import { startMailSink, waitForMail, waitUntilQuiet, type MailSink } from '../helpers/mail-sink';
import { makePortalUser } from '../helpers/portal';
import { adminSession, startApp, type TestApp } from '../helpers/strapi';
import { advance, day, makeReadyOrder } from '../helpers/workflow';

const NOTIFICATION = 'api::notification.notification';
const today = format(new Date(), 'yyyy-MM-dd');

let app: TestApp;
let sink: MailSink;
let lin: { id: number; email: string; token: string };
let wang: { id: number; email: string; token: string };

/** An admin user (optionally in a department role) who reads the panel in `language`, logged in. */
async function adminUser(name: string, language: string, roleCode: string | null) {
  const role = roleCode
    ? ((await app.strapi.db.query('admin::role').findOne({ where: { code: roleCode } })) as { id: number })
    : ((await app.strapi.db.query('admin::role').findOne({ where: { code: 'strapi-editor' } })) as { id: number });
  const email = `${name.toLowerCase()}-${Date.now()}@gendan.test`;
  const user = (await app.strapi.service('admin::user').create({
    email,
    firstname: name,
    lastname: 'Test',
    password: 'Gendan-Test-2026',
    isActive: true,
    preferedLanguage: language,
    roles: [role.id],
  })) as { id: number };
  const res = await request(app.strapi.server.httpServer)
    .post('/admin/login')
    .send({ email, password: 'Gendan-Test-2026' });
  return { id: user.id, email, token: res.body.data.token as string };
}

/** An order of Lin's with its notice issued 30 days after the order date: its early milestones are overdue. */
async function lateOrder() {
  const made = await makeReadyOrder(app, { orderDate: day(-30), materialIssueDate: day(10), exFactoryDate: day(40) });
  await app.strapi.db.query('api::order.order').update({
    where: { documentId: made.order.documentId },
    data: { merchandiser: lin.id },
  });
  expect(await advance(app, made.order.documentId)).toBe('notice-issued');
  return made.order as unknown as { documentId: string; poNumber: string };
}

const rows = () =>
  app.strapi.db.query(NOTIFICATION).findMany({
    populate: { recipientUser: { select: ['id'] }, order: { select: ['poNumber'] } },
    orderBy: { id: 'asc' },
  }) as Promise<
    Array<{
      key: string;
      type: string;
      title: string;
      titleZh: string;
      recipientDepartment: string | null;
      recipientUser: { id: number } | null;
      order: { poNumber: string } | null;
      mailedAt: string | null;
      readAt: string | null;
      runDate: string;
    }>
  >;
const runViaService = () =>
  app.strapi.service('api::notification.reminders').run({ now: new Date() }) as Promise<ReminderRunResult>;
const adminGet = (url: string, token: string) =>
  request(app.strapi.server.httpServer).get(url).set('Authorization', `Bearer ${token}`);
const adminPost = (url: string, token: string, body: object) =>
  request(app.strapi.server.httpServer).post(url).set('Authorization', `Bearer ${token}`).send(body);

beforeAll(async () => {
  sink = await startMailSink();
  Object.assign(process.env, {
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(sink.port),
    SMTP_IGNORE_TLS: 'true',
    EMAIL_FROM: 'Gendan <reminders@gendan.test>',
  });
  app = await startApp();
  lin = await adminUser('Lin', 'en', null);
  wang = await adminUser('Wang', 'zh-Hans', 'gendan-dept-technical');
}, 120_000);
afterAll(async () => {
  await app.stop();
  await sink.close();
  for (const key of ['SMTP_HOST', 'SMTP_PORT', 'SMTP_IGNORE_TLS', 'EMAIL_FROM']) delete process.env[key];
});

describe('the daily reminder run', () => {
  let first: ReminderRunResult;

  it('is a named cron job, off in tests', () => {
    const tasks = app.strapi.config.get('server.cron.tasks') as Record<string, { options: { rule: string } }>;
    expect(tasks.gendanDailyReminders.options.rule).toBe('0 30 7 * * *');
    expect(app.strapi.config.get('server.cron.enabled')).toBe(false);
  });

  it('stores what needs chasing and mails each recipient one digest in their language', async () => {
    const order = await lateOrder();
    const res = await http(app).post('/api/reminders/run', {});
    expect(res.status).toBe(200);
    first = res.body.data;
    expect(first).toMatchObject({ runDate: today, existing: 0, mail: { status: 'sent', digests: 2, failed: [] } });
    expect(first.created).toBe(first.found);
    expect(first.byType['milestone-overdue']).toBeGreaterThanOrEqual(3);
    expect(first.mail.recipients.sort()).toEqual([lin.email, wang.email].sort());

    const stored = await rows();
    expect(stored).toHaveLength(first.created);
    expect(new Set(stored.map((row) => row.key)).size).toBe(stored.length);
    expect(stored.every((row) => row.runDate === today && !row.readAt)).toBe(true);
    // Mailed: what reached someone; the trade department has no member here, so its items wait unmailed.
    const reachable = (row: (typeof stored)[number]) =>
      row.recipientUser?.id === lin.id || row.recipientDepartment === 'technical';
    expect(stored.filter((row) => !!row.mailedAt)).toEqual(stored.filter(reachable));
    const labDip = stored.find((row) => row.recipientUser && row.title.includes('Lab dip'));
    expect(labDip).toMatchObject({
      type: 'milestone-overdue',
      recipientUser: { id: lin.id },
      order: { poNumber: order.poNumber },
      title: `${order.poNumber} · Lab dip approved is overdue (planned ${day(-16)})`,
      titleZh: `${order.poNumber} · 色样确认已逾期（计划 ${day(-16)}）`,
    });
    const fit = stored.filter((row) => row.type === 'milestone-overdue' && row.recipientDepartment === 'technical');
    expect(fit.length).toBeGreaterThanOrEqual(1);

    await waitForMail(sink, 2);
    expect(sink.recipients().sort()).toEqual([lin.email, wang.email].sort());
    const english = sink.messages.find((mail) => mail.subject?.startsWith('[Gendan]'))!;
    const chinese = sink.messages.find((mail) => mail.subject?.startsWith('【跟单提醒】'))!;
    expect(english.subject).toBe(`[Gendan] ${today}: ${stored.filter((r) => r.recipientUser).length} items to chase`);
    expect(english.text).toContain('Hello Lin Test,');
    expect(english.text).toContain('Overdue milestones');
    expect(english.text).toContain(`${order.poNumber} · Lab dip`);
    expect(english.html).toContain('/admin/content-manager/collection-types/api::order.order/');
    expect(chinese.subject).toBe(
      `【跟单提醒】${today}：${fit.length + stored.filter((r) => r.recipientDepartment === 'technical' && r.type !== 'milestone-overdue').length} 项待跟进`
    );
    expect(chinese.text).toContain('Wang Test您好，');
    expect(chinese.text).toContain('逾期节点');
    expect(chinese.text).toContain(fit[0].titleZh);
    expect(chinese.text).not.toContain('Lab dip');
    expect((chinese.from as { value: Array<{ address: string }> }).value[0].address).toBe('reminders@gendan.test');
  });

  it('creates and mails nothing twice when run again', async () => {
    const again = (await http(app).post('/api/reminders/run', {})).body.data as ReminderRunResult;
    expect(again).toMatchObject({ created: 0, existing: first.found, found: first.found });
    expect(again.mail.status).toBe('nothing-to-send');
    expect(await app.strapi.db.query(NOTIFICATION).count()).toBe(first.created);
    await waitUntilQuiet(sink);
    expect(sink.messages).toHaveLength(2);
  });

  it('two runs at once create and mail each reminder once', async () => {
    await lateOrder();
    const before = await app.strapi.db.query(NOTIFICATION).count();
    const [a, b] = await Promise.all([runViaService(), runViaService()]);
    const after = await rows();
    expect(a.created + b.created).toBe(after.length - before);
    expect(a.created * b.created).toBe(0);
    expect(new Set(after.map((row) => row.key)).size).toBe(after.length);
    await waitForMail(sink, 4);
    await waitUntilQuiet(sink);
    expect(sink.messages).toHaveLength(4);
    expect(a.mail.digests + b.mail.digests).toBe(2);
  });

  it('without SMTP, stores the notifications and logs the e-mail step instead of failing', async () => {
    const provider = app.strapi.config.get('plugin::email.provider');
    app.strapi.config.set('plugin::email.provider', 'sendmail');
    try {
      await lateOrder();
      const before = (await rows()).map((row) => row.key);
      const result = await runViaService();
      expect(result.created).toBeGreaterThan(0);
      expect(result.mail).toEqual({ status: 'not-configured', digests: 0, recipients: [], failed: [] });
      const fresh = (await rows()).filter((row) => !before.includes(row.key));
      expect(fresh).toHaveLength(result.created);
      expect(fresh.every((row) => !row.mailedAt)).toBe(true);
      expect(sink.messages).toHaveLength(4);
    } finally {
      app.strapi.config.set('plugin::email.provider', provider);
    }
  });

  it('refuses a malformed run request naming the field, and strangers', async () => {
    const bad = await http(app).post('/api/reminders/run', { date: '27/11/2026' });
    expect(bad.status).toBe(400);
    expect(errorPaths(bad.body)).toContain('date');
    expect((await http(app).post('/api/reminders/run', { force: true })).status).toBe(400);
    expect((await http(app, null).post('/api/reminders/run', {})).status).toBe(403);
    const portal = await makePortalUser(app, 'customer', null, 'reminder-stranger');
    expect((await http(app, portal).post('/api/reminders/run', {})).status).toBe(403);
    expect(await app.strapi.db.query(NOTIFICATION).count()).toBe((await rows()).length);
  });

  it('knows every reminder type the notification schema stores', () => {
    const attribute = app.strapi.contentType(NOTIFICATION).attributes.type as { enum: string[] };
    expect([...attribute.enum].sort()).toEqual([...REMINDER_TYPES].sort());
  });
});

describe('the notification inbox in the admin panel', () => {
  it('lists a user’s own and their departments’ notifications, with the unread count', async () => {
    const stored = await rows();
    const linRows = stored.filter((row) => row.recipientUser?.id === lin.id);
    const wangRows = stored.filter((row) => row.recipientDepartment === 'technical');

    const mine = await adminGet('/merchandiser/notifications?pageSize=100', lin.token);
    expect(mine.status).toBe(200);
    expect(mine.body.meta).toMatchObject({ unread: linRows.length, pagination: { total: linRows.length } });
    expect(mine.body.data.every((n: { recipient: { user: number } }) => n.recipient.user === lin.id)).toBe(true);

    const theirs = await adminGet('/merchandiser/notifications/unread', wang.token);
    expect(theirs.body.data.unread).toBe(wangRows.length);
  });

  it('lets a super admin read everyone’s notifications, or only their own', async () => {
    const boss = await adminSession(app);
    const all = await adminGet('/merchandiser/notifications?pageSize=1', boss.token);
    expect(all.body.meta.pagination.total).toBe(await app.strapi.db.query(NOTIFICATION).count());
    const own = await adminGet('/merchandiser/notifications?scope=mine', boss.token);
    expect(own.body.meta.pagination.total).toBe(0);
    expect((await adminGet('/merchandiser/notifications?scope=team', boss.token)).status).toBe(400);
    expect((await adminGet('/merchandiser/notifications', '')).status).toBe(401);
  });

  it('marks read only the reader’s own notifications', async () => {
    const mine = (await adminGet('/merchandiser/notifications?pageSize=5', lin.token)).body;
    const target = mine.data[0].documentId as string;
    const stranger = await adminPost('/merchandiser/notifications/read', wang.token, { documentIds: [target] });
    expect(stranger.body.data.updated).toBe(0);
    const read = await adminPost('/merchandiser/notifications/read', lin.token, { documentIds: [target] });
    expect(read.body.data).toEqual({ updated: 1, unread: mine.meta.unread - 1 });
    const row = (await app.strapi.db.query(NOTIFICATION).findOne({ where: { documentId: target } })) as {
      readAt: string | null;
    };
    expect(row.readAt).not.toBeNull();
    expect((await adminGet('/merchandiser/notifications?unread=true', lin.token)).body.meta.pagination.total).toBe(
      mine.meta.unread - 1
    );
    const all = await adminPost('/merchandiser/notifications/read', lin.token, { all: true });
    expect(all.body.data).toEqual({ updated: mine.meta.unread - 1, unread: 0 });
    expect((await adminPost('/merchandiser/notifications/read', lin.token, {})).status).toBe(400);
  });

  it('lets an administrator change only the read flag of a notification', async () => {
    const row = (await app.strapi.db.query(NOTIFICATION).findOne({ where: {} })) as { documentId: string };
    await expect(
      app.strapi.documents(NOTIFICATION).update({ documentId: row.documentId, data: { title: 'edited' } as never })
    ).rejects.toThrow(/set by the reminder run/);
  });
});

const onPostgres = process.env.DATABASE_CLIENT === 'postgres';
(onPostgres ? describe : describe.skip)('two app instances on one PostgreSQL database', () => {
  let child: ChildProcess;
  const next = (type: string) =>
    new Promise<{ type: string; result?: ReminderRunResult; error?: string }>((resolve, reject) => {
      const listener = (message: { type: string; result?: ReminderRunResult; error?: string }) => {
        if (message.type === 'error') reject(new Error(message.error));
        if (message.type === type) {
          child.off('message', listener);
          resolve(message);
        }
      };
      child.on('message', listener);
    });

  beforeAll(async () => {
    child = fork(path.join(__dirname, '..', 'helpers', 'second-instance.js'), [], {
      env: { ...process.env },
      stdio: 'inherit',
    });
    await next('ready');
  }, 120_000);
  afterAll(async () => {
    child.send({ type: 'stop' });
    await new Promise((resolve) => child.once('exit', resolve));
  });

  it('create and mail each reminder once when both run the job at the same moment', async () => {
    await lateOrder();
    const mailsBefore = sink.messages.length;
    const before = await app.strapi.db.query(NOTIFICATION).count();
    const remote = next('result');
    child.send({ type: 'run', now: new Date().toISOString() });
    const [local, other] = await Promise.all([runViaService(), remote.then((message) => message.result!)]);
    const after = await rows();
    expect(local.created + other.created).toBe(after.length - before);
    expect(after.length - before).toBeGreaterThan(0);
    expect(new Set(after.map((row) => row.key)).size).toBe(after.length);
    expect(local.mail.digests + other.mail.digests).toBe(2);
    await waitForMail(sink, mailsBefore + 2);
    await waitUntilQuiet(sink);
    expect(sink.messages).toHaveLength(mailsBefore + 2);
    const reachable = after.filter(
      (row) => row.recipientUser?.id === lin.id || row.recipientDepartment === 'technical'
    );
    expect(reachable.filter((row) => !row.mailedAt)).toEqual([]);
  }, 60_000);
});
