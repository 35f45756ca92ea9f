import { errorRules, type Client } from './helpers/client';
import { count } from './helpers/db';
import { create, makeOrder, unique } from './helpers/fixtures';
import { worldForFile } from './helpers/world';

/**
 * Finding 2 (high): the Content Manager's clone reached the Document Service
 * as an action the invariants did not know — an invalid tolerance rule was
 * stored, an append-only record could be forged, an Author cloned a record
 * it cannot read. Every write action goes through the guards, unknown ones
 * are refused, clone stays only where a copy makes sense.
 */
const { who, db } = worldForFile();

const clone = (client: Client, uid: string, documentId: string, body: object = {}) =>
  client.post(`/content-manager/collection-types/${uid}/clone/${documentId}`, body);

describe('clone goes through the invariants', () => {
  it('refuses a cloned tolerance rule with a market that is not a country, storing nothing', async () => {
    const rule = (await db('tolerance_rules').first()) as { document_id: string };
    const before = await count(db, 'tolerance_rules');
    const res = await clone(who.superAdmin, 'api::tolerance-rule.tolerance-rule', rule.document_id, {
      name: unique('Copy'),
      markets: ['NOT A COUNTRY'],
    });
    expect(res.status).toBe(400);
    expect(errorRules(res)).toEqual(['markets-iso-3166']);
    expect(await count(db, 'tolerance_rules')).toBe(before);
  });

  it('clones a customer into a valid new one', async () => {
    const customer = await create(who.api, 'customers', {
      code: unique('C'),
      name: 'Nordic Wear AB',
      market: 'SE',
      channel: 'regular',
    });
    const code = unique('C');
    const res = await clone(who.superAdmin, 'api::customer.customer', customer.documentId, {
      code,
      name: 'Nordic Wear Oy',
      market: 'fi',
    });
    expect(res.status).toBe(200);
    expect(await db('customers').where({ code }).first()).toMatchObject({ name: 'Nordic Wear Oy', market: 'FI' });
  });
});

describe('append-only records and order records cannot be cloned', () => {
  it('refuses to clone a sign-off, a history row and an order', async () => {
    const { order } = await makeOrder(who.api);
    const signed = await who.superAdmin.post(`/merchandiser/orders/${order.documentId}/signoffs`, {
      data: { stage: 'notice-issued', department: 'planning', decision: 'approved' },
    });
    expect(signed.status).toBe(201);
    const signoff = (await db('signoffs').orderBy('id', 'desc').first()) as { document_id: string };
    const history = (await db('order_histories').orderBy('id', 'desc').first()) as { document_id: string };
    const [signoffs, histories, orders] = [
      await count(db, 'signoffs'),
      await count(db, 'order_histories'),
      await count(db, 'orders'),
    ];

    for (const [uid, documentId] of [
      ['api::signoff.signoff', signoff.document_id],
      ['api::order-history.order-history', history.document_id],
      ['api::order.order', order.documentId],
    ]) {
      const res = await clone(who.superAdmin, uid, documentId, {});
      expect([uid, res.status, res.body.error?.name]).toEqual([uid, 403, 'PolicyError']);
      expect(res.body.error.message).toMatch(/cannot be duplicated/);
    }
    expect([await count(db, 'signoffs'), await count(db, 'order_histories'), await count(db, 'orders')]).toEqual([
      signoffs,
      histories,
      orders,
    ]);
  });
});

describe('clone checks that the user may read the source', () => {
  it("refuses an Author cloning a customer it cannot read (someone else's), as not found", async () => {
    const secret = await who.superAdmin.post('/content-manager/collection-types/api::customer.customer', {
      code: unique('C'),
      name: 'Confidential Buyer Ltd',
      market: 'JP',
      channel: 'regular',
      notes: 'pays late: hold shipments',
    });
    expect(secret.status).toBe(201);
    const before = await count(db, 'customers');
    const res = await clone(who.author, 'api::customer.customer', secret.body.data.documentId, { code: unique('C') });
    expect(res.status).toBe(404);
    expect(res.text).not.toContain('pays late');
    expect(await count(db, 'customers')).toBe(before);
  });
});
