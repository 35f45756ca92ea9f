import path from 'node:path';
import request from 'supertest';
import { addDays, format, parseISO } from 'date-fns';
import { errorPaths, errorRules, http } from '../helpers/http';
import { makeBomLine, makeMaterial, makeSupplier } from '../helpers/materials';
import { makeLine, report } from '../helpers/production';
import { startApp, type TestApp } from '../helpers/strapi';
import { advance, day, makeReadyOrder } from '../helpers/workflow';

let app: TestApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app.stop();
});

type Milestone = {
  documentId: string;
  key: string;
  status: string;
  plannedDate: string;
  projectedDate: string;
  actualDate: string | null;
  actualSource: string | null;
};
const timeline = async (orderId: string) => {
  const res = await http(app).get(`/api/orders/${orderId}/time-and-action`);
  expect(res.status).toBe(200);
  return res.body.data as {
    milestones: Milestone[];
    projectedExFactory: string;
    plannedExFactory: string;
    late: boolean;
    template: string;
    counts: Record<string, number>;
  };
};
const byKey = (milestones: Milestone[]) => Object.fromEntries(milestones.map((m) => [m.key, m]));
const rows = (orderId: string) =>
  app.strapi.db.query('api::order-milestone.order-milestone').findMany({
    where: { order: { documentId: orderId } },
    orderBy: { position: 'asc' },
  }) as Promise<Array<Milestone & { id: number }>>;

/** An order whose notice is issued: its T&A is planned. */
async function noticeIssued(data: Record<string, unknown> = {}) {
  const made = await makeReadyOrder(app, {
    orderDate: day(-30),
    materialIssueDate: day(10),
    exFactoryDate: day(40),
    ...data,
  });
  expect(await rows(made.order.documentId)).toEqual([]);
  expect(await advance(app, made.order.documentId)).toBe('notice-issued');
  return made;
}

async function approvedSample(styleId: string, orderId: string, type: string) {
  const created = await http(app).post('/api/samples', {
    data: { style: styleId, order: orderId, type, requestedAt: day(-20), dueAt: day(-5), itemNo: `${type}-1` },
  });
  expect(created.status).toBe(201);
  const id = created.body.data.documentId;
  const step = (to: string, extra: Record<string, unknown> = {}) =>
    http(app).post(`/api/samples/${id}/status`, { data: { to, date: day(-4), ...extra } });
  for (const to of ['materials-ready', 'in-making', 'checked']) expect((await step(to)).status).toBe(200);
  const upload = await request(app.strapi.server.httpServer)
    .post('/api/upload')
    .set('Authorization', `Bearer ${app.token}`)
    .attach('files', path.join(__dirname, '..', '..', 'favicon.png'));
  await http(app).put(`/api/samples/${id}`, {
    data: {
      photos: [upload.body[0].id],
      retainedLocation: 'Cabinet 1',
      courier: 'SF',
      trackingNumber: 'SF1',
      freightTerms: 'prepaid',
      charged: true,
      chargeAmount: 25,
    },
  });
  for (const to of ['photographed', 'sent']) expect((await step(to)).status).toBe(200);
  const judged = await http(app).post(`/api/samples/${id}/feedback`, { data: { decision: 'approved' } });
  expect(judged.status).toBe(200);
  return id;
}

describe('T&A templates and the factory calendar', () => {
  it('a default template with the trade’s milestones exists from the first start', async () => {
    const res = await http(app).get('/api/ta-templates?populate=milestones');
    expect(res.status).toBe(200);
    expect(res.body.data).toHaveLength(1);
    expect(res.body.data[0]).toMatchObject({ isDefault: true, lineOutputPerDay: 600 });
    expect(res.body.data[0].milestones.map((m: { key: string }) => m.key)).toEqual(
      expect.arrayContaining([
        'lab-dip-approved',
        'fabric-in-house',
        'pp-meeting',
        'cutting-start',
        'final-inspection',
        'ex-factory',
      ])
    );
  });

  it('refuses a template whose anchors go round in a circle, naming the milestone, and stores nothing', async () => {
    const milestone = {
      name: 'A',
      nameZh: '甲',
      anchor: 'milestone',
      offsetDays: -1,
      dayKind: 'working',
      completedBy: 'manual',
    };
    const res = await http(app).post('/api/ta-templates', {
      data: {
        name: 'Circular',
        milestones: [
          { ...milestone, key: 'a', anchorMilestone: 'b' },
          { ...milestone, key: 'b', anchorMilestone: 'a' },
        ],
      },
    });
    expect(res.status).toBe(400);
    expect(errorRules(res.body)).toEqual(['anchor-cycle', 'anchor-cycle']);
    expect(errorPaths(res.body)).toEqual(['milestones.0.anchorMilestone', 'milestones.1.anchorMilestone']);
    expect(await app.strapi.db.query('api::ta-template.ta-template').count()).toBe(1);
    const unknown = await http(app).post('/api/ta-templates', {
      data: {
        name: 'Bad',
        milestones: [
          {
            ...milestone,
            key: 'x',
            anchor: 'ex-factory',
            completedBy: 'stage-entered',
            completedByParam: 'nowhere',
            department: 'marketing',
          },
        ],
      },
    });
    expect(errorRules(unknown.body)).toEqual(['completion-param', 'department']);
  });

  it('refuses a holiday that ends before it starts', async () => {
    const res = await http(app).put('/api/production-setting', {
      data: { holidays: [{ name: 'Typo', from: '2027-02-14', to: '2027-02-03' }] },
    });
    expect(res.status).toBe(400);
    expect(errorPaths(res.body)).toEqual(['holidays.0.to']);
  });
});

describe('an order’s T&A', () => {
  it('is planned when the production notice is issued, back from the ex-factory date', async () => {
    const { order } = await noticeIssued();
    const data = await timeline(order.documentId);
    const found = byKey(data.milestones);
    expect(data.template).toMatch(/Standard T&A/);
    expect(found['ex-factory'].plannedDate).toBe(day(40));
    expect(data.plannedExFactory).toBe(day(40));
    expect(found['lab-dip-approved'].plannedDate).toBe(day(-16));
    expect(found['washing-done']).toBeUndefined();
    // Planned in working days: cutting before sewing before the ex-factory date.
    expect(found['cutting-start'].plannedDate < found['sewing-start'].plannedDate).toBe(true);
    expect(found['final-inspection'].plannedDate < found['ex-factory'].plannedDate).toBe(true);
    // The lab dip was due 16 days ago and nothing approved it: overdue.
    expect(found['lab-dip-approved'].status).toBe('overdue');
    expect(data.counts.overdue).toBeGreaterThan(0);
  });

  it('is closed by real events: stages, samples, daily output, subcontract returns', async () => {
    const { order, style } = await noticeIssued({ requiresWashing: true });
    expect(byKey(await rows(order.documentId))['washing-done']).toBeDefined();
    await approvedSample(style.documentId, order.documentId, 'lab-dip');
    const line = await makeLine(app);
    expect(
      (
        await report(app, {
          order: order.documentId,
          line: line.documentId,
          operation: 'cutting',
          date: day(-3),
          goodQty: 120,
        })
      ).status
    ).toBe(201);
    for (const [offset, goodQty] of [
      [-2, 150],
      [-1, 150],
    ] as const) {
      const res = await report(app, {
        order: order.documentId,
        line: line.documentId,
        operation: 'sewing',
        date: day(offset),
        goodQty,
      });
      expect(res.status).toBe(201);
    }
    const wash = await makeSupplier(app, { kinds: [{ kind: 'wash' }] });
    const job = await http(app).post('/api/subcontract-jobs', {
      data: {
        order: order.documentId,
        supplier: wash.documentId,
        process: 'wash',
        qtySent: 300,
        sentAt: day(-2),
        qtyReceived: 300,
        receivedAt: day(-1),
      },
    });
    expect(job.status).toBe(201);

    const stored = byKey(await rows(order.documentId));
    // The buyer answered today (feedback is dated the day it is given).
    expect(stored['lab-dip-approved']).toMatchObject({ actualDate: day(0), actualSource: 'event' });
    expect(stored['cutting-start']).toMatchObject({ actualDate: day(-3), actualSource: 'event' });
    expect(stored['sewing-start'].actualDate).toBe(day(-2));
    // 300 pieces ordered, 300 sewn by yesterday.
    expect(stored['sewing-end'].actualDate).toBe(day(-1));
    expect(stored['washing-done'].actualDate).toBe(day(-1));
    expect(stored['finishing-end'].actualDate).toBeNull();
    const found = byKey((await timeline(order.documentId)).milestones);
    expect(found['cutting-start'].status).toBe('done');
    // A correction reopens: the sewing report of yesterday goes, the sewing is no longer complete.
    const sewing = (await app.strapi.db.query('api::production-report.production-report').findOne({
      where: { order: { documentId: order.documentId }, operation: 'sewing', date: day(-1) },
    })) as { documentId: string };
    expect((await http(app).delete(`/api/production-reports/${sewing.documentId}`)).status).toBe(204);
    expect(byKey(await rows(order.documentId))['sewing-end'].actualDate).toBeNull();
  });

  it('a late milestone pushes what depends on it and projects a late ex-factory date', async () => {
    // Ex-factory in 20 days: the fabric was due in house about 3 weeks before it — already late.
    const { order } = await noticeIssued({ orderDate: day(-60), exFactoryDate: day(20), materialIssueDate: day(5) });
    const data = await timeline(order.documentId);
    const found = byKey(data.milestones);
    expect(found['fabric-in-house']).toMatchObject({ status: 'overdue', projectedDate: day(0) });
    expect(found['cutting-start'].status).toBe('at-risk');
    expect(found['cutting-start'].projectedDate > found['cutting-start'].plannedDate).toBe(true);
    expect(data.late).toBe(true);
    expect(data.projectedExFactory > data.plannedExFactory).toBe(true);
    expect(found['ex-factory']).toMatchObject({ status: 'at-risk', projectedDate: data.projectedExFactory });
  });

  it('is re-planned when the ex-factory date changes; actual dates are kept', async () => {
    const { order, style } = await noticeIssued();
    await approvedSample(style.documentId, order.documentId, 'lab-dip');
    const before = byKey(await rows(order.documentId));
    const res = await http(app).put(`/api/orders/${order.documentId}`, {
      data: { exFactoryDate: day(47), revisionReason: 'Buyer moved the vessel by a week' },
    });
    expect(res.status).toBe(200);
    const after = byKey(await rows(order.documentId));
    expect(after['ex-factory'].plannedDate).toBe(day(47));
    expect(after['final-inspection'].plannedDate > before['final-inspection'].plannedDate).toBe(true);
    expect(after['lab-dip-approved']).toMatchObject({
      plannedDate: before['lab-dip-approved'].plannedDate,
      actualDate: day(0),
    });
    expect(after['ex-factory'].documentId).toBe(before['ex-factory'].documentId);
  });

  it('plans on demand, and only a manual milestone takes a typed date', async () => {
    const { order } = await makeReadyOrder(app, { orderDate: day(-10), exFactoryDate: day(50) });
    const planned = await http(app).post(`/api/orders/${order.documentId}/time-and-action/plan`, {});
    expect(planned.status).toBe(200);
    expect(planned.body.meta.created).toBe(planned.body.data.milestones.length);
    const again = await http(app).post(`/api/orders/${order.documentId}/time-and-action/plan`, {});
    expect(again.body.meta).toEqual({ created: 0, updated: 0, removed: 0 });

    const found = byKey(planned.body.data.milestones);
    const typed = await http(app).put(`/api/order-milestones/${found['cutting-start'].documentId}`, {
      data: { actualDate: day(0) },
    });
    expect(typed.status).toBe(400);
    expect(errorRules(typed.body)).toEqual(['closed-by-event']);
    const moved = await http(app).put(`/api/order-milestones/${found['cutting-start'].documentId}`, {
      data: { plannedDate: day(3) },
    });
    expect(errorRules(moved.body)).toEqual(['planned-by-template']);
    const created = await http(app).post('/api/order-milestones', {
      data: {
        order: order.documentId,
        key: 'x',
        name: 'X',
        nameZh: 'X',
        anchor: 'ex-factory',
        completedBy: 'manual',
        plannedDate: day(1),
      },
    });
    expect(errorRules(created.body)).toEqual(['planned-by-template']);
    expect(byKey(await rows(order.documentId))['cutting-start']).toMatchObject({
      plannedDate: found['cutting-start'].plannedDate,
      actualDate: null,
    });
  });

  it("plans a purchase by its supplier's lead time and warns, without refusing, when the plan cannot be met", async () => {
    const { order } = await makeReadyOrder(app, { orderDate: day(-2), exFactoryDate: day(50) });
    const plain = byKey(
      (await http(app).post(`/api/orders/${order.documentId}/time-and-action/plan`, {})).body.data.milestones
    );
    // a fabric whose default supplier needs 120 days: the order must have been placed long ago
    const supplier = await makeSupplier(app, { leadTimeDays: 120 });
    const fabric = await makeMaterial(app, { defaultSupplier: supplier.documentId });
    expect((await makeBomLine(app, order.documentId, fabric.documentId)).documentId).toBeTruthy();
    const res = await http(app).post(`/api/orders/${order.documentId}/time-and-action/plan`, {});
    expect(res.status).toBe(200);
    const found = byKey(res.body.data.milestones);
    // fabric ordered = fabric in house − 120 calendar days, earlier than the template's date
    expect(found['fabric-in-house'].plannedDate).toBe(plain['fabric-in-house'].plannedDate);
    expect(found['fabric-ordered'].plannedDate).toBe(
      format(addDays(parseISO(found['fabric-in-house'].plannedDate), -120), 'yyyy-MM-dd')
    );
    expect(found['fabric-ordered'].plannedDate < plain['fabric-ordered'].plannedDate).toBe(true);
    expect(res.body.data.warnings).toEqual(
      expect.arrayContaining([expect.objectContaining({ milestone: 'fabric-ordered', rule: 'before-order-date' })])
    );
    // stored as planned: the plan is flagged, not refused
    expect(byKey(await rows(order.documentId))['fabric-ordered'].plannedDate).toBe(found['fabric-ordered'].plannedDate);
    const shown = await timeline(order.documentId);
    expect((shown as unknown as { warnings: Array<{ rule: string }> }).warnings.map((w) => w.rule)).toContain(
      'before-order-date'
    );
  });

  it('a customer’s own template, with a manual milestone, is used for its orders', async () => {
    const { order, customer } = await makeReadyOrder(app, { orderDate: day(-10), exFactoryDate: day(30) });
    const template = await http(app).post('/api/ta-templates', {
      data: {
        name: `Buyer template ${customer.code}`,
        customers: [customer.documentId],
        lineOutputPerDay: 400,
        milestones: [
          {
            key: 'ex-factory',
            name: 'Ex-factory',
            nameZh: '出货',
            anchor: 'ex-factory',
            offsetDays: 0,
            dayKind: 'calendar',
            completedBy: 'stage-entered',
            completedByParam: 'shipped',
          },
          {
            key: 'test-report',
            name: 'Buyer test report',
            nameZh: '客户测试报告',
            anchor: 'milestone',
            anchorMilestone: 'ex-factory',
            offsetDays: -10,
            dayKind: 'calendar',
            completedBy: 'manual',
            department: 'qc',
          },
        ],
      },
    });
    expect(template.status).toBe(201);
    const planned = await http(app).post(`/api/orders/${order.documentId}/time-and-action/plan`, {});
    const found = byKey(planned.body.data.milestones);
    expect(Object.keys(found)).toEqual(['ex-factory', 'test-report']);
    expect(found['test-report'].plannedDate).toBe(format(addDays(parseISO(day(30)), -10), 'yyyy-MM-dd'));
    const typed = await http(app).put(`/api/order-milestones/${found['test-report'].documentId}`, {
      data: { actualDate: day(-1) },
    });
    expect(typed.status).toBe(200);
    expect(byKey(await rows(order.documentId))['test-report']).toMatchObject({
      actualDate: day(-1),
      actualSource: 'manual',
    });
  });

  it('skips the factory’s holidays', async () => {
    const { order } = await makeReadyOrder(app, { orderDate: day(-10), exFactoryDate: day(40) });
    const before = byKey(
      (await http(app).post(`/api/orders/${order.documentId}/time-and-action/plan`, {})).body.data.milestones
    );
    const cutting = before['cutting-start'].plannedDate;
    // A shutdown covering the planned cutting day and the week before it.
    const from = format(addDays(parseISO(cutting), -7), 'yyyy-MM-dd');
    expect(
      (
        await http(app).put('/api/production-setting', {
          data: { holidays: [{ name: 'Shutdown', from, to: cutting }] },
        })
      ).status
    ).toBe(200);
    try {
      const after = byKey(
        (await http(app).post(`/api/orders/${order.documentId}/time-and-action/plan`, {})).body.data.milestones
      );
      expect(after['cutting-start'].plannedDate < from).toBe(true);
      expect(after['ex-factory'].plannedDate).toBe(day(40));
    } finally {
      await http(app).put('/api/production-setting', { data: { holidays: [] } });
    }
  });
});

describe('the multi-order overview', () => {
  it('lists the orders with milestones in the window, most urgent first, filtered by customer', async () => {
    const { order, customer } = await noticeIssued({
      orderDate: day(-60),
      exFactoryDate: day(20),
      materialIssueDate: day(5),
    });
    const res = await http(app).get('/api/time-and-action/overview?pageSize=100');
    expect(res.status).toBe(200);
    expect(res.body.data.length).toBeGreaterThan(1);
    expect(res.body.meta.counts.overdue).toBeGreaterThan(0);
    const mine = await http(app).get(`/api/time-and-action/overview?customer=${customer.documentId}`);
    expect(mine.body.data.map((t: { order: { documentId: string } }) => t.order.documentId)).toEqual([
      order.documentId,
    ]);
    expect(mine.body.data[0]).toMatchObject({ late: true, order: { customer: { code: customer.code } } });
    const bad = await http(app).get('/api/time-and-action/overview?from=2026-13-01&pageSize=500');
    expect(bad.status).toBe(400);
  });
});
