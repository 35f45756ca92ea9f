import request from 'supertest';
import path from 'node:path';
import { errorPaths, errorRules, http } from '../helpers/http';
import { makeCustomer, makeOrder, makeSizeScale, makeStyle } from '../helpers/fixtures';
import { makeMaterial, makePurchaseOrder, makeSupplier } from '../helpers/materials';
import { startApp, type TestApp } from '../helpers/strapi';
import { advance, day, makeReadyOrder, move, workflowOf } from '../helpers/workflow';

let app: TestApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app.stop();
});

const failures = (res: { body: { error?: { details?: { failures?: Array<{ rule: string }> } } } }) =>
  (res.body.error?.details?.failures ?? []).map((f) => f.rule);

async function uploadPhoto(): Promise<number> {
  const res = await request(app.strapi.server.httpServer)
    .post('/api/upload')
    .set('Authorization', `Bearer ${app.token}`)
    .attach('files', path.join(__dirname, '..', '..', 'favicon.png'));
  if (res.status !== 201) throw new Error(`upload: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body[0].id;
}

async function makeSample(customerData: Record<string, unknown> = {}, data: Record<string, unknown> = {}) {
  const customer = await makeCustomer(app, customerData);
  const style = await makeStyle(app, customer.documentId, (await makeSizeScale(app)).documentId);
  const res = await http(app).post('/api/samples', {
    data: {
      style: style.documentId,
      type: 'fit',
      requestedAt: day(-10),
      dueAt: day(5),
      itemNo: 'FIT-1',
      colour: 'Navy',
      ...data,
    },
  });
  expect(res.status).toBe(201);
  return { customer, style, sample: res.body.data as { documentId: string; status: string } };
}
const step = (id: string, to: string, extra: Record<string, unknown> = {}) =>
  http(app).post(`/api/samples/${id}/status`, { data: { to, ...extra } });

describe('samples (打样)', () => {
  it('take the customer from the style and refuse a style of another customer', async () => {
    const { customer, sample } = await makeSample();
    const stored = (await app.strapi.db.query('api::sample.sample').findOne({
      where: { documentId: sample.documentId },
      populate: { customer: true },
    })) as { customer: { documentId: string }; status: string; round: number };
    expect(stored).toMatchObject({ customer: { documentId: customer.documentId }, status: 'requested', round: 1 });
    const other = await makeCustomer(app);
    const res = await http(app).put(`/api/samples/${sample.documentId}`, { data: { customer: other.documentId } });
    expect(errorRules(res.body)).toEqual(['style-of-customer']);
  });

  it('move only through the status endpoint, one step at a time, with what each step needs', async () => {
    const { sample } = await makeSample({ sampleFeePolicy: 'charged-for-new' });
    const id = sample.documentId;
    expect(errorRules((await http(app).put(`/api/samples/${id}`, { data: { status: 'sent' } })).body)).toEqual([
      'derived-field',
    ]);
    expect(failures(await step(id, 'sent'))).toEqual(['illegal-transition']);
    for (const to of ['materials-ready', 'in-making', 'checked']) expect((await step(id, to)).status).toBe(200);
    expect(failures(await step(id, 'photographed'))).toEqual(['photo-required']);

    await http(app).put(`/api/samples/${id}`, { data: { photos: [await uploadPhoto()] } });
    expect((await step(id, 'photographed')).status).toBe(200);
    const notReady = await step(id, 'sent');
    expect(notReady.status).toBe(409);
    expect(failures(notReady)).toEqual(['retained-sample', 'courier-details', 'freight-terms', 'sample-fee']);
    await http(app).put(`/api/samples/${id}`, {
      data: {
        retainedLocation: 'Cabinet 3',
        courier: 'DHL',
        trackingNumber: '44388',
        freightTerms: 'collect',
        charged: true,
        chargeAmount: 30,
      },
    });
    const sent = await step(id, 'sent', { date: day(-9) });
    expect(sent.status).toBe(200);
    expect(sent.body.data).toMatchObject({ status: 'sent', sentAt: day(-9) });
    expect(sent.body.meta).toEqual({ from: 'photographed', to: 'sent', nextRound: null });

    const followUps = (await http(app).get('/api/samples/follow-ups?days=7')).body;
    expect(followUps.data).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          reason: 'no-receipt-confirmation',
          days: 9,
          sample: expect.objectContaining({ documentId: id }),
        }),
      ])
    );

    expect((await step(id, 'received')).status).toBe(200);
    expect(failures(await step(id, 'commented'))).toEqual(['feedback-comments']);
    await http(app).put(`/api/samples/${id}`, { data: { feedbackComments: 'Sleeve 1 cm shorter' } });
    const commented = await step(id, 'commented');
    expect(commented.status).toBe(200);
    const next = commented.body.meta.nextRound;
    expect(next).toMatchObject({ round: 2 });
    const round2 = (await app.strapi.db.query('api::sample.sample').findOne({
      where: { documentId: next.documentId },
      populate: { previousRound: true },
    })) as { status: string; round: number; itemNo: string; previousRound: { documentId: string } };
    expect(round2).toMatchObject({ status: 'requested', round: 2, itemNo: 'FIT-1', previousRound: { documentId: id } });
    expect(failures(await step(id, 'approved'))).toEqual(['illegal-transition']);
  });

  it('a free sample cannot be charged; a stale expectedStatus is refused', async () => {
    const { sample } = await makeSample({ sampleFeePolicy: 'free' });
    expect(failures(await step(sample.documentId, 'in-making', { expectedStatus: 'checked' }))).toEqual([
      'stale-status',
    ]);
    expect((await step(sample.documentId, 'materials-ready')).status).toBe(200);
  });

  it('parallel moves: exactly one wins', async () => {
    const { sample } = await makeSample();
    const results = await Promise.all(Array.from({ length: 10 }, () => step(sample.documentId, 'materials-ready')));
    expect(results.map((r) => r.status).sort()).toEqual([200, ...Array(9).fill(409)]);
  });

  it('answer 404 for an unknown sample and 400 for a malformed move', async () => {
    expect((await step('nosuchsample00000000000', 'materials-ready')).status).toBe(404);
    const { sample } = await makeSample();
    expect(errorPaths((await step(sample.documentId, 'teleported')).body)).toEqual(['data.to']);
  });

  it('follow-ups list samples due soon or overdue', async () => {
    const { sample } = await makeSample({}, { dueAt: day(-1) });
    const res = await http(app).get('/api/samples/follow-ups');
    expect(res.body.data).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          reason: 'overdue',
          days: 1,
          sample: expect.objectContaining({ documentId: sample.documentId }),
        }),
      ])
    );
    expect((await http(app).get('/api/samples/follow-ups?days=x')).status).toBe(400);
  });
});

describe('order changes (修改定单)', () => {
  it('past received, a change needs a reason and becomes a revision that supersedes the documents', async () => {
    const { order } = await makeReadyOrder(app);
    expect((await http(app).put(`/api/orders/${order.documentId}`, { data: { exFactoryDate: day(61) } })).status).toBe(
      200
    );
    expect((await http(app).get(`/api/orders/${order.documentId}/revisions`)).body.data).toEqual([]);

    await advance(app, order.documentId); // notice-issued: the notice is issued
    const bare = await http(app).put(`/api/orders/${order.documentId}`, {
      data: { exFactoryDate: day(70), shipMode: 'air' },
    });
    expect(bare.status).toBe(400);
    expect(errorRules(bare.body)).toEqual(['revision-reason']);
    expect(
      (
        (await app.strapi.db.query('api::order.order').findOne({ where: { documentId: order.documentId } })) as {
          exFactoryDate: string;
        }
      ).exFactoryDate
    ).toBe(day(61));

    const revised = await http(app).put(`/api/orders/${order.documentId}`, {
      data: {
        exFactoryDate: day(70),
        shipMode: 'air',
        revisionReason: 'Buyer moved the vessel',
        revisionApprovedBy: 'Megan Walsh',
      },
    });
    expect(revised.status).toBe(200);
    const revisions = (await http(app).get(`/api/orders/${order.documentId}/revisions`)).body.data;
    expect(revisions).toEqual([
      expect.objectContaining({
        number: 1,
        reason: 'Buyer moved the vessel',
        approvedBy: 'Megan Walsh',
        actorType: 'api-token',
        changes: [
          { field: 'exFactoryDate', before: day(61), after: day(70) },
          { field: 'shipMode', before: 'sea', after: 'air' },
        ],
      }),
    ]);
    const stored = (await app.strapi.db
      .query('api::order.order')
      .findOne({ where: { documentId: order.documentId } })) as {
      revisionReason: string | null;
    };
    expect(stored.revisionReason).toBeNull();

    const documents = (await http(app).get(`/api/order-documents?filters[order][documentId][$eq]=${order.documentId}`))
      .body.data;
    expect(documents).toEqual([
      expect.objectContaining({ kind: 'production-notice', version: 1, status: 'superseded', supersededByRevision: 1 }),
    ]);
    const workflow = await workflowOf(app, order.documentId);
    expect(workflow.transitions[0].failures.map((f: { rule: string }) => f.rule)).toContain('documents-current');

    const reissued = await http(app).post(`/api/orders/${order.documentId}/documents/reissue`, {
      data: { kind: 'production-notice' },
    });
    expect(reissued.status).toBe(201);
    expect(reissued.body.data).toMatchObject({ kind: 'production-notice', version: 2, status: 'current' });
    const after = await workflowOf(app, order.documentId);
    expect(after.transitions[0].failures.map((f: { rule: string }) => f.rule)).not.toContain('documents-current');
    const never = await http(app).post(`/api/orders/${order.documentId}/documents/reissue`, {
      data: { kind: 'production-permit' },
    });
    expect(failures(never)).toEqual(['never-issued']);
  });

  it('lines change only through the lines endpoint, with a reason, as a colour × size diff', async () => {
    const { order } = await makeReadyOrder(app);
    await advance(app, order.documentId);
    const lines = (await http(app).get(`/api/orders/${order.documentId}/lines`)).body.data;
    const direct = await http(app).put(`/api/order-lines/${lines[0].documentId}`, { data: { quantity: 999 } });
    expect(errorRules(direct.body)).toEqual(['lines-by-revision']);
    const wanted = [
      { colour: 'Navy', size: 'S', quantity: 100 },
      { colour: 'Navy', size: 'M', quantity: 260 },
      { colour: 'Red', size: 'L', quantity: 40 },
    ];
    const bare = await http(app).put(`/api/orders/${order.documentId}/lines`, { data: wanted });
    expect(errorRules(bare.body)).toEqual(['revision-reason']);
    const ok = await http(app).put(`/api/orders/${order.documentId}/lines`, { data: wanted, reason: 'PO amendment 2' });
    expect(ok.status).toBe(200);
    const [revision] = (await http(app).get(`/api/orders/${order.documentId}/revisions`)).body.data;
    expect(revision.changes).toEqual([
      {
        field: 'lines',
        before: 300,
        after: 400,
        lines: [
          { colour: 'Navy', size: 'M', before: 200, after: 260 },
          { colour: 'Red', size: 'L', before: 0, after: 40 },
        ],
      },
    ]);
    const unchanged = await http(app).put(`/api/orders/${order.documentId}/lines`, { data: wanted });
    expect(unchanged.status).toBe(200);
  });

  it('an order past received is not deleted', async () => {
    const { order } = await makeReadyOrder(app);
    await advance(app, order.documentId);
    const res = await http(app).delete(`/api/orders/${order.documentId}`);
    expect(errorRules(res.body)).toEqual(['delete-committed-order']);
    expect(await app.strapi.db.query('api::order.order').count({ where: { documentId: order.documentId } })).toBe(1);
  });

  it('a cancellation recalls the documents and flags the open purchase lines; nothing is deleted', async () => {
    const { order } = await makeReadyOrder(app);
    await advance(app, order.documentId);
    const material = await makeMaterial(app);
    const supplier = await makeSupplier(app);
    const { lines } = await makePurchaseOrder(app, supplier.documentId, [
      { order: order.documentId, material: material.documentId, quantity: 400 },
    ]);
    expect((await move(app, order.documentId, 'cancelled', { comment: 'Buyer withdrew the PO' })).status).toBe(200);

    const documents = (await app.strapi.db.query('api::order-document.order-document').findMany({
      where: { order: { documentId: order.documentId } },
    })) as Array<{ status: string; recalledBy: string }>;
    expect(documents).toEqual([
      expect.objectContaining({ status: 'recalled', recalledBy: expect.stringMatching(/^tests-/) }),
    ]);
    const line = (await app.strapi.db.query('api::purchase-order-line.purchase-order-line').findOne({
      where: { documentId: lines[0].documentId },
    })) as { flaggedForReview: boolean; flagReason: string };
    expect(line.flaggedForReview).toBe(true);
    expect(line.flagReason).toContain(`Order ${order.poNumber} cancelled`);
    expect(
      await app.strapi.db
        .query('api::order-line.order-line')
        .count({ where: { order: { documentId: order.documentId } } })
    ).toBe(2);
    const reissue = await http(app).post(`/api/orders/${order.documentId}/documents/reissue`, {
      data: { kind: 'production-notice' },
    });
    expect(failures(reissue)).toEqual(['recalled']);
  });

  it('order documents are read-only through the API', async () => {
    expect((await http(app).post('/api/order-documents', { data: { kind: 'production-notice' } })).status).toBe(405);
  });
});

describe('complaints (售后)', () => {
  it('close only with root cause, countermeasure and resolution; a discount says how much', async () => {
    const { order, customer } = await makeOrder(app);
    const created = await http(app).post('/api/complaints', {
      data: {
        order: order.documentId,
        receivedAt: day(-3),
        category: 'quality',
        description: 'Loose buttons',
        quantityAffected: 36,
      },
    });
    expect(created.status).toBe(201);
    const id = created.body.data.documentId;
    const stored = (await app.strapi.db
      .query('api::complaint.complaint')
      .findOne({ where: { documentId: id }, populate: { customer: true } })) as {
      customer: { documentId: string };
    };
    expect(stored.customer.documentId).toBe(customer.documentId);

    const early = await http(app).put(`/api/complaints/${id}`, { data: { status: 'closed' } });
    expect(errorRules(early.body)).toEqual([
      'close-needs-cause',
      'close-needs-countermeasure',
      'close-needs-resolution',
    ]);
    const discount = await http(app).put(`/api/complaints/${id}`, { data: { resolution: 'discount' } });
    expect(errorRules(discount.body)).toEqual(['discount-amount']);
    const closed = await http(app).put(`/api/complaints/${id}`, {
      data: {
        status: 'closed',
        rootCause: 'Thread tension',
        countermeasure: 'Pull test',
        prevention: 'Logged checks',
        resolution: 'discount',
        discountPct: 2,
      },
    });
    expect(closed.status).toBe(200);
    expect(closed.body.data).toMatchObject({ status: 'closed', closedAt: day(0) });
    // The closing day is stamped, not typed: back-dating it is refused and changes nothing.
    const backdated = await http(app).put(`/api/complaints/${id}`, { data: { closedAt: day(-3) } });
    expect(backdated.status).toBe(400);
    expect(errorRules(backdated.body)).toEqual(['derived-field']);
    expect(errorPaths(backdated.body)).toEqual(['closedAt']);
    const kept = (await app.strapi.db.query('api::complaint.complaint').findOne({ where: { documentId: id } })) as {
      closedAt: string;
    };
    expect(String(kept.closedAt).slice(0, 10)).toBe(day(0));
    const bad = await http(app).post('/api/complaints', {
      data: { order: order.documentId, receivedAt: day(0), category: 'smell', description: 'x' },
    });
    expect(errorPaths(bad.body)).toEqual(['category']);
  });
});

describe('GET /api/customers/:documentId/summary', () => {
  it('counts orders, pieces, shipped value at FOB, the on-time rate, open complaints and sample decisions', async () => {
    const customer = await makeCustomer(app, { market: 'US' });
    const style = await makeStyle(app, customer.documentId, (await makeSizeScale(app)).documentId);
    const orders = [];
    for (const [exFactory, shippedOn] of [
      [day(-20), day(-20)],
      [day(-10), day(-8)],
      [day(30), null],
    ] as const) {
      const res = await http(app).post('/api/orders', {
        data: {
          poNumber: `SUM-${exFactory}`,
          customer: customer.documentId,
          style: style.documentId,
          fobPrice: 5,
          orderDate: day(-60),
          exFactoryDate: exFactory,
        },
      });
      await http(app).put(`/api/orders/${res.body.data.documentId}/lines`, {
        data: [{ colour: 'Navy', size: 'M', quantity: 100 }],
      });
      if (shippedOn) {
        // Fixture: mark the order shipped on that day (the workflow would take a dozen steps).
        await app.strapi.db.query('api::order.order').update({
          where: { documentId: res.body.data.documentId },
          data: {
            stage: 'shipped',
            stageDates: { received: `${day(-60)}T09:00:00.000Z`, shipped: `${shippedOn}T09:00:00.000Z` },
          },
        });
      }
      orders.push(res.body.data.documentId);
    }
    await http(app).post('/api/complaints', {
      data: { order: orders[0], receivedAt: day(-5), category: 'packing', description: 'Crushed cartons' },
    });
    const res = await http(app).get(`/api/customers/${customer.documentId}/summary?from=${day(-90)}&to=${day(0)}`);
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({
      orders: 3,
      pieces: 300,
      shippedOrders: 2,
      shippedPieces: 200,
      shippedValue: { USD: 1000 },
      onTime: { shipped: 2, onTime: 1, rate: 50 },
      openComplaints: 1,
      samples: { approved: 0, rejected: 0, commented: 0 },
    });
    expect((await http(app).get(`/api/customers/${customer.documentId}/summary?from=27-11-2026`)).status).toBe(400);
    expect((await http(app).get('/api/customers/nosuchcustomer000000000/summary')).status).toBe(404);
  });
});
