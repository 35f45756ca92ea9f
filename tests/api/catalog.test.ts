import { errorPaths, errorRules, http } from '../helpers/http';
import { makeCustomer, makeSizeScale } from '../helpers/fixtures';
import { startApp, type TestApp } from '../helpers/strapi';

let app: TestApp;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app.stop();
});

const count = (uid: string, where: Record<string, unknown> = {}) => app.strapi.db.query(uid as never).count({ where });

describe('customers', () => {
  it('CRUD with contacts, defaults and a normalised market', async () => {
    const res = await http(app).post('/api/customers', {
      data: {
        code: 'MAPLE-T',
        name: 'Maple Leaf Apparel Inc.',
        market: 'ca',
        contacts: [{ name: 'Claire Tremblay', role: 'Buyer', email: 'claire@maple.example', phone: '+1 416 555 0142' }],
      },
    });
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({
      code: 'MAPLE-T',
      market: 'CA',
      channel: 'regular',
      sampleFeePolicy: 'charged-for-new',
    });
    const id = res.body.data.documentId;

    const read = await http(app).get(`/api/customers/${id}?populate=contacts`);
    expect(read.body.data.contacts).toEqual([
      expect.objectContaining({ name: 'Claire Tremblay', role: 'Buyer', email: 'claire@maple.example' }),
    ]);

    const update = await http(app).put(`/api/customers/${id}`, {
      data: { channel: 'combined', sampleFeePolicy: 'free' },
    });
    expect(update.status).toBe(200);
    expect(await app.strapi.db.query('api::customer.customer').findOne({ where: { documentId: id } })).toMatchObject({
      channel: 'combined',
      sampleFeePolicy: 'free',
    });

    expect((await http(app).delete(`/api/customers/${id}`)).status).toBe(204);
    expect(await count('api::customer.customer', { documentId: id })).toBe(0);
  });

  it.each([
    [{ market: 'XX' }, 'market', 'market-iso-3166'],
    [{ market: 'USA' }, 'market', undefined],
    [{ channel: 'wholesale' }, 'channel', undefined],
    [{ sampleFeePolicy: 'sometimes' }, 'sampleFeePolicy', undefined],
    [{ name: undefined }, 'name', undefined],
    [{ contacts: [{ role: 'Buyer' }] }, 'contacts.0.name', undefined],
    [{ contacts: [{ name: 'A', email: 'not-an-email' }] }, 'contacts.0.email', undefined],
  ])('refuses %j with 400 naming %s, writing nothing', async (data, path, rule) => {
    const before = await count('api::customer.customer');
    const res = await http(app).post('/api/customers', {
      data: { code: `BAD-${Math.random()}`, name: 'X', market: 'US', ...data },
    });
    expect(res.status).toBe(400);
    expect(errorPaths(res.body)).toContain(path);
    if (rule) expect(errorRules(res.body)).toContain(rule);
    expect(await count('api::customer.customer')).toBe(before);
  });

  it('refuses a code already in use', async () => {
    await makeCustomer(app, { code: 'UNIQ-1' });
    const res = await http(app).post('/api/customers', { data: { code: 'UNIQ-1', name: 'Other', market: 'US' } });
    expect(res.status).toBe(400);
    expect(errorPaths(res.body)).toEqual(['code']);
    expect(await count('api::customer.customer', { code: 'UNIQ-1' })).toBe(1);
  });
});

describe('suppliers', () => {
  it('several kinds per supplier, filterable by kind', async () => {
    const res = await http(app).post('/api/suppliers', {
      data: {
        code: 'HENGLI-T',
        name: 'Hengli Print & Embroidery',
        kinds: [{ kind: 'print' }, { kind: 'embroidery' }],
        leadTimeDays: 6,
      },
    });
    expect(res.status).toBe(201);
    const found = await http(app).get('/api/suppliers?filters[kinds][kind][$eq]=embroidery&populate=kinds');
    expect(found.status).toBe(200);
    expect(found.body.data.map((s: { code: string }) => s.code)).toContain('HENGLI-T');
    expect(
      found.body.data.find((s: { code: string }) => s.code === 'HENGLI-T').kinds.map((k: { kind: string }) => k.kind)
    ).toEqual(['print', 'embroidery']);
  });

  it.each([
    [{ kinds: [{ kind: 'wash' }, { kind: 'wash' }] }, 'kinds', 'kinds-unique'],
    [{ kinds: [{ kind: 'dyeing' }] }, 'kinds.0.kind', undefined],
    [{ kinds: [] }, 'kinds', 'kinds-required'],
    [{ leadTimeDays: -2 }, 'leadTimeDays', undefined],
  ])('refuses %j with 400 naming %s', async (data, path, rule) => {
    const before = await count('api::supplier.supplier');
    const res = await http(app).post('/api/suppliers', {
      data: { code: `S-${Math.random()}`, name: 'X', kinds: [{ kind: 'fabric' }], ...data },
    });
    expect(res.status).toBe(400);
    expect(errorPaths(res.body)).toContain(path);
    if (rule) expect(errorRules(res.body)).toContain(rule);
    expect(await count('api::supplier.supplier')).toBe(before);
  });
});

describe('size scales and styles', () => {
  it('keeps the sizes in the order given', async () => {
    const scale = await makeSizeScale(app, ['2T', '3T', '4T', '5T']);
    const res = await http(app).get(`/api/size-scales/${scale.documentId}?populate=sizes`);
    expect(res.body.data.sizes.map((s: { code: string }) => s.code)).toEqual(['2T', '3T', '4T', '5T']);
  });

  it('refuses a size listed twice', async () => {
    const res = await http(app).post('/api/size-scales', {
      data: { name: 'Dup', sizes: [{ code: 'M' }, { code: 'm' }] },
    });
    expect(res.status).toBe(400);
    expect(errorRules(res.body)).toEqual(['sizes-unique']);
    expect(await count('api::size-scale.size-scale', { name: 'Dup' })).toBe(0);
  });

  it('style numbers are unique per customer, not across customers', async () => {
    const a = await makeCustomer(app);
    const b = await makeCustomer(app);
    const first = await http(app).post('/api/styles', { data: { styleNo: 'ST-100', customer: a.documentId } });
    expect(first.status).toBe(201);
    const again = await http(app).post('/api/styles', { data: { styleNo: 'st-100', customer: a.documentId } });
    expect(again.status).toBe(400);
    expect(errorPaths(again.body)).toEqual(['styleNo']);
    const elsewhere = await http(app).post('/api/styles', { data: { styleNo: 'ST-100', customer: b.documentId } });
    expect(elsewhere.status).toBe(201);
    expect(await count('api::style.style', { styleNo: { $eqi: 'ST-100' } })).toBe(2);
  });

  it('a style needs a customer', async () => {
    const res = await http(app).post('/api/styles', { data: { styleNo: 'ORPHAN-1' } });
    expect(res.status).toBe(400);
    expect(errorPaths(res.body)).toEqual(['customer']);
    expect(await count('api::style.style', { styleNo: 'ORPHAN-1' })).toBe(0);
  });
});
