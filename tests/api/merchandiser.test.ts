import request from 'supertest';
import { addDays } from 'date-fns';
import { loadDemoData } from '../../src/modules/demo/load-demo';
import { http } from '../helpers/http';
import { adminSession, startApp, type TestApp } from '../helpers/strapi';
import { day } from '../helpers/workflow';

let app: TestApp;
let admin: { token: string; userId: number };

beforeAll(async () => {
  app = await startApp();
  admin = await adminSession(app);
  await loadDemoData(app.strapi);
}, 120_000);
afterAll(async () => {
  await app.stop();
});

const get = (url: string, token: string | null = admin.token) => {
  const req = request(app.strapi.server.httpServer).get(url);
  return token ? req.set('Authorization', `Bearer ${token}`) : req;
};
const send = (method: 'post' | 'put', url: string, body: object, token = admin.token) =>
  request(app.strapi.server.httpServer)[method](url).set('Authorization', `Bearer ${token}`).send(body);
const orderId = async (poNumber: string) =>
  (
    (await app.strapi.db.query('api::order.order').findOne({ where: { poNumber }, select: ['documentId'] })) as {
      documentId: string;
    }
  ).documentId;

/** An admin holding the given role (by code), logged in through the admin API. */
async function adminWithRole(code: string) {
  const role = (await app.strapi.db.query('admin::role').findOne({ where: { code } })) as { id: number };
  const email = `${code}-${Date.now()}@gendan.test`;
  await app.strapi.service('admin::user').create({
    email,
    firstname: code,
    lastname: 'User',
    password: 'Gendan-Test-2026',
    isActive: true,
    roles: [role.id],
  });
  const res = await request(app.strapi.server.httpServer)
    .post('/admin/login')
    .send({ email, password: 'Gendan-Test-2026' });
  return res.body.data.token as string;
}

describe('access to the cockpit', () => {
  it('needs an admin session (401) and the plugin permission (403)', async () => {
    expect((await get('/merchandiser/dashboard/kpis', null)).status).toBe(401);
    const editor = await adminWithRole('strapi-editor');
    expect((await get('/merchandiser/dashboard/kpis', editor)).status).toBe(403);
    expect(
      (
        await send(
          'post',
          `/merchandiser/orders/${await orderId('SKJ-2611-03')}/transitions`,
          { data: { to: 'on-hold' } },
          editor
        )
      ).status
    ).toBe(403);
  });

  it('gives department roles the dashboard, moves and sign-offs, not size breakdowns', async () => {
    const planning = await adminWithRole('gendan-dept-planning');
    expect((await get('/merchandiser/dashboard/kpis', planning)).status).toBe(200);
    const id = await orderId('BRO-77388');
    expect((await send('put', `/merchandiser/orders/${id}/lines`, { data: [] }, planning)).status).toBe(403);
  });

  it('refuses malformed filters', async () => {
    const res = await get('/merchandiser/dashboard/kpis?merchandiser=somebody');
    expect(res.status).toBe(400);
    expect((await get('/merchandiser/dashboard/kpis?from=27/11/2026')).status).toBe(400);
  });
});

describe('dashboard numbers equal the database and the content API', () => {
  it('KPIs: orders and pieces by stage, pieces in production, open exceptions, on-time rate', async () => {
    const { data } = (await get('/merchandiser/dashboard/kpis')).body;
    const orders = (await app.strapi.db
      .query('api::order.order')
      .findMany({ select: ['id', 'stage', 'totalQuantity', 'exFactoryDate'] })) as Array<{
      id: number;
      stage: string;
      totalQuantity: number;
      exFactoryDate: string;
    }>;
    for (const row of data.pipeline as Array<{ stage: string; orders: number; pieces: number }>) {
      const mine = orders.filter((o) => o.stage === row.stage);
      expect([row.stage, row.orders, row.pieces]).toEqual([
        row.stage,
        mine.length,
        mine.reduce((sum, o) => sum + o.totalQuantity, 0),
      ]);
    }
    const production = orders.filter((o) =>
      ['in-production', 'print-embroidery', 'washing', 'packing'].includes(o.stage)
    );
    expect(data.piecesInProduction).toBe(production.reduce((sum, o) => sum + o.totalQuantity, 0));
    expect(data.openExceptions).toBe(
      await app.strapi.db.query('api::production-exception.production-exception').count({ where: { status: 'open' } })
    );

    const shipped = (await app.strapi.db.query('api::order-history.order-history').findMany({
      where: { kind: 'transition', toStage: 'shipped', at: { $gte: addDays(new Date(), -90) } },
      populate: { order: { select: ['id', 'exFactoryDate'] } },
    })) as Array<{ at: string; order: { id: number; exFactoryDate: string } }>;
    const onTime = shipped.filter((h) => new Date(h.at).toISOString().slice(0, 10) <= h.order.exFactoryDate).length;
    expect(data.onTime).toMatchObject({ shipped: shipped.length, onTime, days: 90 });
    expect(data.onTime.shipped).toBeGreaterThan(0);
  });

  it('at-risk orders carry the same projection as GET /api/orders/:id/progress', async () => {
    const { data } = (await get('/merchandiser/dashboard/at-risk')).body;
    expect(data.map((o: { poNumber: string }) => o.poNumber)).toContain('SKJ-2611-03');
    for (const order of data as Array<{
      documentId: string;
      daysLate: number;
      runRate: number | null;
      projectedReady: string | null;
      sewn: number;
    }>) {
      const progress = (await http(app).get(`/api/orders/${order.documentId}/progress`)).body.data;
      // The production figures are the progress endpoint's; the date and lateness are the one combined answer.
      expect(order).toMatchObject({
        daysLate: progress.orderRisk.daysLate,
        runRate: progress.runRate,
        projectedReady: progress.orderRisk.projectedReady,
        risk: progress.orderRisk.cause,
        sewn: progress.byOperation.sewing,
      });
      if (progress.orderRisk.cause !== 'milestone-slip') {
        expect(order).toMatchObject({ daysLate: progress.daysLate, projectedReady: progress.projectedReady });
      }
    }
    const skj = data.find((o: { poNumber: string }) => o.poNumber === 'SKJ-2611-03');
    expect(skj).toMatchObject({ cause: 'too-few-workers', owner: { key: 'factory' } });
    const late = data.map((o: { daysLate: number }) => o.daysLate);
    expect(late).toEqual([...late].sort((a, b) => b - a));
  });

  it('every screen gives the same at-risk orders, with the same projected date and cause', async () => {
    const dashboard = (await get('/merchandiser/dashboard/at-risk')).body.data as Array<{
      documentId: string;
      projectedReady: string | null;
      exFactoryDate: string;
      daysLate: number;
      risk: string;
    }>;
    const answer = (o: { projectedReady: string | null; daysLate: number; risk?: string; cause?: string | null }) => ({
      projectedReady: o.projectedReady,
      daysLate: o.daysLate,
      cause: o.risk ?? o.cause,
    });
    const expected = new Map(dashboard.map((o) => [o.documentId, answer(o)]));
    expect(dashboard.map((o) => o.risk)).toEqual(expect.arrayContaining(['milestone-slip']));

    // The T&A overview: each order it shows is at risk exactly when the dashboard lists it.
    const overview = (await http(app).get('/api/time-and-action/overview?pageSize=100')).body.data as Array<{
      order: { documentId: string };
      risk: { atRisk: boolean; projectedReady: string | null; daysLate: number; cause: string | null };
    }>;
    expect(overview.length).toBeGreaterThan(0);
    for (const timeline of overview) {
      expect([timeline.order.documentId, timeline.risk.atRisk]).toEqual([
        timeline.order.documentId,
        expected.has(timeline.order.documentId),
      ]);
      if (timeline.risk.atRisk) expect(answer(timeline.risk)).toEqual(expected.get(timeline.order.documentId));
    }

    // The workflow panel and the order's T&A calendar of every listed order.
    for (const [documentId, risk] of expected) {
      const panel = (await get(`/merchandiser/orders/${documentId}/workflow`)).body.data;
      expect(answer(panel.risk)).toEqual(risk);
      const calendar = (await http(app).get(`/api/orders/${documentId}/time-and-action`)).body.data;
      expect(answer(calendar.risk)).toEqual(risk);
    }

    // The reminder run chases exactly these orders as ex-factory at risk, dated by the projection.
    const due = (await get('/merchandiser/dashboard/due')).body.data as Array<{
      kind: string;
      date: string;
      order: { documentId: string };
    }>;
    const chased = due.filter((item) => item.kind === 'ex-factory-at-risk');
    expect(chased.map((item) => item.order.documentId).sort()).toEqual([...expected.keys()].sort());
    // Dated by the projection (a stalled line without one: by the ex-factory date it threatens).
    const dateOf = new Map(dashboard.map((o) => [o.documentId, o.projectedReady ?? o.exFactoryDate]));
    for (const item of chased) expect(item.date).toBe(dateOf.get(item.order.documentId));
  });

  it('due items: milestones, purchase lines, completion reports, samples and cut-offs', async () => {
    const { data, meta } = (await get('/merchandiser/dashboard/due')).body;
    expect(meta.counts['milestone-overdue']).toBeGreaterThanOrEqual(1);
    expect(meta.counts['purchase-overdue'] + meta.counts['purchase-due']).toBeGreaterThanOrEqual(1);
    expect(meta.counts['completion-report-due']).toBeGreaterThanOrEqual(1);
    expect(meta.counts['sample-feedback']).toBeGreaterThanOrEqual(1);
    expect(meta.counts['sample-receipt']).toBeGreaterThanOrEqual(1);
    expect(meta.counts['warehouse-cutoff']).toBeGreaterThanOrEqual(1);
    for (const kind of Object.keys(meta.counts))
      expect(meta.counts[kind]).toBe(data.filter((i: { kind: string }) => i.kind === kind).length);
    // Purchase lines: exactly what the expediting list flags for the reminder settings' lead days (3).
    const chase = (await http(app).get('/api/purchase-orders/expediting?days=3')).body.meta.counts;
    expect(meta.counts['purchase-overdue']).toBe(chase.overdue);
    expect(meta.counts['purchase-due']).toBe(chase['due-soon']);
    expect(meta.counts['supplier-ships']).toBe(chase['ships-within-24h']);
  });

  it('the due list and the reminder run give the same items, and both follow cutoffWarningDays', async () => {
    const NOTIFICATION = 'api::notification.notification';
    const sameItems = async () => {
      const due = (await get('/merchandiser/dashboard/due')).body.data as Array<{
        id: string;
        kind: string;
        target: { documentId: string };
      }>;
      // A fresh inbox, so that the run's notifications are exactly what it found today.
      await app.strapi.db.query(NOTIFICATION).deleteMany({ where: {} });
      expect((await http(app).post('/api/reminders/run', {})).status).toBe(200);
      const keys = (await app.strapi.db.query(NOTIFICATION).findMany({ select: ['key'] })) as Array<{ key: string }>;
      // A notification's key is the item's id and its recipient (u7 or d:qc).
      const chased = new Set(keys.map((row) => row.key.split(':').slice(0, 3).join(':')));
      expect([...chased].sort()).toEqual(due.map((item) => item.id).sort());
      return due;
    };
    const active = (await app.strapi.db.query('api::order.order').findOne({
      where: { stage: 'in-production' },
      select: ['documentId'],
    })) as { documentId: string };
    const booking = await http(app).post('/api/bookings', {
      data: { order: active.documentId, bookedAt: day(0), cutoffDate: day(5), forwarder: 'Kerry Logistics' },
    });
    expect(booking.status).toBe(201);
    const cutoffOf = (items: Array<{ kind: string; target: { documentId: string } }>) =>
      items.filter((i) => i.kind === 'warehouse-cutoff' && i.target.documentId === booking.body.data.documentId);

    // The seed's two days ahead: a cut-off in five days is not chased yet, on either screen.
    expect(cutoffOf(await sameItems())).toHaveLength(0);
    const setting = (days: number) => http(app).put('/api/reminder-setting', { data: { cutoffWarningDays: days } });
    expect((await setting(7)).status).toBe(200);
    try {
      expect(cutoffOf(await sameItems())).toEqual([
        expect.objectContaining({ urgency: 'soon', days: 5, date: day(5) }),
      ]);
    } finally {
      await setting(2);
    }
  });

  it('output trend: 30 days, sums equal the reports', async () => {
    const { data } = (await get('/merchandiser/dashboard/output')).body;
    expect(data).toHaveLength(30);
    const since = data[0].date;
    const reports = (await app.strapi.db.query('api::production-report.production-report').findMany({
      where: { operation: 'sewing', date: { $gte: since } },
      select: ['id', 'goodQty'],
    })) as Array<{ goodQty: number }>;
    expect(data.reduce((sum: number, p: { sewing: number }) => sum + p.sewing, 0)).toBe(
      reports.reduce((sum, r) => sum + r.goodQty, 0)
    );
  });

  it('line load equals GET /api/production-lines/load', async () => {
    const { data } = (await get('/merchandiser/dashboard/line-load')).body;
    const api = (await http(app).get('/api/production-lines/load')).body.data;
    for (const row of api as Array<{ line: { documentId: string }; plannedPerDay: number; loadPct: number | null }>) {
      const mine = data.find((r: { line: { documentId: string } }) => r.line.documentId === row.line.documentId);
      expect(mine).toMatchObject({ plannedPerDay: row.plannedPerDay, loadPct: row.loadPct });
    }
  });

  it('filters by customer, merchandiser and factory', async () => {
    const customers = (await get('/merchandiser/dashboard/filters')).body.data.customers as Array<{
      documentId: string;
      code: string;
    }>;
    const sakura = customers.find((c) => c.code === 'SAKURA')!.documentId;
    const maple = customers.find((c) => c.code === 'MAPLE')!.documentId;
    const pos = async (query: string) =>
      ((await get(`/merchandiser/dashboard/at-risk?${query}`)).body.data as Array<{ poNumber: string }>).map(
        (o) => o.poNumber
      );
    expect(await pos(`customer=${sakura}`)).toContain('SKJ-2611-03');
    expect(await pos(`customer=${maple}`)).not.toContain('SKJ-2611-03');

    expect(await pos('merchandiser=me')).toEqual([]);
    // "My orders" says how many at-risk orders it leaves out: all of them, here.
    const everyone = (await get('/merchandiser/dashboard/at-risk')).body;
    expect(everyone.meta).toEqual({ otherMerchandisers: 0 });
    expect((await get('/merchandiser/dashboard/at-risk?merchandiser=me')).body.meta).toEqual({
      otherMerchandisers: everyone.data.length,
    });
    const skj = await orderId('SKJ-2611-03');
    await app.strapi
      .documents('api::order.order')
      .update({ documentId: skj, data: { merchandiser: { connect: [{ id: admin.userId }] } } as never });
    expect(await pos('merchandiser=me')).toEqual(['SKJ-2611-03']);
    expect((await get('/merchandiser/dashboard/at-risk?merchandiser=me')).body.meta).toEqual({
      otherMerchandisers: everyone.data.length - 1,
    });
    const options = (await get('/merchandiser/dashboard/filters')).body.data;
    expect(options.me).toEqual({ id: admin.userId, isMerchandiser: true });

    const sakuraKpis = (await get(`/merchandiser/dashboard/kpis?customer=${sakura}`)).body.data;
    const sakuraOrders = await app.strapi.db
      .query('api::order.order')
      .count({ where: { customer: { documentId: sakura } } });
    expect(sakuraKpis.pipeline.reduce((sum: number, s: { orders: number }) => sum + s.orders, 0)).toBe(sakuraOrders);

    const liyang = options.factories.find((f: { code: string }) => f.code === 'LIYANG-GF').documentId;
    const liyangOrders = (await get(`/merchandiser/dashboard/kpis?factory=${liyang}`)).body.data.pipeline.reduce(
      (sum: number, s: { orders: number }) => sum + s.orders,
      0
    );
    expect(liyangOrders).toBeGreaterThan(0);
    expect(liyangOrders).toBeLessThan(15);
  });
});

describe('order actions from the panel', () => {
  it('shows the workflow with the departments the user may sign for, and moves the order as that admin', async () => {
    const id = await orderId('SKJ-2611-03');
    const view = (await get(`/merchandiser/orders/${id}/workflow`)).body.data;
    expect(view.stage.key).toBe('in-production');
    expect(view.signable).toHaveLength(10);
    const forward = view.transitions.find((t: { type: string }) => t.type === 'forward');
    expect(forward).toMatchObject({ to: 'print-embroidery', allowed: true });

    const moved = await send('post', `/merchandiser/orders/${id}/transitions`, {
      data: { to: 'print-embroidery', expectedStage: 'in-production' },
    });
    expect(moved.status).toBe(200);
    const history = (await get(`/merchandiser/orders/${id}/workflow`)).body.data.history;
    expect(history.at(-1)).toMatchObject({
      kind: 'transition',
      toStage: 'print-embroidery',
      actorType: 'admin',
      actorName: 'Test Admin',
    });
    const stale = await send('post', `/merchandiser/orders/${id}/transitions`, {
      data: { to: 'washing', expectedStage: 'in-production' },
    });
    expect(stale.status).toBe(409);
  });

  it('a department admin signs only for their department', async () => {
    const id = await orderId('RWM-26-0931');
    const planning = await adminWithRole('gendan-dept-planning');
    const qc = await adminWithRole('gendan-dept-qc');
    const view = (await get(`/merchandiser/orders/${id}/workflow`, planning)).body.data;
    expect(view.signable).toEqual(['planning']);
    const refused = await send(
      'post',
      `/merchandiser/orders/${id}/signoffs`,
      { data: { stage: 'final-inspection', department: 'qc', decision: 'approved' } },
      planning
    );
    expect(refused.status).toBe(403);
    const signed = await send(
      'post',
      `/merchandiser/orders/${id}/signoffs`,
      { data: { stage: 'final-inspection', department: 'qc', decision: 'approved' } },
      qc
    );
    expect(signed.status).toBe(201);
    expect(signed.body.data).toMatchObject({ actorType: 'admin', actorName: 'gendan-dept-qc User' });
  });

  it('reads and saves the size breakdown through the lines service (a reason past received)', async () => {
    const id = await orderId('SKJ-2612-01');
    const lines = (await get(`/merchandiser/orders/${id}/lines`)).body;
    expect(lines.meta.order.sizeScale).toEqual(['2T', '3T', '4T', '5T']);
    const wanted = lines.data.map(({ colour, size, quantity }: { colour: string; size: string; quantity: number }) => ({
      colour,
      size,
      quantity: quantity + 1,
    }));
    const bare = await send('put', `/merchandiser/orders/${id}/lines`, { data: wanted });
    expect(bare.status).toBe(400);
    const ok = await send('put', `/merchandiser/orders/${id}/lines`, {
      data: wanted,
      reason: 'Buyer rounded up every size',
    });
    expect(ok.status).toBe(200);
    expect(ok.body.meta.totals.quantity).toBe(lines.meta.totals.quantity + wanted.length);
  });
});

describe('the list behind each figure (GET /merchandiser/dashboard/figure)', () => {
  const figure = async (query: string) => (await get(`/merchandiser/dashboard/figure?${query}`)).body;

  it('holds exactly what each KPI and each stage counts, with or without filters', async () => {
    const customer = (await app.strapi.db
      .query('api::customer.customer')
      .findOne({ where: { code: 'BLUERIDGE' } })) as {
      documentId: string;
    };
    for (const filter of ['', `&customer=${customer.documentId}`, '&from=2026-01-01&to=2026-12-31']) {
      const kpis = (await get(`/merchandiser/dashboard/kpis?${filter.slice(1)}`)).body.data;
      const totals = {
        onTime: (await figure(`figure=on-time${filter}`)).meta.pagination.total,
        inProduction: (await figure(`figure=on-the-lines${filter}`)).meta.pagination.total,
        exceptions: (await figure(`figure=exceptions${filter}`)).meta.pagination.total,
        active: (await figure(`figure=active${filter}`)).meta.pagination.total,
      };
      expect([filter, totals]).toEqual([
        filter,
        {
          onTime: kpis.onTime.shipped,
          inProduction: kpis.ordersInProduction,
          exceptions: kpis.openExceptions,
          active: kpis.activeOrders,
        },
      ]);
      for (const stage of kpis.pipeline as Array<{ stage: string; orders: number }>) {
        const total = (await figure(`figure=stage&stage=${stage.stage}${filter}`)).meta.pagination.total;
        expect([filter, stage.stage, total]).toEqual([filter, stage.stage, stage.orders]);
      }
    }
  });

  it('lists the shipped orders with their shipment day and whether it was on time, as the rate counts them', async () => {
    const kpis = (await get('/merchandiser/dashboard/kpis')).body.data;
    const list = await figure('figure=on-time&pageSize=100');
    expect(list.data.kind).toBe('orders');
    expect(list.data.rows.filter((row: { onTime: boolean }) => row.onTime)).toHaveLength(kpis.onTime.onTime);
    for (const row of list.data.rows) expect(row.shippedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('pages, and refuses an unknown figure or a stage figure without its stage', async () => {
    const all = await figure('figure=active&pageSize=100');
    const first = await figure('figure=active&pageSize=2&page=1');
    const second = await figure('figure=active&pageSize=2&page=2');
    expect([...first.data.rows, ...second.data.rows].map((row: { documentId: string }) => row.documentId)).toEqual(
      all.data.rows.slice(0, 4).map((row: { documentId: string }) => row.documentId)
    );
    expect((await get('/merchandiser/dashboard/figure?figure=everything')).status).toBe(400);
    expect((await get('/merchandiser/dashboard/figure?figure=stage')).status).toBe(400);
  });
});
