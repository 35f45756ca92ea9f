import { errorPaths, errorRules, http } from '../helpers/http';
import { makeOrder } from '../helpers/fixtures';
import { startApp, type TestApp } from '../helpers/strapi';

let app: TestApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app.stop();
});

const storedLines = async (orderDocumentId: string) =>
  (
    (await app.strapi.db.query('api::order-line.order-line').findMany({
      where: { order: { documentId: orderDocumentId } },
      select: ['documentId', 'colour', 'size', 'quantity'],
      orderBy: [{ colour: 'asc' }, { size: 'asc' }],
    })) as Array<{ documentId: string; colour: string; size: string; quantity: number }>
  ).map(({ colour, size, quantity }) => ({ colour, size, quantity }));

const storedTotal = async (orderDocumentId: string) =>
  (
    (await app.strapi.db.query('api::order.order').findOne({
      where: { documentId: orderDocumentId },
      select: ['totalQuantity'],
    })) as { totalQuantity: number }
  ).totalQuantity;

const breakdown = [
  { colour: 'Navy', size: 'S', quantity: 60 },
  { colour: 'Navy', size: 'M', quantity: 120 },
  { colour: 'Navy', size: 'L', quantity: 60 },
  { colour: 'Red', size: 'M', quantity: 40 },
];

describe('PUT /api/orders/:documentId/lines', () => {
  it('replaces the size breakdown and returns the order with lines and totals', async () => {
    const { order } = await makeOrder(app);
    const res = await http(app).put(`/api/orders/${order.documentId}/lines`, { data: breakdown });

    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ documentId: order.documentId, poNumber: order.poNumber, totalQuantity: 280 });
    expect(res.body.data.lines.map((l: { colour: string; size: string }) => `${l.colour}/${l.size}`)).toEqual([
      'Navy/S',
      'Navy/M',
      'Navy/L',
      'Red/M',
    ]);
    expect(res.body.meta.totals).toEqual({
      quantity: 280,
      byColour: [
        { colour: 'Navy', quantity: 240 },
        { colour: 'Red', quantity: 40 },
      ],
      bySize: [
        { size: 'S', quantity: 60 },
        { size: 'M', quantity: 160 },
        { size: 'L', quantity: 60 },
      ],
    });
    expect(res.body.meta.changes).toEqual({ created: 4, updated: 0, removed: 0, unchanged: 0 });

    expect(await storedTotal(order.documentId)).toBe(280);
    expect(await storedLines(order.documentId)).toHaveLength(4);
  });

  it('keeps unchanged lines, updates, adds and removes the rest', async () => {
    const { order } = await makeOrder(app);
    const first = await http(app).put(`/api/orders/${order.documentId}/lines`, { data: breakdown });
    const navyS = first.body.data.lines.find((l: { size: string }) => l.size === 'S');

    const res = await http(app).put(`/api/orders/${order.documentId}/lines`, {
      data: [
        { colour: 'Navy', size: 'S', quantity: 60 },
        { colour: 'Navy', size: 'M', quantity: 100 },
        { colour: 'Green', size: 'l', quantity: 30 },
      ],
    });
    expect(res.status).toBe(200);
    expect(res.body.meta.changes).toEqual({ created: 1, updated: 1, removed: 2, unchanged: 1 });
    expect(
      res.body.data.lines.find((l: { size: string; colour: string }) => l.colour === 'Navy' && l.size === 'S')
        .documentId
    ).toBe(navyS.documentId);
    expect(await storedLines(order.documentId)).toEqual([
      { colour: 'Green', size: 'L', quantity: 30 },
      { colour: 'Navy', size: 'M', quantity: 100 },
      { colour: 'Navy', size: 'S', quantity: 60 },
    ]);
    expect(await storedTotal(order.documentId)).toBe(190);
  });

  it('accepts an empty breakdown (total 0)', async () => {
    const { order } = await makeOrder(app);
    await http(app).put(`/api/orders/${order.documentId}/lines`, { data: breakdown });
    const res = await http(app).put(`/api/orders/${order.documentId}/lines`, { data: [] });
    expect(res.status).toBe(200);
    expect(res.body.data.totalQuantity).toBe(0);
    expect(await storedLines(order.documentId)).toEqual([]);
  });

  describe('refuses a bad breakdown with 400 and changes nothing', () => {
    const cases: Array<[string, unknown, string, string | undefined]> = [
      ['a size outside the scale', [{ colour: 'Navy', size: 'XXL', quantity: 5 }], 'data.0.size', 'size-in-scale'],
      [
        'the same colour × size twice',
        [
          { colour: 'Navy', size: 'M', quantity: 5 },
          { colour: 'navy', size: 'M', quantity: 5 },
        ],
        'data.1.size',
        'colour-size-unique',
      ],
      ['a zero quantity', [{ colour: 'Navy', size: 'M', quantity: 0 }], 'data.0.quantity', 'quantity-positive-integer'],
      [
        'a fractional quantity',
        [{ colour: 'Navy', size: 'M', quantity: 1.5 }],
        'data.0.quantity',
        'quantity-positive-integer',
      ],
      [
        'a negative quantity',
        [{ colour: 'Navy', size: 'M', quantity: -3 }],
        'data.0.quantity',
        'quantity-positive-integer',
      ],
      ['a quantity as text', [{ colour: 'Navy', size: 'M', quantity: '10' }], 'data.0.quantity', undefined],
      ['a missing colour', [{ size: 'M', quantity: 10 }], 'data.0.colour', undefined],
      ['an unknown field', [{ colour: 'Navy', size: 'M', quantity: 10, price: 3 }], 'data.0', undefined],
      ['no array', { colour: 'Navy' }, 'data', undefined],
    ];

    it.each(cases)('%s', async (_label, data, path, rule) => {
      const { order } = await makeOrder(app);
      await http(app).put(`/api/orders/${order.documentId}/lines`, { data: breakdown });

      const res = await http(app).put(`/api/orders/${order.documentId}/lines`, { data });
      expect(res.status).toBe(400);
      expect(res.body.error.name).toBe('ValidationError');
      expect(errorPaths(res.body)).toContain(path);
      if (rule) expect(errorRules(res.body)).toContain(rule);

      expect(await storedTotal(order.documentId)).toBe(280);
      expect(await storedLines(order.documentId)).toHaveLength(4);
    });
  });

  it('writes new lines at once as the document service would: titles, document ids, their place in the order, a webhook event each after the commit', async () => {
    const { order } = await makeOrder(app);
    const heard: Array<{ uid: string; entry: { documentId: string; title: string } }> = [];
    const listen = async (...args: unknown[]) => {
      const event = args[0] as { uid: string; entry: { documentId: string; title: string } };
      if (event.uid === 'api::order-line.order-line') heard.push(event);
    };
    app.strapi.eventHub.on('entry.create', listen);
    try {
      const res = await http(app).put(`/api/orders/${order.documentId}/lines`, { data: breakdown });
      expect(res.status).toBe(200);
      const rows = (await app.strapi.db.query('api::order-line.order-line').findMany({
        where: { order: { documentId: order.documentId } },
        select: ['documentId', 'title', 'colour', 'size', 'publishedAt', 'createdAt'],
      })) as Array<{
        documentId: string;
        title: string;
        colour: string;
        size: string;
        publishedAt: unknown;
        createdAt: unknown;
      }>;
      expect(rows).toHaveLength(4);
      for (const row of rows) {
        expect(row.documentId).toMatch(/^[a-z][a-z0-9]{23}$/);
        expect(row.title).toBe(`${String(order.poNumber)} · ${row.colour} · ${row.size}`);
        expect(row.publishedAt).toBeTruthy();
        expect(row.createdAt).toBeTruthy();
      }
      expect(heard.map((e) => e.entry.documentId).sort()).toEqual(rows.map((r) => r.documentId).sort());
      // The order lists them in the order written; a later write of one of them meets the line guard as any line does.
      const populated = (await app.strapi.db.query('api::order.order').findOne({
        where: { documentId: order.documentId },
        populate: { lines: { select: ['colour', 'size'] } },
      })) as { lines: Array<{ colour: string; size: string }> };
      expect(populated.lines.map((l) => `${l.colour}/${l.size}`)).toEqual(['Navy/S', 'Navy/M', 'Navy/L', 'Red/M']);
      const edit = await http(app).put(`/api/order-lines/${rows[0].documentId}`, { data: { size: 'XXL' } });
      expect(edit.status).toBe(400);
      expect(errorRules(edit.body)).toEqual(['size-in-scale']);
      expect(await storedTotal(order.documentId)).toBe(280);
    } finally {
      app.strapi.eventHub.off('entry.create', listen);
    }
  });

  it('answers 404 for an unknown order', async () => {
    const res = await http(app).put('/api/orders/doesnotexist00000000000/lines', { data: breakdown });
    expect(res.status).toBe(404);
    expect(res.body.error.name).toBe('NotFoundError');
  });
});

describe('GET /api/orders/:documentId/lines', () => {
  it('returns the lines in sheet order with totals per colour and size', async () => {
    const { order } = await makeOrder(app);
    await http(app).put(`/api/orders/${order.documentId}/lines`, { data: breakdown });

    const res = await http(app).get(`/api/orders/${order.documentId}/lines`);
    expect(res.status).toBe(200);
    expect(res.body.data).toHaveLength(4);
    expect(res.body.data[0]).toEqual({ documentId: expect.any(String), colour: 'Navy', size: 'S', quantity: 60 });
    expect(res.body.meta.order).toEqual({
      documentId: order.documentId,
      poNumber: order.poNumber,
      totalQuantity: 280,
      sizeScale: ['S', 'M', 'L'],
    });
    expect(res.body.meta.totals.quantity).toBe(280);
    expect(res.body.meta.totals.bySize).toEqual([
      { size: 'S', quantity: 60 },
      { size: 'M', quantity: 160 },
      { size: 'L', quantity: 60 },
    ]);
  });

  it('answers 404 for an unknown order', async () => {
    expect((await http(app).get('/api/orders/doesnotexist00000000000/lines')).status).toBe(404);
  });
});

describe('order lines on every other write path', () => {
  it('POST /api/order-lines adds a line and the order total follows', async () => {
    const { order } = await makeOrder(app);
    const res = await http(app).post('/api/order-lines', {
      data: { order: order.documentId, colour: ' Navy ', size: 'm', quantity: 25 },
    });
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({ colour: 'Navy', size: 'M', quantity: 25 });
    expect(await storedTotal(order.documentId)).toBe(25);
  });

  it('refuses a duplicate colour × size, a size outside the scale and bad quantities', async () => {
    const { order } = await makeOrder(app);
    await http(app).put(`/api/orders/${order.documentId}/lines`, { data: breakdown });

    const duplicate = await http(app).post('/api/order-lines', {
      data: { order: order.documentId, colour: 'NAVY', size: 'M', quantity: 1 },
    });
    expect(duplicate.status).toBe(400);
    expect(errorRules(duplicate.body)).toEqual(['colour-size-unique']);

    const outside = await http(app).post('/api/order-lines', {
      data: { order: order.documentId, colour: 'Navy', size: 'XXL', quantity: 1 },
    });
    expect(outside.status).toBe(400);
    expect(errorPaths(outside.body)).toEqual(['size']);

    for (const quantity of [0, -1, 2.5]) {
      const bad = await http(app).post('/api/order-lines', {
        data: { order: order.documentId, colour: 'Green', size: 'S', quantity },
      });
      expect(bad.status).toBe(400);
      expect(errorPaths(bad.body)).toContain('quantity');
    }

    const orphan = await http(app).post('/api/order-lines', { data: { colour: 'Green', size: 'S', quantity: 3 } });
    expect(orphan.status).toBe(400);
    expect(errorPaths(orphan.body)).toEqual(['order']);

    expect(await storedTotal(order.documentId)).toBe(280);
    expect(await storedLines(order.documentId)).toHaveLength(4);
    expect(await app.strapi.db.query('api::order-line.order-line').count({ where: { order: { id: null } } })).toBe(0);
  });

  it('PUT and DELETE /api/order-lines/:id keep the total, also when a line moves to another order', async () => {
    const a = await makeOrder(app);
    const b = await makeOrder(app);
    const put = await http(app).put(`/api/orders/${a.order.documentId}/lines`, { data: breakdown });
    const navyM = put.body.data.lines.find(
      (l: { size: string; colour: string }) => l.colour === 'Navy' && l.size === 'M'
    );

    const update = await http(app).put(`/api/order-lines/${navyM.documentId}`, { data: { quantity: 150 } });
    expect(update.status).toBe(200);
    expect(await storedTotal(a.order.documentId)).toBe(310);

    const move = await http(app).put(`/api/order-lines/${navyM.documentId}`, { data: { order: b.order.documentId } });
    expect(move.status).toBe(200);
    expect(await storedTotal(a.order.documentId)).toBe(160);
    expect(await storedTotal(b.order.documentId)).toBe(150);

    const remove = await http(app).delete(`/api/order-lines/${navyM.documentId}`);
    expect(remove.status).toBe(204);
    expect(await storedTotal(b.order.documentId)).toBe(0);
  });

  it('the Document Service path is guarded too', async () => {
    const { order } = await makeOrder(app);
    await expect(
      app.strapi.documents('api::order-line.order-line').create({
        data: { order: order.documentId, colour: 'Navy', size: 'XXL', quantity: 3 } as never,
      })
    ).rejects.toMatchObject({ name: 'ValidationError' });
    await app.strapi.documents('api::order-line.order-line').create({
      data: { order: order.documentId, colour: 'Navy', size: 'S', quantity: 3 } as never,
    });
    expect(await storedTotal(order.documentId)).toBe(3);
  });

  it('two writers racing for the same colour × size: exactly one wins', async () => {
    const { order } = await makeOrder(app);
    const attempts = await Promise.all(
      [1, 2, 3, 4].map((quantity) =>
        http(app).post('/api/order-lines', { data: { order: order.documentId, colour: 'Navy', size: 'M', quantity } })
      )
    );
    expect(attempts.map((r) => r.status).sort()).toEqual([201, 400, 400, 400]);
    const lines = await storedLines(order.documentId);
    expect(lines).toHaveLength(1);
    expect(await storedTotal(order.documentId)).toBe(lines[0].quantity);
  });

  it('deleting an order deletes its lines', async () => {
    const { order } = await makeOrder(app);
    await http(app).put(`/api/orders/${order.documentId}/lines`, { data: breakdown });
    const res = await http(app).delete(`/api/orders/${order.documentId}`);
    expect(res.status).toBe(204);
    expect(await app.strapi.db.query('api::order.order').count({ where: { documentId: order.documentId } })).toBe(0);
    expect(await storedLines(order.documentId)).toEqual([]);
  });
});
